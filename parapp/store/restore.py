"""Restoring a database: from a backup file, or from an automatic snapshot.

The one implementation, for the window and the command line alike:

1. the target is checked first (its folder exists and is writable; a file there is a database, never a document);
2. the incoming database is written beside the target (`parapp.db.restoring`), fsynced, and checked for what it
   means (store/schema_check.py): ParApp's own schema for its version, integrity, foreign keys, finalised reports;
   a backup's evidence files must be ones its database records, at the size it records, under their own hash;
3. all of this under the writer lock, held to the end: no other ParApp can commit between the safety snapshot of
   the current data and the swap, so nothing another ParApp reported saved is lost (it is in the snapshot, or it
   waits and goes into the restored data);
4. the current database is snapshotted ("truoc-khoi-phuc") or, too damaged for
   that, kept aside; the incoming file is renamed over it, upgraded to this
   version, and the restore is the newest line of its change log.

A refused restore leaves the data folder as it was: the incoming file and any
evidence file it added are removed.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import zipfile
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from parapp.core.messages import N_, ParAppError
from parapp.store import errors
from parapp.store.archive_format import (DAMAGED, MISSING, REASONS, LeftOut, Manifest,
                                         Progress, file_owners, recorded_files)
from parapp.store.archive_reading import MEMBER_DAMAGED, ReadFailed, ReadingMember, unreadable
from parapp.store.archive_verify import Inspected, check_snapshot, inspect, open_archive, verify_members
from parapp.store.atomic import (copy_beside, fsync_dir, fsync_file, give_to_folder_owner, keep_mode, make_folders,
                                 open_new, replace)
from parapp.store.backup import AUTO_DIR, check_file, is_automatic_snapshot, snapshot_data_dir, take_snapshot
from parapp.store.change_log import record_restore
from parapp.store.connect import connect_readonly, is_busy
from parapp.store.db import SQLITE_HEADER, check_side_files, lost_start, open_database
from parapp.store.evidence import held_as_recorded, is_stored, stored_path
from parapp.store.hashing import TooLarge, copy_hashed, file_sha256
from parapp.store.leftovers import ADDED, PARTIAL, RESTORING
from parapp.store.restore_errors import RestoreRefused, explain_os_error as _explain_os_error
from parapp.store.restore_room import check_room
from parapp.store.index_rebuild import meaning_problems_of
from parapp.store.side_names import another_programs, database_in, refuse_as_restore_target
from parapp.store.writer_lock import RESTORE, WriterLock
from parapp.store import file_head

OnWait = Callable[[str], None]
BUSY_WAIT_S = 5.0  # how long a restore lets another program finish what it is writing


@dataclass
class Restored:
    manifest: Manifest | None      # the backup's, when restored from a backup file
    kept: Path | None              # where a current database too damaged to snapshot was kept aside
    left_out: list[LeftOut] = field(default_factory=list)  # evidence the database records that the backup lacks
    before: Path | None = None     # the snapshot of the data before the restore: the way back, named (round 24A)


def _real(db_path: Path) -> Path:
    """The file a `--db` names, through any symbolic link: the restored data must take the place of the
    database the link opens (and sit beside its evidence), never replace the link with a file elsewhere."""
    return Path(os.path.realpath(Path(db_path).expanduser()))


def _incoming(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + RESTORING)


def check_target(db_path: Path, *, keep_foreign: bool = False, given: Path | None = None) -> None:
    """Before anything is read or written: can a database be put at `db_path` (`given`: as the caller named it)?"""
    folder = db_path.parent
    if not errors.is_folder(folder):
        raise errors.FolderMissing(str(folder))
    if not os.access(folder, os.W_OK):
        raise errors.FolderReadOnly(str(folder))
    if db_path.is_dir():  # said as a folder, as every other command says it (round 29A)
        raise errors.DatabaseIsFolder(str(given or db_path), database_in(db_path))
    if db_path.exists() and not db_path.is_file():  # a FIFO: its first bytes were waited for, for ever (round 31A)
        raise errors.NotParAppDatabase(str(given or db_path))
    # The way back replaced by what it is the way back from (round 24A); as named too: through a linked `backups`,
    # the file the link leads to is in no backups/auto (round 26A).
    if is_automatic_snapshot(db_path) or (given is not None and is_automatic_snapshot(given)):
        raise errors.AutomaticSnapshot(str(given or db_path))
    refuse_as_restore_target(given or db_path)  # the lock (30A), another data's folder (40A), a kept-aside copy (44A)
    check_side_files(db_path, write=True)  # another account's WAL: the sound data was kept aside as damaged
    if db_path.exists() and not os.access(db_path, os.W_OK):
        # Every other write refuses a read-only database; a restore, by renaming over it in a
        # writable folder, replaced it with a writable file of this account (round 13).
        raise errors.DatabaseReadOnly(str(db_path))
    if db_path.exists() and not keep_foreign:
        head = file_head.head(db_path, len(SQLITE_HEADER))  # the window's own data: its locks kept (round 43)
        # Zeros: damage, kept aside (round 30A). Another program's SQLite data, chosen by mistake, was replaced and the
        # way back printed refused as not ParApp's (round 40A).
        foreign = head == SQLITE_HEADER and another_programs(db_path)
        if foreign or (head and head != SQLITE_HEADER and not lost_start(head)):
            raise RestoreRefused(N_("errors", "“{0}” không phải tệp dữ liệu ParApp nên không bị ghi đè. Hãy chọn đúng "
                                              "tệp parapp.db, hoặc một tên tệp mới để khôi phục vào."), str(db_path))


def _check_meaning(incoming: Path, expected_version: int | None, source: Path, *, own: bool = False) -> int:
    """`source`, the backup or snapshot chosen, is the file a problem names (not the copy beside the
    database, "parapp.db.restoring", which the user never sees). `own`: a snapshot of this folder's data, put back
    with a value ParApp cannot read as it was (refused, the way back a restore printed lost the office's work: 31A).
    Indexes alone out of step with their tables (a failing disk): rebuilt (index_rebuild, round 39A)."""
    try:
        version, problems = meaning_problems_of(incoming, source, expected_version=expected_version, values=not own,
                                                text_gone_bad=True)
    except errors.DatabaseTooNew as exc:  # sound data of a newer ParApp: "không nguyên vẹn … chọn bản khác" (24A)
        raise RestoreRefused(N_("errors", "“{0}” được tạo bởi phiên bản ParApp mới hơn (có thay đổi {1} mà phiên bản "
                                          "này chưa biết); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy cài "
                                          "phiên bản ParApp mới nhất rồi khôi phục."), *exc.args_) from None
    except ParAppError as exc:
        problems, version = [exc.message], 0
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # undecodable: a damaged schema
        problems, version = [str(exc)], 0
    if problems:
        raise RestoreRefused(N_("errors", "Cơ sở dữ liệu được khôi phục không phải dữ liệu ParApp nguyên vẹn ({0}); "
                                          "bị từ chối, dữ liệu hiện tại không bị thay đổi. Hãy chọn một bản sao lưu "
                                          "khác (tệp khác hoặc một bản sao lưu tự động), hoặc sao lưu lại trên máy "
                                          "có dữ liệu gốc."), "; ".join(problems[:3]))
    return version


def _evidence_rows(incoming: Path) -> dict[str, int]:
    con = connect_readonly(incoming, immutable=True)
    try:
        return recorded_files(con)
    finally:
        con.close()


def _keep_aside(db_path: Path) -> Path:
    """The current file cannot be snapshotted: keep it under another name, never delete it, nor one kept
    before (one kept in the same second, a clock that went back, took the first one's name; round 16)."""
    stamp = f"{db_path.stem}-hong-{dt.datetime.now():%Y%m%d-%H%M%S}"
    for n in range(1, 1000):
        kept = db_path.with_name(f"{stamp}{'' if n == 1 else f'-{n}'}{db_path.suffix}")
        if not any(os.path.lexists(f"{kept}{side}") for side in ("", "-wal", "-shm")):
            break
    # Linked, not renamed: the database keeps its name (and its WAL beside it) until the restored file takes
    # it; renamed first, a kill before the swap left no parapp.db (the window then made an empty one) and
    # the kept file apart from its WAL (round 16). Copied where the disk has no hard links (FAT; renamed, a kill
    # there still left no parapp.db, round 17), renamed only if it cannot be read.
    for side in ("", "-wal", "-shm"):
        here, there = Path(f"{db_path}{side}"), Path(f"{kept}{side}")
        if os.path.exists(here):
            try:
                os.link(here, there)
            except OSError:
                try:
                    os.replace(copy_beside(here, there, PARTIAL), there)  # never a half copy under its name
                except OSError:
                    os.replace(here, there)
    fsync_dir(db_path.parent)
    return kept


def _swap_in(incoming: Path, db_path: Path, data_dir: Path, source: Path,
             made: str | None) -> tuple[Path | None, Path | None]:
    """Snapshot (or keep aside) the current database, rename the incoming one over it, and log the restore.
    What was kept aside (damaged), and the snapshot taken before."""
    kept, before = None, None
    keep_mode(incoming, db_path)  # before it may be kept aside: the office's other accounts keep their access
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            # Another program (not a ParApp: those hold the writer lock) in the middle of writing: busy,
            # nothing touched. Swapped under it, what it then committed would go to a deleted file. Its
            # write lock is held by a second connection while the snapshot is read (a connection that
            # holds it cannot be the source of a backup), and let go only for the swap itself.
            guard = sqlite3.connect(db_path, timeout=BUSY_WAIT_S)
            try:
                guard.execute("BEGIN IMMEDIATE")
                con = sqlite3.connect(db_path)  # read-write: a crashed writer's WAL is recovered into the snapshot
                try:
                    before = take_snapshot(con, data_dir, "truoc-khoi-phuc").path
                finally:
                    con.close()
            finally:
                guard.close()
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise errors.DatabaseBusy(str(db_path)) from None
            if check_file(db_path) is None:
                # Sound: the snapshot failed for its own folder (a full disk), not for the data. Kept
                # aside, a sound database was called damaged and its way back left the snapshot list.
                folder = str(data_dir / AUTO_DIR)
                raise errors.explain(exc, folder) or errors.SnapshotNotMade(folder, "", str(exc)) from None
            kept = _keep_aside(db_path)
    for suffix in ("-wal", "-shm", "-journal"):
        # A WAL left by the old database would be replayed onto the new one.
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    try:
        replace(incoming, db_path)
    except PermissionError:  # Windows: another program has the file open
        raise errors.DatabaseBusy(str(db_path)) from None
    # Upgraded to this version, in WAL mode, and logged; a disk just filled, by the next open (which snapshots first):
    # the data is the backup's already, raised it was said undone (round 19A); nor is its evidence removed after this.
    with suppress(errors.DiskFull, errors.SnapshotNotMade), open_database(db_path, create=False) as ws:
        record_restore(ws, source.name, made, before or kept)
    return kept, before


def restore_snapshot(snapshot_path: Path, db_path: Path, data_dir: Path, *, wait: float | None = None,
                     on_wait: OnWait | None = None, keep_foreign: bool = False) -> Restored:
    """Put an automatic snapshot back."""
    given, db_path, data_dir = Path(db_path), _real(db_path), Path(data_dir)
    check_target(db_path, keep_foreign=keep_foreign, given=given)
    with WriterLock(db_path).acquire(RESTORE, wait=wait, on_wait=on_wait):
        check_snapshot(Path(snapshot_path))
        check_room(Path(snapshot_path), db_path, data_dir)
        incoming = _incoming(db_path)
        try:
            # Copied first: the safety snapshot below may prune the one chosen.
            copy_beside(Path(snapshot_path), db_path, RESTORING)
            # A snapshot of another data folder (the command line takes one), or of this one (a file gone here)
            own = snapshot_data_dir(Path(snapshot_path)) == data_dir.resolve()
            _check_meaning(incoming, None, Path(snapshot_path), own=own)
            missing = _absent(incoming, data_dir, own=own)
            kept, before = _swap_in(incoming, db_path, data_dir, Path(snapshot_path), None)
            return Restored(None, kept, missing, before)
        except OSError as exc:
            raise _explain_os_error(exc, db_path.parent) from None
        finally:
            incoming.unlink(missing_ok=True)


def restore_backup(path: Path, db_path: Path, data_dir: Path, *, progress: Progress | None = None,
                   wait: float | None = None, on_wait: OnWait | None = None, keep_foreign: bool = False) -> Restored:
    """Replace (or create) the database at `db_path`, and its evidence, from a backup file.

    The caller must have closed its own connections to `db_path`.
    """
    given, db_path, data_dir = Path(db_path), _real(db_path), Path(data_dir)
    check_target(db_path, keep_foreign=keep_foreign, given=given)
    with open_archive(Path(path)) as z:
        ins = inspect(z)  # names, manifest, sizes: a bomb stops here, before a byte is inflated
        verify_members(z, ins)
        with WriterLock(db_path).acquire(RESTORE, wait=wait, on_wait=on_wait):
            (kept, before), left_out = _restore_locked(z, ins, db_path, data_dir, progress, Path(path))
    return Restored(ins.manifest, kept, left_out, before)


def _restore_locked(z: zipfile.ZipFile, ins: Inspected, db_path: Path, data_dir: Path,
                    progress: Progress | None, source: Path) -> tuple[tuple[Path | None, Path | None], list[LeftOut]]:
    incoming = _incoming(db_path)
    journal = db_path.with_name(db_path.name + ADDED)
    added: list[Path] = []
    missing = {h: i for h, i in ins.evidence.items() if not is_stored(data_dir, h)}
    try:
        check_room(ins, db_path, data_dir)
        _extract(z, ins.db, ins.manifest.members[ins.db.filename], incoming)
        _check_meaning(incoming, ins.manifest.schema_version, source)
        recorded = _evidence_rows(incoming)
        left_out = _left_out(ins, recorded, incoming, data_dir)
        for h, info in sorted(ins.evidence.items()):
            if h not in recorded:
                raise RestoreRefused(N_("errors", "Tệp sao lưu có thành phần lạ “{0}” mà cơ sở dữ liệu không dùng; "
                                                  "bị từ chối."), info.filename)
            if recorded[h] != info.file_size:
                raise RestoreRefused(N_("errors", "“{0}” trong tệp sao lưu không khớp kích thước cơ sở dữ liệu ghi; "
                                                  "bị từ chối."), info.filename)
        if missing:  # listed before the first is written: a kill from here on leaves nothing for ever
            _write_journal(journal, sorted(missing))
        total, done = max(1, sum(i.file_size for i in ins.evidence.values())), 0
        written: list[Path] = []
        for h, info in sorted(ins.evidence.items(), key=lambda kv: kv[1].header_offset):
            target = stored_path(data_dir, h)
            if not target.exists() or file_sha256(target) != h:  # a damaged copy here is mended
                make_folders(target.parent, within=data_dir)
                partial = target.with_name(target.name + PARTIAL)
                _extract(z, info, h, partial, sync=False)
                if not target.exists():
                    added.append(target)
                give_to_folder_owner(partial)
                os.replace(partial, target)
                written.append(target)
            done += info.file_size
            if progress:
                progress(done, total)
        _make_durable(written)  # before the database that records them takes its place
        return _swap_in(incoming, db_path, data_dir, source, ins.manifest.created), left_out
    except OSError as exc:
        _undo(added if os.path.lexists(incoming) else [])  # gone: swapped in, its evidence is the data's
        raise _explain_os_error(exc, db_path.parent) from None
    except BaseException:
        _undo(added if os.path.lexists(incoming) else [])
        raise
    finally:
        # Cleaning up never hides why the restore stopped (an evidence "folder" that is a file).
        for leftover in [incoming, journal, *(stored_path(data_dir, h).with_name(h + PARTIAL) for h in ins.evidence)]:
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass


def _left_out(ins: Inspected, recorded: dict[str, int], incoming: Path, data_dir: Path) -> list[LeftOut]:
    """What the database records that this backup does not hold: listed by its manifest, held
    damaged by a backup of an older ParApp (never extracted), or simply absent (an older ParApp
    skipped a file missing when it backed up, and said nothing) with no copy in the data folder
    either. A mismatched member the database does not record is no left-out file but a tampered
    backup: refused."""
    for h, info in sorted(ins.mismatched.items()):
        if h not in recorded:
            raise RestoreRefused(N_("errors", "“{0}” trong tệp sao lưu không khớp mã kiểm tra (tệp bị sửa hoặc hỏng); "
                                              "bị từ chối."), info.filename)
    con = connect_readonly(incoming, immutable=True)
    try:
        names = file_owners(con)
    finally:
        con.close()
    out: dict[str, LeftOut] = {}
    for h in ins.mismatched:
        if held_as_recorded(data_dir, h):  # the folder holds it sound: no file to attach again (round 27A)
            continue
        name, task_id, owner = names.get(h, (h, None, "task"))
        out[h] = LeftOut(h, name, task_id, DAMAGED, owner, worn=h in ins.worn)
    for x in ins.manifest.left_out:
        h = x["sha256"]
        if h in recorded and h not in ins.evidence and not held_as_recorded(data_dir, h):
            reason = x["reason"] if x["reason"] in REASONS else DAMAGED
            name, task_id, owner = names.get(h, (x["name"], x["task_id"], "task"))
            out.setdefault(h, LeftOut(h, name, task_id, reason, owner))
    for h in sorted(set(recorded) - set(ins.evidence) - set(out)):
        if not held_as_recorded(data_dir, h):
            name, task_id, owner = names.get(h, (h, None, "task"))
            out[h] = LeftOut(h, name, task_id, MISSING, owner)
    return sorted(out.values(), key=lambda x: x.name)


def _absent(incoming: Path, data_dir: Path, *, own: bool = False) -> list[LeftOut]:
    """The files a snapshot's database records that the data folder does not hold, named. `own`: the snapshot is
    this folder's (no other folder to copy `evidence` from)."""
    con = connect_readonly(incoming, immutable=True)
    try:
        recorded, names = recorded_files(con), file_owners(con)
    finally:
        con.close()
    out = []
    for h in sorted(recorded):
        if not is_stored(data_dir, h):
            name, task_id, owner = names.get(h, (h, None, "task"))
            out.append(LeftOut(h, name, task_id, MISSING, owner, snapshot=True, own_folder=own))
    return sorted(out, key=lambda x: x.name)


def _write_journal(journal: Path, hashes: list[str]) -> None:
    with open_new(journal, "w", encoding="ascii") as fh:
        fh.write("\n".join(hashes) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    fsync_dir(journal.parent)


def _extract(z: zipfile.ZipFile, info: zipfile.ZipInfo, digest: str, out_path: Path, *, sync: bool = True) -> None:
    """Write a member beside its target, hashing as it goes (the file may have changed since it was verified)."""
    try:
        with ReadingMember(z, info) as src, open_new(out_path) as out:
            got, n = copy_hashed(src, out, info.file_size)
            out.flush()
            if sync:
                os.fsync(out.fileno())
    except ReadFailed as failed:
        out_path.unlink(missing_ok=True)
        raise unreadable(z, failed.exc) from None
    except (TooLarge, *MEMBER_DAMAGED):
        got, n = "", -1
    if got != digest or n != info.file_size:
        out_path.unlink(missing_ok=True)
        raise RestoreRefused(N_("errors", "“{0}” trong tệp sao lưu không khớp mã kiểm tra (tệp bị sửa hoặc hỏng); "
                                          "bị từ chối."), info.filename)


def _make_durable(files: list[Path]) -> None:
    """Evidence files on disk for good. One fsync per file and per folder made 20,000 small files
    take 10 s; where the system offers one call that flushes everything (POSIX sync), it is used,
    then each folder once."""
    if not files:
        return
    if hasattr(os, "sync"):
        os.sync()
    else:
        for f in files:
            fsync_file(f)
    for folder in {f.parent for f in files}:
        fsync_dir(folder)


def _undo(added: list[Path]) -> None:
    for p in added:
        with suppress(OSError):
            p.unlink(missing_ok=True)


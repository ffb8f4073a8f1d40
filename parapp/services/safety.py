"""Keeping the data safe: a backup file, a restore, a check. The rules (a verified restore, a
backup that never writes to the database, damage named only after a check says so) live in the
store; these are the use-cases the command line and the window call."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from parapp.datadir import data_dir_for
from parapp.store.archive import BackupMade, make_backup
from parapp.store.archive_verify import verify_backup
from parapp.store.backup import list_snapshots
from parapp.store.health import Health, check_database
from parapp.store.restore import restore_backup, restore_snapshot
from parapp.store.settings import load_settings
from parapp.store.workspace import Workspace

__all__ = ["backup", "check", "describe_backup", "precheck_restore", "restore", "restore_from_snapshot", "snapshots"]



def describe_backup(backup_file: Path):
    """What a backup file holds (its manifest), refused with a clear message if it is not one."""
    return verify_backup(Path(backup_file))


def precheck_restore(kind: str, path: Path, db_path: Path | None = None, data_dir: Path | None = None):
    """Before the window closes its data for a restore: the restore gate's own checks on the chosen
    backup ("file", its manifest returned) or snapshot ("snapshot"), refused in the same words;
    with `db_path`, the room the restore needs beside it as well."""
    from parapp.store.restore_precheck import precheck_backup, precheck_snapshot

    if db_path is None:
        return precheck_backup(Path(path)) if kind == "file" else precheck_snapshot(Path(path))
    folder = _data_dir(Path(db_path), data_dir)
    if kind == "file":
        return precheck_backup(Path(path), Path(db_path), folder)
    return precheck_snapshot(Path(path), Path(db_path), folder)


def snapshots(data_dir: Path):
    """The automatic copies kept beside the database, newest first."""
    return list_snapshots(Path(data_dir))


def _data_dir(db_path: Path, data_dir: Path | None) -> Path:
    return Path(data_dir) if data_dir is not None else data_dir_for(db_path)


def backup(ws: Workspace, folder: Path, progress: Callable[[int, int], None] | None = None) -> BackupMade:
    """One .parapp-backup file in `folder`: the database and the evidence, each with its hash; an evidence
    file that is no longer what the database records is left out and named (`left_out`)."""
    return make_backup(ws.conn, ws.data_dir, Path(folder), commune=load_settings(ws).commune_name,
                       progress=progress, now=_snapshot_time(ws.path), db_path=Path(ws.path))


def _snapshot_time(db_path: Path):
    """An automatic snapshot's data is of the time it was taken: a backup of it (its own read-only window's "Sao lưu ra
    USB…", `backup --db <snapshot>`) was named and stamped with the time it was made, and its restore later said "dữ
    liệu về lúc <that day>" of data weeks older (round 30B). None: the data as it is now."""
    import os

    from parapp.store.backup import is_automatic_snapshot, parse_snapshot_name

    if not is_automatic_snapshot(Path(db_path)):
        return None
    snap = parse_snapshot_name(Path(db_path)) or parse_snapshot_name(Path(os.path.realpath(db_path)))
    return snap.taken if snap is not None else None


def restore(backup_file: Path, db_path: Path, data_dir: Path | None = None, on_wait=None, keep_foreign: bool = False):
    """Restore a backup file over (or into) `db_path` after verifying what it means, not only its bytes.

    One of ParApp's own automatic snapshots (backups/auto/parapp-….db) is restored as the window restores
    it: refused as "not a ParApp backup file", the command line had no way to the copies ParApp keeps."""
    if is_snapshot_file(Path(backup_file)):
        return restore_from_snapshot(Path(backup_file), Path(db_path), data_dir, on_wait=on_wait,
                                     keep_foreign=keep_foreign)
    return restore_backup(Path(backup_file), Path(db_path), _data_dir(db_path, data_dir), on_wait=on_wait,
                          keep_foreign=keep_foreign)


def commune_of(db_path: Path) -> str:
    """The commune the data at `db_path` belongs to ("" when it cannot be read): said before a restore replaces it.
    Read as the file stands, with what its -wal holds (round 43A): a refused restore leaves the folder as it was, no
    -wal/-shm made."""
    import os
    import sqlite3

    from parapp.store.connect import KeptChanging, NoRoomForCopy, odd_side_file, read_as_it_stands

    if not os.path.isfile(db_path) or odd_side_file(db_path):  # isfile: False in a folder this account cannot enter
        return ""
    try:
        con = read_as_it_stands(db_path)
        try:
            row = con.execute("SELECT value FROM settings WHERE key = 'commune_name'").fetchone()
        finally:
            con.close()
    except (sqlite3.Error, OSError, ValueError, KeptChanging, NoRoomForCopy):
        return ""
    return row[0] if row and isinstance(row[0], str) else ""


def is_snapshot_file(path: Path) -> bool:
    """Named as ParApp names a snapshot, and a SQLite file (a snapshot is one self-contained file)."""
    from parapp.store.backup import parse_snapshot_name
    from parapp.store.db import SQLITE_HEADER, lost_start

    if parse_snapshot_name(path) is None:
        return False
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    # One whose start the disk lost is still the snapshot, refused as not sound: "not a ParApp backup (not a zip)"
    # was said of ParApp's own copy (round 30A).
    return head == SQLITE_HEADER or lost_start(head)


def restore_from_snapshot(snapshot: Path, db_path: Path, data_dir: Path | None = None, **kw):
    return restore_snapshot(Path(snapshot), Path(db_path), _data_dir(db_path, data_dir), **kw)


def check(db_path: Path) -> Health:
    """The problems found, in words (none: sound), and notes (a full disk). Writes nothing."""
    return check_database(Path(db_path), data_dir_for(db_path))


def unreadable_values(db_path: Path):
    """After an unexpected failure of a command: a value the database holds that ParApp cannot read back
    (an error to say instead), or None."""
    from parapp.store.health import unreadable_values as found

    return found(Path(db_path))


def text_gone_bad(db_path: Path) -> str | None:
    """Where the data holds text a failing disk left unreadable (the first place, in words), or None."""
    from parapp.store.health import text_gone_bad as found

    return found(Path(db_path))


def repair_text(db_path: Path, on_wait=None):
    """Text gone bad (not UTF-8) made readable, after a snapshot of the data as it was: (what was repaired, the
    snapshot, why its change-log line could not be written or None), or ([], None, None) when nothing needed it (and
    nothing was written)."""
    from parapp.store.access import writing
    from parapp.store.writer_lock import REPAIR

    # Opened without what an open for writing does first (the upgrades, the shipped catalogues, this computer's user):
    # it reads what may be the text gone bad, and repair refused the data it is there to mend (round 33A).
    with writing(db_path, REPAIR, on_wait=on_wait, migrate=False) as db:
        return repair_text_in(db, _data_dir(Path(db_path), None))


def repair_text_in(db, data_dir: Path):
    """As repair_text, in data already open for writing (the window's, which holds the writer lock)."""
    from parapp.store.backup import snapshot_before
    from parapp.store.errors import DatabaseDamaged
    from parapp.store.text_repair import bad_texts, repair_texts, unreadable_structure

    from parapp.store.index_rebuild import indexes_out_of_step, rebuild
    from parapp.store.loose_links import empty_links, loose_links

    broken = unreadable_structure(db.conn)
    if broken is not None:
        raise DatabaseDamaged(str(db.path), f"{broken}: not UTF-8")
    # Indexes out of step with their tables (a failing disk): rebuilt from them, no value changed; check sent the
    # clerk to the last backup, every change since lost (round 39A)
    indexes = indexes_out_of_step(db.conn)
    texts = bad_texts(db.conn)
    # Links to a row no longer there, of those a removal empties: emptied so (round 41A), all or, if any other
    # reference dangles, none (the data changed by another program: its check says so).
    # (Read again once the indexes are rebuilt: the check of the links reads them.)
    links = [] if indexes else loose_links(db.conn) or []
    if not texts and not indexes and not links:
        return [], None, None
    from parapp.store.change_log import record_repair
    from parapp.store.text_repair import Repaired

    told = _pdf_hashes(db) if texts else {}
    with snapshot_before(db.conn, data_dir, "truoc-sua-chu-hong") as snap:  # removed if the repair fails (34B)
        if indexes:  # first: failing, nothing is changed yet when the snapshot is removed; an index holds no value
            rebuild(db.conn)
            links = loose_links(db.conn) or []
        done = repair_texts(db, data_dir, told) if texts else []
        if links:
            with db.atomic():
                empty_links(db.conn, links)
            done += [Repaired(k.table, k.column, k.rowid, "", unlinked=k.missing, year=k.year) for k in links]
    # An index holds no value: nothing of the data changed for the change log to say
    unlogged = record_repair(db, [(r.table, r.column, r.rowid) for r in done], snap.path) if done else None
    done += [Repaired("sqlite_master", "index", 0, name) for name in indexes]
    return done, snap, unlogged and _unlogged(unlogged, Path(db.path))


def _pdf_hashes(db) -> dict:
    """A finalised report's PDF hash gone bad: the hash of the PDF ParApp makes of it, what its signed copy must hold.
    Left "\ufffd", repair said "gõ lại" of a hash no window shows, and the signed copy could never be attached (38A)."""
    import hashlib
    import sqlite3

    from parapp.core.messages import ParAppError
    from parapp.services.printing import final_pdf
    from parapp.store.report_records import without_pdf_hash
    from parapp.store.text_repair import bad_texts

    out = {}
    for table, column, rowid, _raw in bad_texts(db.conn):
        if (table, column) != ("reports", "pdf_sha256"):
            continue
        try:
            rec = without_pdf_hash(db, rowid)
            if rec is not None and rec.finalized_on is not None:
                out[(table, column, rowid)] = hashlib.sha256(final_pdf(db, rec)).hexdigest()
        except (ParAppError, sqlite3.Error, ValueError, KeyError, TypeError, OSError):
            continue  # the report itself not readable: left to "\ufffd", as before
    return out


class Unlogged(NamedTuple):
    """Why the repair's line is not in the change log (the repair stands): the data's disk full (detail: its folder),
    or SQLite's own words."""
    full: bool
    detail: str


def _unlogged(exc, db_path: Path) -> Unlogged:
    from parapp.store.connect import folder_is_full, is_disk_full

    if is_disk_full(exc) or folder_is_full(db_path.parent):
        return Unlogged(True, str(db_path.parent))
    return Unlogged(False, str(exc))


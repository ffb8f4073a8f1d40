"""The "Sao lưu ra USB" file: one .parapp-backup zip holding the database
snapshot, the evidence files and a manifest with a SHA-256 for every member.

Written beside its final name (the database copy and the zip both), then
renamed when complete, so a full or removed USB stick never leaves a
half-written file under the final name; what a kill leaves is removed by the
next backup into that folder. The name carries the second it was made, and a
backup never replaces an existing file. Verifying a backup is
store/archive_verify.py; restoring one is store/restore.py.
"""

from __future__ import annotations

import datetime as dt
import errno
import glob
import hashlib
import json
import os
import secrets
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from parapp import __version__
from parapp.core.shell_words import shell_arg
from parapp.core.messages import N_, os_errno, os_reason
from parapp.core.vntext import fold
from parapp.store.archive_format import (DAMAGED, DB_MEMBER, MANIFEST, MISSING, SUFFIX, TOO_LARGE, UNREADABLE,
                                         BackupError, LeftOut, Progress)
from parapp.store.archive_verify import inspect, open_archive, verify_members
from parapp.store.atomic import fsync_file, rename_no_replace
from parapp.store.backup import checked_copy, snapshot
from parapp.store.connect import FREE_MIN, connect_readonly, is_busy, is_disk_full
from parapp.store.errors import is_folder
from parapp.store.evidence import EVIDENCE_DIR, MAX_EVIDENCE, stored_path
from parapp.store.leftovers import backup_leftovers, clean_backup_folder
from parapp.store.archive_copy import read_copy


def _safe_name(commune: str) -> str:
    s = fold(commune).replace("uy ban nhan dan", "").strip().title().replace(" ", "")
    # Bounded: the settings take a name of any length, and a file name past 255 bytes (or a path
    # past Windows' 260 characters) would make every backup fail, blamed on the USB stick.
    return "".join(c for c in s if c.isalnum())[:40] or "ParApp"


@dataclass
class BackupMade:
    path: Path
    left_out: list[LeftOut]


class _Unreadable(Exception):
    """Reading an evidence file from the data folder failed (not writing to the USB stick)."""


def write_backup(con, data_dir: Path, folder: Path, *, commune: str = "",
                 progress: Progress | None = None, now: dt.datetime | None = None) -> Path:
    """make_backup(), for callers that need only the path."""
    return make_backup(con, data_dir, folder, commune=commune, progress=progress, now=now).path


def make_backup(con, data_dir: Path, folder: Path, *, commune: str = "",
                progress: Progress | None = None, now: dt.datetime | None = None,
                db_path: Path | None = None) -> BackupMade:
    """Write one backup file into `folder`. `con` may be a read-only connection: a backup
    never writes to the database. `db_path`: the data's file, named in the commands a message prints (`con` may
    read a private copy in memory, of no file).

    Every evidence file is hashed as it is written: one that is no longer the file the
    database records (changed, unreadable, gone) is left out and named, never put in under
    the recorded name, where it would make every restore of the backup refused. Before the
    file gets its name it is checked as a restore checks it (without extracting)."""
    now = now or dt.datetime.now()
    folder = Path(folder)
    if not is_folder(folder):
        if os.path.lexists(folder) or (folder.name.lower().endswith(SUFFIX) and is_folder(folder.parent)):
            # A file's name given (an existing backup, or the name wanted): the stick is there (round 24A).
            raise BackupError(N_("errors", "“{0}” không phải là một thư mục. Hãy cho biết thư mục để ghi tệp sao lưu "
                                           "(ví dụ “{1}”); tên tệp sao lưu do ParApp tự đặt."),
                              str(folder), str(folder.parent))
        if is_folder(folder.parent):  # a folder not made yet, or a stick mounted there pulled out (round 25A)
            raise BackupError(N_("errors", "Không thấy thư mục “{0}” trong “{1}”. Nếu đó là USB đã rút ra, hãy cắm "
                                           "lại; nếu thư mục chưa có, hãy tạo thư mục đó, hoặc cho biết một thư mục "
                                           "đã có (tên tệp sao lưu do ParApp tự đặt)."),
                              str(folder), str(folder.parent))
        raise BackupError(N_("errors", "Không thấy thư mục “{0}”. Hãy cắm lại USB hoặc chọn thư mục khác."),
                          str(folder))
    if not os.access(folder, os.W_OK):
        raise _usb_error(OSError(errno.EROFS, os.strerror(errno.EROFS)), folder)
    stem = f"ParApp-{_safe_name(commune)}-{now:%Y-%m-%d-%H%M%S}"
    clean_backup_folder(folder)
    token = secrets.token_hex(4)  # two backups in the same second never share a temporary file
    partial = folder / f"{stem}{SUFFIX}.{token}.partial"
    db_copy = folder / f"{stem}{SUFFIX}.{token}.db"
    try:
        source = _database_file(con, db_path)
        _copy_database(con, db_copy, folder, source)
        problem = checked_copy(db_copy)  # indexes alone out of step: rebuilt in the copy (round 39A)
        if problem:
            raise BackupError(N_("errors", "Bản chụp dữ liệu không đạt kiểm tra ({0}); chưa sao lưu được."), problem)
        version, recorded, names = read_copy(db_copy, source)
        left_out: dict[str, LeftOut] = {}

        def leave_out(h: str, reason: str) -> None:
            name, task_id, owner = names.get(h, (h, None, "task"))
            denied = reason == _DENIED  # the manifest says UNREADABLE, as older ParApps know it
            left_out.setdefault(h, LeftOut(h, name, task_id, UNREADABLE if denied else reason, owner, denied))

        for h, size in sorted(recorded.items()):
            src = stored_path(data_dir, h)
            if size > MAX_EVIDENCE:  # no restore would accept it: left out, named
                leave_out(h, TOO_LARGE)
                continue
            try:
                if src.stat().st_size != size:
                    leave_out(h, DAMAGED)
            except (FileNotFoundError, NotADirectoryError):  # a file at `evidence` or evidence/xx: none there (24A)
                leave_out(h, MISSING)
            except OSError as exc:  # its folder another account's (evidence/18, 0700): no disk fault (round 16)
                leave_out(h, _DENIED if os_errno(exc) in (errno.EACCES, errno.EPERM) else UNREADABLE)
        for _ in range(3):  # a file found bad while written is left out and the zip written again
            files: list[tuple[str, Path, str | None]] = [(DB_MEMBER, db_copy, None)]
            files += [(f"{EVIDENCE_DIR}/{h[:2]}/{h}", stored_path(data_dir, h), h)
                      for h in sorted(recorded) if h not in left_out]
            if _write_zip(partial, files, leave_out, left_out, now, progress,
                          {"app": "ParApp", "app_version": __version__, "schema_version": version,
                           "commune": commune, "created": now.isoformat(timespec="seconds")}):
                break
        else:
            raise BackupError(N_("errors", "Các tệp kiểm chứng trong thư mục dữ liệu đọc lúc được lúc không; chưa "
                                           "sao lưu được. Hãy kiểm tra ổ đĩa của máy rồi sao lưu lại."))
        fsync_file(partial)
        _would_restore(partial, recorded, left_out)
        return BackupMade(_place(partial, folder, stem), sorted(left_out.values(), key=lambda x: x.name))
    except OSError as exc:
        raise _usb_error(exc, folder, token) from None
    finally:
        leftovers = [Path(f"{db_copy}-journal"), *db_copy.parent.glob(glob.escape(db_copy.name) + ".*.partial*")]
        for tmp in (partial, db_copy, *leftovers):
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass


def _would_restore(partial: Path, recorded: dict[str, int], left_out: dict[str, LeftOut]) -> None:
    """The finished file checked as a restore checks it, short of extracting it: its names,
    manifest, sizes and hashes, and every file the database records either in it, at the
    recorded size, or named as left out."""
    with open_archive(partial) as z:
        ins = verify_members(z, inspect(z))
    wrong = sorted(h for h, info in ins.evidence.items() if recorded.get(h) != info.file_size)
    lacking = sorted(set(recorded) - set(ins.evidence) - set(left_out))
    if wrong or lacking or ins.mismatched:
        raise BackupError(N_("errors", "Tệp sao lưu vừa ghi không đạt kiểm tra ({0}); chưa sao lưu được. Hãy sao lưu "
                                       "lại, hoặc dùng USB khác."), (wrong + lacking + list(ins.mismatched))[0])


def _others_leftovers(folder: Path, token: str) -> list[Path]:
    """Partial backup files in `folder` not of this backup: a killed one's (removed only once an hour
    old, since another PC may be writing it into a shared folder), which may be what filled the stick."""
    try:
        return sorted(p for p in backup_leftovers(folder) if token not in p.name and p.is_file())
    except OSError:
        return []


def _usb_error(exc: OSError, folder: Path, token: str = "") -> BackupError:
    if os_errno(exc) in (errno.ENOSPC, errno.EDQUOT):
        others = _others_leftovers(folder, token) if token else []
        if others:
            return BackupError(N_("errors", "USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Trên đó còn {0} tệp sao lưu "
                                            "dở dang ({1} MB) của một lần sao lưu trước bị ngắt giữa chừng, ví dụ "
                                            "“{2}”. Nếu không có máy nào khác đang sao lưu vào “{3}”, hãy xóa các tệp "
                                            "có đuôi .partial và .db đó rồi sao lưu lại; hoặc dùng USB khác."),
                               len(others), max(1, sum(_size(p) for p in others) >> 20), max(others, key=_size).name,
                               str(folder))
        return BackupError(N_("errors", "USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Hãy xóa bớt tệp hoặc dùng USB "
                                        "khác. "
                                        "Không có tệp sao lưu dở dang nào được để lại."))
    if os_errno(exc) in (errno.EROFS, errno.EACCES, errno.EPERM):  # a locked stick, a CD, a folder not ours
        return BackupError(N_("errors", "Không ghi được vào “{0}”: USB hoặc thư mục này chỉ đọc (USB bị gạt khóa "
                                        "chống ghi, đĩa CD, hoặc không có quyền ghi); chưa sao lưu được. Hãy mở khóa "
                                        "USB hoặc chọn thư mục khác."),
                           str(folder))
    if os_errno(exc) == errno.EFBIG:  # a FAT32 stick: trying again, or another FAT32 stick, never helps
        return BackupError(N_("errors", "Tệp sao lưu lớn hơn mức “{0}” nhận được: USB định dạng FAT32 (loại thường "
                                        "gặp) chỉ nhận tệp dưới 4 GB. Chưa sao lưu được, không có tệp dở dang nào được "
                                        "để lại. Hãy dùng USB hoặc ổ cứng rời định dạng exFAT hoặc NTFS, hoặc sao lưu "
                                        "vào một thư mục trên ổ cứng của máy."),
                           str(folder))
    return BackupError(N_("errors", "Không ghi được vào “{0}” ({1}): USB có thể đã bị rút. Hãy cắm lại và sao lưu "
                                    "lại."),
                       str(folder), os_reason(exc))


_READ_ERRORS = {getattr(sqlite3, n) for n in ("SQLITE_IOERR_READ", "SQLITE_IOERR_SHORT_READ") if hasattr(sqlite3, n)}


def _database_file(con, db_path: Path | None = None) -> str:
    """The file `con` reads: named in the commands a message prints, so they run as printed (a bare "parapp check"
    checked the default data folder, not the --db the backup was of: round 28A). The data's own path first: data on
    read-only media, a full disk or marked read-only is read through a private copy in memory, of no file, and
    "parapp repair --db <the folder the command ran from>/parapp.db" was printed, another data or none (round 39A)."""
    if db_path is not None:
        return str(db_path)
    return next((r[2] for r in con.execute("PRAGMA database_list") if r[1] == "main"), "") or "parapp.db"


def _copy_database(con, db_copy: Path, folder: Path, source: str) -> None:
    """The snapshot written onto the USB stick: what fails writing it is the stick's, what fails
    reading the database is the data disk's."""
    try:
        if not _compacted_copy(con, db_copy):
            snapshot(con, db_copy)
            _without_free_pages(db_copy)
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if is_busy(exc):
            raise
        if code in _READ_ERRORS:
            raise BackupError(N_("errors", "Không đọc được tệp dữ liệu ({0}); chưa sao lưu được. Hãy chạy lệnh "
                                           "parapp check --db {1} để kiểm tra dữ liệu."), str(exc),
                              shell_arg(source)) from None
        # Said by make_backup, which knows this backup's own temporary files from a killed one's.
        raise OSError(errno.ENOSPC if is_disk_full(exc) or _no_room_for(con, folder) else errno.EIO, str(exc)) from None


def _no_room_for(con, folder: Path) -> bool:
    """The stick has less room than the database's copy needs: SQLite, writing it there, may say "disk I/O error" (it
    could not size the copy's -shm) rather than "disk is full", and the backup said "USB có thể đã bị rút. Hãy cắm
    lại" of a stick that was there, every try failing the same (round 39A)."""
    import shutil

    try:
        size = con.execute("PRAGMA page_count").fetchone()[0] * con.execute("PRAGMA page_size").fetchone()[0]
        return shutil.disk_usage(folder).free < size + FREE_MIN
    except (OSError, sqlite3.Error):
        return False


def _compacted_copy(con, db_copy: Path) -> bool:
    """The copy written onto the stick without the pages the database freed, when it has any (False: none, copied as
    it is). SQLite built with SECURE_DELETE (Debian's) writes zeros over what is deleted: a large import removed left
    megabytes of them, and the database deflated past the zip-bomb bound (round 28A). Copied raw then compacted on the
    stick, a 150 MB database holding 1 MB of data asked 150 MB of a stick with 40 MB free: "USB … đã đầy … dùng USB
    khác" for a backup of 1 MB (round 29A). Read in one transaction, as the snapshot is; the data is not touched."""
    if not con.execute("PRAGMA freelist_count").fetchone()[0]:
        return False
    file = next((r[2] for r in con.execute("PRAGMA database_list") if r[1] == "main"), "")
    if not file:  # a private copy in memory (data on read-only media) cannot be vacuumed: copied, then compacted
        return False
    # Through a connection of its own: VACUUM runs neither inside a transaction nor beside a statement the window's
    # connection has in progress; it reads the committed state, as the snapshot does.
    src = connect_readonly(file)
    try:
        src.execute("VACUUM INTO ?", [str(db_copy)])
    finally:
        src.close()
    out = sqlite3.connect(db_copy)
    try:
        out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, as the snapshot is
    finally:
        out.close()
    return True


def _without_free_pages(db_copy: Path) -> None:
    """The copy rewritten without the pages the database freed. SQLite built with SECURE_DELETE (Debian's) writes
    zeros over what is deleted: a large import removed left megabytes of them, the database deflated past the
    zip-bomb bound, and every backup was refused as "lớn bất thường … sao lưu lại trên máy có dữ liệu gốc", on the
    PC with the data (round 28A). Only the copy on the stick is rewritten, into a file of its own (a leftover's name:
    a killed backup's is cleaned up), with no room asked of the system's temporary folder; the data is not touched."""
    compact = Path(f"{db_copy}.{secrets.token_hex(4)}.partial")
    out = sqlite3.connect(db_copy)
    try:
        if not out.execute("PRAGMA freelist_count").fetchone()[0]:
            return
        out.execute("VACUUM INTO ?", [str(compact)])
    finally:
        out.close()
    os.replace(compact, db_copy)


_DENIED = "denied"  # UNREADABLE for want of permission: another account's file (round 14)


def _write_zip(partial: Path, files: list[tuple[str, Path, str | None]], leave_out: Callable[[str, str], None],
               left_out: dict[str, LeftOut], now: dt.datetime, progress: Progress | None, manifest: dict) -> bool:
    """Write the zip; False when an evidence file turned out bad while written (it is then in
    `left_out`, and the zip must be written again without it)."""
    total = sum(_size(p) for _, p, _ in files)
    done = 0
    members = {}
    clean = True
    with zipfile.ZipFile(partial, "w", allowZip64=True) as z:
        for name, src, expect in files:
            digest = hashlib.sha256()
            info = zipfile.ZipInfo(name, date_time=_zip_time(now))
            # The database compresses well; evidence (PDFs, scans) does not: store it as is.
            info.compress_type = zipfile.ZIP_DEFLATED if name == DB_MEMBER else zipfile.ZIP_STORED
            try:
                inp = open(src, "rb")
            except OSError as exc:
                if expect is None:
                    raise
                leave_out(expect, _DENIED if os_errno(exc) in (errno.EACCES, errno.EPERM) else UNREADABLE)
                clean = False
                continue
            with inp, z.open(info, "w", force_zip64=True) as out:
                while True:
                    try:
                        block = inp.read(1 << 20)
                    except OSError:
                        if expect is None:
                            raise
                        leave_out(expect, UNREADABLE)
                        clean = False
                        break
                    if not block:
                        break
                    digest.update(block)
                    out.write(block)  # an OSError here is the USB stick's
                    done += len(block)
                    if progress:
                        progress(done, total)
            if expect is not None and expect not in left_out and digest.hexdigest() != expect:
                leave_out(expect, DAMAGED)
                clean = False
            members[name] = digest.hexdigest()
        if clean:
            listed = [x.as_json() for x in left_out.values()]
            z.writestr(zipfile.ZipInfo(MANIFEST, date_time=_zip_time(now)),
                       json.dumps({**manifest, "members": members, "left_out": listed}, ensure_ascii=False, indent=2))
    return clean


def _zip_time(now: dt.datetime) -> tuple[int, int, int, int, int, int]:
    """The members' date as ZIP can hold it: a clock before 1980 (a PC with no clock battery starts at 1970) ended the
    backup in "Lỗi không mong đợi: ZIP does not support timestamps before 1980" (round 28A). The manifest says when."""
    when = (now.year, now.month, now.day, now.hour, now.minute, now.second)
    return max(when, (1980, 1, 1, 0, 0, 0))


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


def _place(partial: Path, folder: Path, stem: str) -> Path:
    """Give the finished file its name, never replacing one already there."""
    for n in range(1, 1000):
        final = folder / (f"{stem}{SUFFIX}" if n == 1 else f"{stem}-{n}{SUFFIX}")
        try:
            rename_no_replace(partial, final)
            return final
        except FileExistsError:
            continue
    raise FileExistsError(str(folder))

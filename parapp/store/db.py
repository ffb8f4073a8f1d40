"""The one place that opens a ParApp database.

It checks what the file is before writing anything, sets the pragmas, runs the
migrations and then the bootstrap (store/bootstrap.py: the shipped catalogues,
who is working). The app, the command line and every test call it. The helpers
every store module uses are in store/sql.py, so no table's module imports this one.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path
from typing import Callable

from parapp.core.messages import N_, Msg, medium_failed, os_errno, os_reason
from parapp.store import errors
from parapp.store.atomic import remove_made
from parapp.store.connect import (FULL, KeptChanging, NoRoomForCopy, busy_timeout_s, connect_for_reading,
                                  folder_is_full, is_busy, is_disk_full, odd_side_file, primary_code)
from parapp.store.errors import StoreError  # noqa: F401 - re-exported
from parapp.store import migration_record
from parapp.store.migration_record import migration_version, nothing_to_migrate
from parapp.store.side_names import database_in, refuse_side_file
from parapp.store.workspace import Workspace
from parapp.store.wrong_file import DatabaseIsBackup, is_backup
from parapp.store import file_head

# A database whose schema is current opens without loading the migrations, the catalogues'
# module or sqlite-utils (store.workspace): the window's first page waits for the open.


def schema_version(db: Workspace) -> int:
    from parapp.store.schema import schema_version as version

    return version(db)

SQLITE_HEADER = b"SQLite format 3\x00"


def check_side_files(path: Path, *, write: bool | None = None) -> None:
    """SQLite's files beside the database, where there are any, are files (SideFileNotAFile); with `write`
    given, ones this account may use so (SideFileForeign)."""
    odd = odd_side_file(path)
    if odd:
        raise errors.SideFileNotAFile(odd)
    if write is not None:
        _check_side_access(path, write)
    if write:  # a restore: its safety snapshot's connection would fold the other data's WAL in, and reset it
        _check_side_names(path)


LOST_START = N_("errors", "tệp bị hỏng, phần đầu chỉ còn byte 0 (thường do mất điện hoặc rút USB khi đang ghi)")


def lost_start(first: bytes) -> bool:
    """A file whose first bytes are all zeros: a database whose start the disk lost (a power cut while FAT/exFAT
    wrote it, a bad sector), never a document typed for --db (each starts with bytes of its own). Said as "not a
    ParApp database … or a new file name to make new data", the office's own damaged data was sent to make new data
    and its backup refused to restore over it (round 30A)."""
    return bool(first) and not any(first)


def _check_file(path: Path, *, create: bool, write: bool = True, head: bool = True) -> bool:
    """Raise if the path cannot hold a ParApp database; True if it holds one to open
    (False: a new database is to be made there, which only `create` allows). `head` False: the file's first bytes
    are not read (check_openable)."""
    folder = path.parent
    if not errors.is_folder(folder):
        raise errors.FolderMissing(str(folder))
    refuse_side_file(path)  # the writer lock or a WAL shown by Explorer as the data's name (round 30A)
    check_side_files(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        if not create:
            raise errors.DatabaseMissing(str(path)) from None
        st = None
    except PermissionError as exc:  # a `--db` link into a folder this account may not enter: not "not ParApp's"
        if medium_failed(exc):  # Windows' ERROR_NOT_READY: no right missing (round 30A)
            raise errors.StorageIOError(str(folder), os_reason(exc), str(path)) from None
        raise errors.not_reachable(path) from None
    except OSError as exc:
        if medium_failed(exc):
            raise errors.StorageIOError(str(folder), os_reason(exc), str(path)) from None
        raise errors.NotParAppDatabase(str(path)) from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise errors.DatabaseIsFolder(str(path), database_in(path))
        if not stat.S_ISREG(st.st_mode):  # a FIFO, /dev/zero: never opened
            raise errors.NotParAppDatabase(str(path))
        if st.st_size == 0 and not create:  # an empty file is not a database; only demo or a first start fill one
            raise errors.NotParAppDatabase(str(path))
        try:
            if not head:
                first = SQLITE_HEADER
            else:
                first = file_head.head(path, len(SQLITE_HEADER))
        except OSError as exc:
            if isinstance(exc, PermissionError) and not medium_failed(exc):
                # Another account's file (mode 0600): every command ended in "Lỗi không mong đợi" (round 14). On
                # Windows a failing disk's ERROR_CRC is a PermissionError too: said as the disk's (round 30A).
                raise errors.DatabaseUnreadable(str(path)) from None
            raise errors.StorageIOError(str(folder), os_reason(exc), str(path)) from None
        if first and first != SQLITE_HEADER:
            if is_backup(path, first):
                raise DatabaseIsBackup(str(path))
            if lost_start(first):  # zeros: the data's start lost, not another file (round 30A)
                raise errors.DatabaseDamaged(str(path), Msg(LOST_START))
            raise errors.NotParAppDatabase(str(path))
    # WAL needs to create -wal and -shm files beside the database: beside the file a --db link names, where
    # SQLite makes them (a link in a read-only folder to data in a writable one was refused every write, round 18).
    real_folder = Path(os.path.realpath(path)).parent  # a link to no file yet too: SQLite makes it there
    if write and not errors.is_folder(real_folder):
        raise errors.FolderMissing(str(real_folder))
    if write and not os.access(real_folder, os.W_OK):
        raise errors.folder_read_only(str(real_folder), path)
    if write and st is not None and not os.access(path, os.W_OK):
        raise errors.DatabaseReadOnly(str(path))
    if write and _is_automatic_snapshot(path):
        raise errors.AutomaticSnapshot(str(path))
    if write and st is not None and st.st_nlink > 1 and _other_names(path, st) > 0:
        raise errors.DatabaseHasOtherNames(str(path))
    if write and st is not None:
        _check_side_names(path)
    if st is not None:
        _check_side_access(path, write)
    return st is not None and st.st_size > 0


def _is_automatic_snapshot(path: Path) -> bool:
    from parapp.store.backup import is_automatic_snapshot

    return is_automatic_snapshot(path)


def _other_names(path: Path, st: os.stat_result, stem: str | None = None) -> int:
    """How many of the file's other names are not ParApp's own: a restore keeps a damaged database aside
    by linking it as `<stem>-hong-….db` beside it until its swap (store.restore), and a kill there leaves
    that link; it is no second writer's name."""
    own = 0
    try:
        for entry in os.scandir(path.parent):
            if entry.name.startswith(f"{stem or path.stem}-hong-") and entry.is_file(follow_symlinks=False):
                if os.path.samestat(entry.stat(follow_symlinks=False), st):
                    own += 1
    except OSError:
        pass
    return st.st_nlink - 1 - own


def _check_side_names(path: Path) -> None:
    """SQLite's -wal/-shm beside the database with a second name: a folder copied with links while ParApp had it
    open, its database then copied plainly as DatabaseHasOtherNames advises. The copy's writes went into the other
    folder's WAL and reset it: commits the other data had not yet folded into its file were lost (round 22C)."""
    real = Path(os.path.realpath(path))  # a restore keeps `<its stem>-hong-…-wal` beside the file a link names
    for side in ("-wal", "-shm", "-journal"):
        side_path = Path(f"{real}{side}")
        try:
            st = os.lstat(side_path)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and st.st_nlink > 1 and _other_names(side_path, st, real.stem) > 0:
            raise errors.SideFileHasOtherNames(str(side_path))


def _check_side_access(path: Path, write: bool) -> None:
    """SQLite's files beside the database, another account's: said as such (SideFileForeign), not "the folder is
    read-only, choose another" nor a disk fault (round 17). Reading needs the -wal (and a -journal) readable."""
    for side, need in (("-wal", os.R_OK), ("-journal", os.R_OK), ("-shm", 0)):
        need |= os.W_OK if write else 0
        side_path = Path(f"{os.path.realpath(path)}{side}")  # where SQLite opens them (beside a --db link's file)
        if need and os.path.isfile(side_path) and not os.access(side_path, need):
            if write and os.access(side_path, os.R_OK) and _own(side_path):
                raise errors.SideFileReadOnly(str(side_path))
            raise errors.SideFileForeign(str(side_path))


def _own(path: Path) -> bool:
    """This account's file (on Windows, where access() only reads the read-only mark, any)."""
    try:
        return os.name == "nt" or os.stat(path).st_uid == os.geteuid()
    except OSError:
        return False


def check_openable(path: str | os.PathLike, *, create: bool = False, write: bool = True, head: bool = True) -> None:
    """Raise as open_database would (`write`) or open_readonly would for what can be told from the
    file alone, without writing.

    `head` False for data this process has open through SQLite: the file is not opened to read its first bytes.
    Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's too; the other
    account's ParApp closing then removed the -wal and -shm a read-only window was reading through, and the window
    kept what it had read for good (round 28B)."""
    _check_file(Path(path).expanduser(), create=create, write=write, head=head)


def _check_identity(db: Workspace, path: Path, *, create: bool) -> int:
    """Refuse a foreign SQLite file, or one from a newer ParApp; its schema version (0: nothing yet).

    A SQLite file with no schema at all is taken as new only when creating:
    it is what a first start killed before its first migration committed
    leaves, and it holds nothing. Every other command refuses it.
    """
    if create and _holds_nothing(db):
        return 0
    if not db.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master)").fetchone()[0]:
        raise errors.NotParAppDatabase(str(path))
    return migration_version(db.conn, str(path))


def _holds_nothing(db: Workspace) -> bool:
    """No schema, or only sqlite-utils' migration table with no migration recorded yet
    (what a kill during the very first migration leaves)."""
    owners = {r[0] for r in db.execute("SELECT tbl_name FROM sqlite_master")}
    if not owners:
        return True
    return owners == {"_sqlite_migrations"} and not db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0]


def _quick_check(db: Workspace, path: Path) -> None:
    from parapp.store.text_repair import not_damage

    result = "; ".join(not_damage(db.conn, [r[0] for r in db.execute("PRAGMA quick_check").fetchall()])[:3])
    if result not in ("ok", ""):
        raise errors.DatabaseDamaged(str(path), result)


def failure(exc: sqlite3.DatabaseError | UnicodeDecodeError | OSError, path: Path) -> errors.StoreError:
    """What a SQLite (or file) failure while opening means, in words: busy is never damage, a
    full disk is a full disk, and a disk that fails a read or a write is the disk's fault. Damage
    is said only for what SQLite reports as such."""
    text = str(exc)
    io_error = isinstance(exc, OSError) or primary_code(exc) == 10 or "disk i/o error" in text.lower()
    if is_busy(exc):
        return errors.DatabaseBusy(str(path))
    if is_disk_full(exc) or (io_error and folder_is_full(path.parent)) or os_errno(exc) in (
            errno.ENOSPC, errno.EDQUOT):
        return errors.DiskFull(str(path.parent))
    if "not a database" in text or "file is encrypted" in text:
        return errors.NotParAppDatabase(str(path))
    if "readonly" in text or "unable to open" in text:
        return errors.FolderReadOnly(str(path.parent))
    if io_error:
        detail = os_reason(exc) if isinstance(exc, OSError) else text
        return errors.StorageIOError(str(path.parent), detail, str(path))
    return errors.DatabaseDamaged(str(path), text)


def open_readonly(path: str | os.PathLike, *, upgrade_wait: float | None = None,
                  on_wait: Callable[[str], None] | None = None) -> Workspace:
    """Open a database for reading only: nothing is ever written through it.

    Readers never fail because a writer is at work: in WAL mode they read the
    last committed state. On read-only media (a CD, a locked USB stick) and on a
    full disk, where SQLite cannot keep its -shm beside the file, a private copy
    is read, with what the WAL holds (store.connect.connect_for_reading). A
    database of an older schema is upgraded first, under the writer lock (the only
    time a read open writes); where nothing can be written that is said.
    """
    path = Path(path).expanduser()
    _check_file(path, create=False, write=False)
    db, pending = _open_ro(path)
    if pending:
        limited = db.limited
        db.close()
        if limited == FULL:
            raise errors.DiskFull(str(path.parent))
        if limited is not None or not os.access(path, os.W_OK):
            # The whole folder: the file alone leaves its evidence files and what its -wal holds (round 24B).
            from parapp.datadir import portable_program

            program = portable_program(path)
            if program is not None:  # the window opens no other folder: a copy of the whole ParApp (round 25A)
                raise errors.StoreError(N_("errors", "Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi "
                                                     "chỉ đọc. Hãy chép cả thư mục “{1}” (chương trình ParApp cùng "
                                                     "thư mục ParApp-data bên cạnh) vào máy, rồi chạy ParApp trong "
                                                     "bản chép."), str(path), str(program))
            raise errors.StoreError(N_("errors", "Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi "
                                                 "chỉ đọc. Hãy chép cả thư mục dữ liệu (tệp dữ liệu cùng các tệp bên "
                                                 "cạnh và thư mục evidence) vào máy rồi mở bản chép."), str(path))
        from parapp.store.writer_lock import UPGRADE, WriterLock

        with WriterLock(path).acquire(UPGRADE, wait=upgrade_wait, on_wait=on_wait):
            open_database(path, create=False).close()
        db, _ = _open_ro(path)
    return db


def kept_changing() -> errors.WriterBusy:
    """Data read through a private copy changed under every copy (store.connect.KeptChanging): another ParApp is
    writing it. Said so (wait, run again), as the lock contract says it; never as damage (round 26B)."""
    from parapp.store.writer_lock import WRITE

    return errors.WriterBusy(WRITE)


def _open_ro(path: Path) -> tuple[Workspace, bool]:
    conn = None
    try:
        conn, limited = connect_for_reading(path)
        db = Workspace(conn, path, readonly=True, limited=limited)
        db.execute("PRAGMA schema_version").fetchone()
        version = _check_identity(db, path, create=False)
        _quick_check(db, path)
        pending = version < len(migration_record.KNOWN)
    except NoRoomForCopy as exc:
        raise errors.NoRoomToRead.of(exc) from None
    except KeptChanging:
        raise kept_changing() from None
    except (sqlite3.DatabaseError, OSError) as exc:  # OSError: no room for the private copy
        if conn is not None:
            conn.close()
        raise failure(exc, path) from None
    except UnicodeDecodeError as exc:  # undecodable names: a damaged schema
        if conn is not None:
            conn.close()
        raise errors.DatabaseDamaged(str(path), str(exc)) from None
    except errors.StoreError:
        if conn is not None:
            conn.close()
        raise
    return db, pending


def open_database(path: str | os.PathLike, *, migrate: bool = True, create: bool = True,
                  catalogues_later: bool = False) -> Workspace:
    """Open and upgrade the database at `path` for writing.

    `create`: a missing or 0-byte file (or a SQLite file with no schema at all) becomes a new ParApp database; without
    it such a file is refused (a new file that could not be made one, on a full disk, is removed). Nothing is written
    to a file that is not a sound ParApp database of this version or an older one. Before an existing database is
    upgraded, a snapshot of it is taken, and each migration runs in its own transaction. The command line and the
    window call it holding the writer lock (store.writer_lock); readers use open_readonly().

    `catalogues_later`: where the schema was current already, the shipped catalogues are
    added by finish_opening(), which the caller calls soon after (the window: once its
    first page is shown, since reading them is part of what its start waits for).
    """
    path = Path(path).expanduser()
    new = not os.path.lexists(path)
    existed = _check_file(path, create=create)
    conn = None
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout_s(), check_same_thread=False)
        if not existed:  # made as root (a demo, a first start) in an account's folder: that account's (round 16)
            from parapp.store.atomic import give_to_folder_owner

            give_to_folder_owner(path)
        db = Workspace(conn, path, readonly=False)
        db.execute("PRAGMA schema_version").fetchone()  # fails here on a non-database
        version = _check_identity(db, path, create=create)
        if existed:
            _quick_check(db, path)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL").fetchone()
        # FULL: a committed change survives a power cut, the usual end of a
        # working day in a commune office.
        db.execute("PRAGMA synchronous = FULL")
        if migrate:
            migrated = not nothing_to_migrate(conn, version)
            if migrated:
                _migrate(db, path, snapshot_first=existed and 0 < version < len(migration_record.KNOWN))
            if migrated or not catalogues_later:
                finish_opening(db)
            else:
                from parapp.store.bootstrap import record_user

                record_user(db)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # undecodable names: a damaged schema
        if conn is not None:
            conn.close()
        remove_made(path) if new else None  # a full disk's 0-byte file: "không phải ParApp" after (33B)
        raise failure(exc, path) from None
    except StoreError:
        if conn is not None:
            conn.close()
        remove_made(path) if new else None
        raise
    return db


def _migrate(db: Workspace, path: Path, *, snapshot_first: bool) -> None:
    from parapp.store import schema

    if snapshot_first:
        from parapp.store.backup import take_snapshot

        take_snapshot(db.conn, path.resolve().parent, "truoc-nang-cap")
    schema.migrations.apply(db)


def finish_opening(db: Workspace) -> None:
    """What every open for writing does once the schema is current (store.bootstrap); done
    again, it adds nothing."""
    from parapp.store.bootstrap import after_migrations

    after_migrations(db)

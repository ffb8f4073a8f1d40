"""Opening SQLite files read-only, from any path, and naming SQLite's failures.

SQLite reads a `file:` URI as a URI: an unquoted `#` starts a fragment and `%`
an escape, so a folder named "Hồ sơ #2" would silently lose `?mode=ro` and
open (or create) another file read-write. Every read-only open in ParApp goes
through `readonly_uri()`, which quotes every character that is not a plain
path character.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote, urlencode

from parapp.store import file_head

BUSY_TIMEOUT_MS = 5000


def busy_timeout_s() -> float:
    """How long a statement waits on a database another connection holds: 5 s, or less when
    PARAPP_LOCK_WAIT (how long ParApp waits for another writer at all) says less."""
    try:
        wait = float(os.environ.get("PARAPP_LOCK_WAIT", BUSY_TIMEOUT_MS / 1000))
    except ValueError:
        wait = BUSY_TIMEOUT_MS / 1000
    return max(0.0, min(BUSY_TIMEOUT_MS / 1000, wait))


def readonly_uri(path: str | Path, *, immutable: bool = False) -> str:
    """A `file:` URI for SQLite that opens exactly `path`, read-only.

    `immutable`: for read-only media, where SQLite may not even create the
    -shm file beside the database.
    """
    p = Path(path).expanduser().resolve().as_posix()
    if not p.startswith("/"):
        p = "/" + p          # C:/… on Windows: file:/C:/…
    elif p.startswith("//"):
        p = "//" + p         # \\server\share: an empty authority, then the UNC path
    params = {"mode": "ro"}
    if immutable:
        params["immutable"] = "1"
    return "file:" + quote(p, safe="/:") + "?" + urlencode(params)


def connect_readonly(path: str | Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection that can never write to (or create) the file at `path`.

    `trusted_schema` off: a hostile file's views and triggers may not call
    functions with side effects while it is being checked.
    """
    con = sqlite3.connect(readonly_uri(path, immutable=immutable), uri=True, check_same_thread=False,
                          timeout=busy_timeout_s())
    try:
        con.execute("PRAGMA trusted_schema = OFF")
    except sqlite3.DatabaseError:
        con.close()
        raise
    return con


# Why a reader got a private copy of the database rather than the file itself.
FULL, READ_ONLY = "full", "read-only"
FREE_MIN = 1 << 20   # below this a folder is full: the -shm alone needs 32 KB
_CANTOPEN, _READONLY, _IOERR, _FULL = 14, 8, 10, 13
_SHM_ERRORS = {4618, 4874, 5130, 5386}  # SQLITE_IOERR_SHMOPEN, _SHMSIZE, _SHMLOCK, _SHMMAP


def primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def folder_is_full(folder: str | Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < FREE_MIN
    except OSError:
        return False


def _cannot_share(exc: BaseException) -> bool:
    """SQLite could not make, size or map the -shm a WAL database is read through (a full disk,
    read-only media), as opposed to a file it cannot read at all."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code in _SHM_ERRORS or primary_code(exc) in (_CANTOPEN, _READONLY, _FULL):
        return True
    text = str(exc).lower()
    return code is None and ("unable to open" in text or "readonly" in text or "disk is full" in text)


def connect_for_reading(path: str | Path) -> tuple[sqlite3.Connection, str | None]:
    """A connection that reads every committed change, from wherever the file is, and writes nothing.

    Where SQLite can keep its -shm beside the file, the file itself (None). Where it cannot
    (read-only media: READ_ONLY; a full disk: FULL), a private copy in memory, WAL included:
    `immutable=1` would ignore the WAL and show what was saved before the last commits.
    """
    path = Path(path).expanduser()
    if would_leave_side_files(path):
        return private_copy(path), READ_ONLY
    if os.access(path.parent, os.W_OK):
        con = None
        try:
            con = connect_readonly(path)
            con.execute("PRAGMA schema_version").fetchone()  # the WAL index is opened here, or fails
            return con, None
        except sqlite3.DatabaseError as exc:
            if con is not None:
                con.close()
            if is_busy(exc) or not _cannot_share(exc):
                raise
        why = FULL if folder_is_full(path.parent) else READ_ONLY
    else:
        why = READ_ONLY
    return private_copy(path), why


def would_leave_side_files(path: str | Path) -> bool:
    """Reading the file itself would make a -wal and -shm beside it that stay there: a file this account may not
    write (marked read-only, or another account's) in a folder it may write, without both beside it. SQLite makes
    them with the file's mode (0444 beside a file marked read-only) and this account as owner, and a read-only
    connection never removes them: once the mark was taken off, or by the account owning the data, every write was
    then refused as "another account's -shm", for good (round 24B). Such a file has no writer at work (a writer
    keeps both there): read as it stands (with what a -wal holds), nothing is left."""
    path = Path(path)
    real = os.path.realpath(path)  # SQLite makes them beside the file a --db link names
    if not os.path.isfile(real) or os.access(path, os.W_OK) or not os.access(os.path.dirname(real), os.W_OK):
        return False
    # Both there: shared as they are (a writer may be at work). One missing (a -wal copied without its -shm): SQLite
    # would make the other, the reader's, and leave it.
    return not all(os.path.lexists(f"{real}{side}") for side in ("-wal", "-shm"))


def read_as_it_stands(path: str | Path) -> sqlite3.Connection:
    """The file read with what its -wal (or hot journal) holds, making nothing beside it: immutable when nothing is
    pending there, else a private copy. `immutable=1` alone ignores the -wal: a data cut off before its first clean
    close (its commune's name, even its tables, only there) was read as nameless (round 43A)."""
    real = os.path.realpath(path)  # SQLite keeps them beside the file a link names
    return private_copy(Path(real)) if pending_beside(real) else connect_readonly(real, immutable=True)


def pending_beside(path: str | Path) -> bool:
    """Changes wait beside the file (a -wal or journal not empty) that an immutable read would not see."""
    real = os.path.realpath(path)
    for side in ("-wal", "-journal"):
        try:
            if os.path.getsize(f"{real}{side}") > 0:
                return True
        except OSError:
            continue
    return False


COPY_ATTEMPTS = 8


def source_state(path: str | Path) -> tuple | None:
    """The file's and its -wal's and -journal's identity, size and time, as they stand: it changes when a writer
    saves. None where it cannot be seen (the medium away)."""
    signs: list[tuple[int, int, int] | None] = []
    for side in ("", "-wal", "-journal"):
        try:
            st = os.stat(f"{path}{side}")
        except FileNotFoundError:
            signs.append(None)
        except OSError:
            return None
        else:
            signs.append((st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(signs)


def private_copy(path: Path, attempts: int = COPY_ATTEMPTS) -> sqlite3.Connection:
    """The database read into memory as it stands with its WAL (or hot journal) applied, never
    touching what lies beside it. With nothing pending beside the file, the file is read as is;
    else it and its WAL are copied to a private temporary folder, where SQLite itself brings the
    WAL in, and then read into memory (the temporary folder is gone when this returns).

    Read again when the file or its -wal changed meanwhile: a writer beside it (the owner's ParApp, for an account
    that may only read) saved between the file and its -wal, and the copy held half of each: "damaged, restore
    from a backup" said of sound data, or an index and its table disagreeing (round 26B). `attempts`: 1 for the
    window's follower (ui.readonly_follow), which tries again at its next look rather than wait on screen."""
    import time

    remove_left_copies()  # here, not only on the way through the temporary folder (round 28B)
    for attempt in range(attempts):
        before = source_state(path)
        mem = _copy_once(path)
        if before is None or source_state(path) == before:
            return mem
        mem.close()
        if attempt + 1 < attempts:
            time.sleep(0.05 * (attempt + 1))
    raise KeptChanging(str(path))


class KeptChanging(Exception):
    """A writer beside the file saved while every private copy of it was read (said by store.errors as another
    ParApp writing: wait and read again; never "damaged")."""


def _copy_once(path: Path) -> sqlite3.Connection:
    mem = sqlite3.connect(":memory:", check_same_thread=False)
    sides = [Path(f"{path}{s}") for s in ("-wal", "-journal")]
    pending = [s for s in sides if s.is_file() and s.stat().st_size > 0]
    try:
        if not pending:
            src = connect_readonly(path, immutable=True)
            try:
                src.backup(mem)
            finally:
                src.close()
        else:
            _read_through_temp(path, pending, mem)
        mem.execute("PRAGMA trusted_schema = OFF")
        mem.execute("PRAGMA query_only = ON")  # a copy, but still never a place to write
    except BaseException:
        mem.close()
        raise
    return mem


def _read_through_temp(path: Path, pending: list[Path], mem: sqlite3.Connection) -> None:
    """The file and its WAL copied to a temporary folder, where SQLite brings the WAL in, then read
    into `mem`. What fails writing there is the temporary folder's (its disk full), said as such:
    blamed on the data's folder, a CD was called full and the advice was to delete files from it."""
    import errno

    from parapp.core.messages import os_errno

    temp = _temporary_folder()
    tmp: str | None = None
    try:
        # A file the antivirus holds a moment (Windows) is left for the sweep: the copy was read (round 29B).
        with tempfile.TemporaryDirectory(prefix=COPY_PREFIX, ignore_cleanup_errors=True) as tmp:
            copy = Path(tmp) / "parapp.db"
            file_head.copy_file(path, copy)  # a database this process holds: its locks kept
            for side in pending:
                shutil.copyfile(side, Path(f"{copy}{side.name[len(path.name):]}"))
            src = sqlite3.connect(copy)
            try:
                src.execute("PRAGMA trusted_schema = OFF")
                src.backup(mem)
            finally:
                src.close()
    except OSError as exc:
        if os_errno(exc) in (errno.ENOSPC, errno.EDQUOT):
            raise NoRoomForCopy(temp) from None
        if exc.filename and (tmp is None or os.fsdecode(exc.filename).startswith(os.path.join(tmp, ""))):
            # The copy's own folder, never the data's: data kept under /tmp was said "no right to write to /tmp".
            raise NoRoomForCopy(temp, exc) from None
        raise
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc):  # SQLite bringing the WAL into the copy
            raise NoRoomForCopy(temp) from None
        raise


COPY_PREFIX = "parapp-doc-"
CHECK_PREFIX = "parapp-kiem-tra-"  # a backup's database unpacked to be checked (store.restore_precheck)
LEFT_AFTER_S = 3600  # a copy is made in seconds: one this old was left by a ParApp killed while making it


def _temporary_folder() -> str:
    """The system's temporary folder, for the copy. None usable (TMPDIR/TEMP gone, /tmp read-only, the working folder
    not writable): Python says "No usable temporary directory found", which was said as the data's drive being
    unreadable ("check the drive or USB") of a sound one; that folder is named, as a full one is (round 28B)."""
    try:
        return tempfile.gettempdir()
    except OSError as exc:
        named = next((os.environ[v] for v in ("TMPDIR", "TEMP", "TMP") if os.environ.get(v)), "/tmp")
        raise NoRoomForCopy(named, exc) from None


def remove_left_copies() -> None:
    """What a copy killed midway left (logged off, a power cut, the task manager) removed: a whole copy of the data
    each time, never removed (179 MB after one kill of a window following a 178 MB database; round 27B). Only this
    account's folders of that name, untouched for an hour (another ParApp's copy being made now is kept). At every
    private copy: data with no -wal beside it (a CD, another account's once its ParApp closed) is read in place, and
    what was left stayed for good when only a copy through the temporary folder removed it (round 28B). A backup's
    database unpacked to be checked too, and at each check (round 29B: left for good by a check killed, or whose
    folder was held a moment)."""
    import stat
    import time

    limit = time.time() - LEFT_AFTER_S
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith((COPY_PREFIX, CHECK_PREFIX)):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if (not stat.S_ISDIR(st.st_mode) or st.st_mtime > limit
                    or (hasattr(os, "getuid") and st.st_uid != os.getuid())):
                continue
            shutil.rmtree(entry.path, ignore_errors=True)
        except OSError:
            continue


class NoRoomForCopy(Exception):
    """The private copy could not be written in the temporary folder `temp` (said by store.errors.NoRoomToRead:
    this module stays below that one)."""

    def __init__(self, temp: str, exc: OSError | None = None):
        super().__init__(temp)
        self.temp, self.exc = temp, exc


def tolerant(con: sqlite3.Connection) -> sqlite3.Connection:
    """Text read back as it can be: a damaged file's names and messages may not be UTF-8,
    and that must read as damage, not fail the check."""
    con.text_factory = lambda b: b.decode("utf-8", "replace")
    return con


def is_busy(exc: BaseException) -> bool:
    """Another connection holds the database: a reason to wait, never damage."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and (
        getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc).lower())


def is_storage_error(exc: BaseException) -> bool:
    """SQLite could not read or write the file (as opposed to a fault of ParApp's own)."""
    return isinstance(exc, sqlite3.Error)


def odd_side_file(db_path) -> str | None:
    """The first of SQLite's files beside the database (`-journal`, `-wal`, `-shm`) that is there but no
    file: SQLite waits for ever on a FIFO there, and refuses a link there as a "read-only folder" (round 16).
    None when there is none. Beside the file a link at the database names: SQLite puts them there, and a
    FIFO beside it hung every command given the link as --db (round 17)."""
    import stat

    db_path = os.path.realpath(db_path)
    for side in ("-journal", "-wal", "-shm"):
        try:
            st = os.lstat(f"{db_path}{side}")
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            return f"{db_path}{side}"
    return None


def saved_language(db_path) -> str | None:
    """The interface language saved in a database, read before it is opened and without the
    rest of the store (the window needs it before its frame is shown). None: not set or not readable."""
    if odd_side_file(db_path):  # said when the data is opened; read here, the window hung before its frame
        return None
    # Read-only media or a full disk: the file as it is will do for this; so too where reading it would leave files.
    for immutable in (False, True) if not would_leave_side_files(db_path) else (True,):
        try:
            con = connect_readonly(db_path, immutable=immutable)
            try:
                row = con.execute("SELECT value FROM settings WHERE key = 'pref.language'").fetchone()
            finally:
                con.close()
            return row[0] if row else None
        except sqlite3.Error:
            continue
    return None


def holds_officials(db_path) -> bool:
    """Whether a database has officials (the sample commune made whole: it is made in one transaction, its officials
    first). A try that failed (a full disk) left a parapp.db with its tables and nothing in them (round 30B)."""
    if odd_side_file(db_path):
        return True  # not judged here: opened as it is, and said there
    try:
        con = connect_readonly(db_path)
        try:
            return con.execute("SELECT EXISTS (SELECT 1 FROM officials)").fetchone()[0] == 1
        finally:
            con.close()
    except sqlite3.Error:
        return False

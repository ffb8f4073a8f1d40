"""The one place that opens a ParApp database.

It checks what the file is before writing anything, sets the pragmas, runs the
migrations and loads the shipped catalogues. The app, the command line and
every test call it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import sqlite_utils.plugins
from sqlite_utils import Database

# ParApp uses no sqlite-utils plugins, and a plugin someone installed beside it must not
# change how its database behaves; not scanning for them also saves start-up time.
sqlite_utils.plugins._plugins_loaded = True  # noqa: SLF001 - the library's own switch

from parapp.core.messages import N_
from parapp.store import errors
from parapp.store.errors import StoreError  # noqa: F401 - re-exported
from parapp.store.schema import KNOWN, MIGRATION_SET, migrations, schema_version  # noqa: F401

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def now_stamp() -> str:
    """Local time to the second: when a row was written, for people to read."""
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


def _check_file(path: Path) -> bool:
    """Raise if the path cannot hold a ParApp database; True if it exists."""
    folder = path.parent
    if not folder.is_dir():
        raise errors.FolderMissing(str(folder))
    exists = path.exists()
    if exists:
        if path.is_dir():
            raise errors.NotParAppDatabase(str(path))
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
        if head and head != SQLITE_HEADER:
            raise errors.NotParAppDatabase(str(path))
    # WAL needs to create -wal and -shm files beside the database.
    if not os.access(folder, os.W_OK) or (exists and not os.access(path, os.W_OK)):
        raise errors.FolderReadOnly(str(folder))
    return exists


def _check_identity(db: Database, path: Path) -> None:
    """Refuse a foreign SQLite file, or one from a newer ParApp."""
    tables = set(db.table_names())
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if not user_tables:
        return  # a new, empty file
    if "_sqlite_migrations" not in tables:
        raise errors.NotParAppDatabase(str(path))
    applied = [m.name for m in migrations.applied(db)]
    if not applied:
        raise errors.NotParAppDatabase(str(path))
    unknown = [name for name in applied if name not in KNOWN]
    if unknown:
        raise errors.DatabaseTooNew(str(path), ", ".join(unknown))


def _quick_check(db: Database, path: Path) -> None:
    result = "; ".join(r[0] for r in db.execute("PRAGMA quick_check").fetchall()[:3])
    if result != "ok":
        raise errors.DatabaseDamaged(str(path), result)


def open_readonly(path: str | os.PathLike) -> Database:
    """Open a database on read-only media (a CD, a locked USB stick): no writes, no migrations."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise errors.NotParAppDatabase(str(path))
    from urllib.parse import quote

    # immutable: no -shm/-wal files can be made beside it, and none will change under us
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        db = Database(conn)
        db.execute("PRAGMA schema_version").fetchone()
        _check_identity(db, path)
        _quick_check(db, path)
        if migrations.pending(db):
            raise errors.StoreError(N_("errors", "Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi chỉ đọc. "
                                                 "Hãy chép tệp vào máy rồi mở lại."), str(path))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # undecodable names: a damaged schema
        raise errors.DatabaseDamaged(str(path), str(exc)) from None
    db.path = path  # type: ignore[attr-defined]
    db.readonly = True  # type: ignore[attr-defined]
    return db


def open_database(path: str | os.PathLike, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and upgrade the database at `path`.

    Nothing is written to a file that is not a sound ParApp database of this
    version or an older one. Before an existing database is upgraded, a
    snapshot of it is taken, and each migration runs in its own transaction.
    """
    path = Path(path).expanduser()
    existed = _check_file(path)
    conn = None
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA schema_version").fetchone()  # fails here on a non-database
        _check_identity(db, path)
        if existed:
            _quick_check(db, path)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL").fetchone()
        # FULL: a committed change survives a power cut, the usual end of a
        # working day in a commune office.
        db.execute("PRAGMA synchronous = FULL")
        if migrate:
            if existed and migrations.applied(db) and migrations.pending(db):
                from parapp.store.backup import take_snapshot

                take_snapshot(conn, path.resolve().parent, "truoc-nang-cap")
            migrations.apply(db)
            from parapp.store.audit import record_os_user
            from parapp.store.catalogues import sync_catalogues

            sync_catalogues(db)
            record_os_user(db)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # undecodable names: a damaged schema
        if conn is not None:
            conn.close()
        if "not a database" in str(exc) or "file is encrypted" in str(exc):
            raise errors.NotParAppDatabase(str(path)) from None
        if "readonly" in str(exc) or "unable to open" in str(exc):
            raise errors.FolderReadOnly(str(path.parent)) from None
        raise errors.DatabaseDamaged(str(path), str(exc)) from None
    except StoreError:
        if conn is not None:
            conn.close()
        raise
    db.path = path  # type: ignore[attr-defined]
    db.readonly = False  # type: ignore[attr-defined]
    return db

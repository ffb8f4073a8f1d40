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

from sqlite_utils import Database

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


def open_database(path: str | os.PathLike, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and upgrade the database at `path`."""
    path = Path(path).expanduser()
    _check_file(path)
    conn = None
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA schema_version").fetchone()  # fails here on a non-database
        _check_identity(db, path)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL").fetchone()
        # FULL: a committed change survives a power cut, the usual end of a
        # working day in a commune office.
        db.execute("PRAGMA synchronous = FULL")
        if migrate:
            migrations.apply(db)
            from parapp.store.catalogues import sync_catalogues

            sync_catalogues(db)
    except sqlite3.DatabaseError as exc:
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
    return db

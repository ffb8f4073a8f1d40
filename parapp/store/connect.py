"""Opening SQLite files read-only, from any path, and naming SQLite's failures.

SQLite reads a `file:` URI as a URI: an unquoted `#` starts a fragment and `%`
an escape, so a folder named "Hồ sơ #2" would silently lose `?mode=ro` and
open (or create) another file read-write. Every read-only open in ParApp goes
through `readonly_uri()`, which quotes every character that is not a plain
path character.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote, urlencode

import os

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


def saved_language(db_path) -> str | None:
    """The interface language saved in a database, read before it is opened and without the
    rest of the store (the window needs it before its frame is shown). None: not set or not readable."""
    try:
        con = connect_readonly(db_path)
        try:
            row = con.execute("SELECT value FROM settings WHERE key = 'pref.language'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None

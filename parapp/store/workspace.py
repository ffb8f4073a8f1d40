"""The open data of one commune, as the store hands it out.

A Workspace is the connection, the file it was opened from, the folder that holds
its evidence and backups, whether it may be written, and who is working. The
window's pages and the commands receive it; nothing is patched onto a library's
object, and nobody asks `getattr(db, "path", …)`.

Every store function takes it as a sqlite-utils Database, and it answers as one:
`execute` is its own (the same rules as Database.execute), and everything else
(`db[...]`, `atomic`, `query`, `table_names` …) goes to a Database over the same
connection, made the first time it is asked for. Why not a Database itself: loading
sqlite-utils (with click, dateutil and pluggy under it) was a fifth of the window's
start, and reading the first page needs only `execute` (issue 23).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parapp.store import file_head

if TYPE_CHECKING:  # the type checker sees a Database; at run time one is made only when needed
    from sqlite_utils import Database
    from sqlite_utils import Database as _Base
else:
    _Base = object

# Statements that begin, end or mark a transaction themselves (sqlite_utils.db's list).
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


def first_keyword(sql: str) -> str:
    """The statement's first keyword, upper-cased, past blanks, comments, bare `;` and a BOM
    (as sqlite_utils.db._first_keyword reads it)."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def sqlite_utils_database(conn: sqlite3.Connection, **options: Any) -> Database:
    """A sqlite-utils Database over `conn`, with no plugin scan: ParApp uses none, a plugin
    someone installed beside it must not change how its database behaves, and the scan costs time."""
    import sqlite_utils.plugins
    from sqlite_utils import Database

    sqlite_utils.plugins._plugins_loaded = True  # noqa: SLF001 - the library's own switch
    return Database(conn, execute_plugins=False, **options)


def _still_the_data(conn: sqlite3.Connection, path: Path) -> bool:
    """A copy made again is the data this window opened (a ParApp database of this version, sound): for a moment
    the file may be something else (emptied by a copy back over it, half written, another SQLite file put there),
    and that copy swapped in failed every page ("no such table"), said as damage, then showed and printed nothing
    (round 27B). What was read before stays until the data is back."""
    from parapp.store.migration_record import KNOWN, migration_version

    try:
        if migration_version(conn, str(path)) != len(KNOWN):
            return False
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except Exception:  # noqa: BLE001 - not a ParApp database, or unreadable: not the data
        return False


class Workspace(_Base):
    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool, limited: str | None = None):
        self.conn = conn
        self._database: Database | None = None
        # What sqlite-utils' Database does on opening: a trigger's own writes fire triggers too.
        self.execute("PRAGMA recursive_triggers=on;")
        self.path = Path(path)
        self._held = file_head.held(path)  # its first bytes read without dropping this connection's locks
        self.readonly = readonly
        # Why the data is read from a private copy (store.connect.FULL, READ_ONLY), or None: the file itself.
        self.limited = limited
        # Why the private copy could not be made again at the last look (read_copy_again), or None: "busy" (a writer
        # saving while it was read), a store error (errors.NoRoomToRead), or "unreadable" (not the data for now).
        self.copy_trouble: object = None

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """As Database.execute: a write outside a transaction is committed at once; a failed
        statement leaves no transaction open behind it."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and first_keyword(sql) not in _TRANSACTION_CONTROL):
            conn.execute("COMMIT")
        return cursor

    def close(self) -> None:
        self.conn.close()
        file_head.released(self._held)

    def data_version(self) -> int | None:
        """SQLite's count of commits by other connections (PRAGMA data_version): a read-only window follows another
        writer's saves by it (ui.readonly_follow). None where it cannot be read (a medium gone)."""
        try:
            return self.conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None

    def copy_source(self) -> tuple | None:
        """What a private copy (self.limited) was read from, as it stands on disk (store.connect.source_state): it
        changes when a writer beside saves; None where it cannot be seen."""
        from parapp.store.connect import source_state

        return source_state(self.path)

    def read_copy_again(self) -> bool:
        """A private copy made again from the file (with what its -wal holds): a writer beside it saved (a read-only
        window on another account's data it may not write kept what it read at opening, round 26B). False, the
        copy kept, when the file changed while it was read (a writer in the middle of a save) or cannot be read."""
        from parapp.store import errors
        from parapp.store.connect import KeptChanging, NoRoomForCopy, private_copy

        before = self.copy_source()
        if self.limited is None:
            return False
        self.copy_trouble = "unreadable"  # the medium away, not the data for now: said until the copy is made again
        if before is None:
            return False
        try:
            conn = private_copy(self.path, attempts=1)
        except KeptChanging:
            self.copy_trouble = "busy"
            return False
        except NoRoomForCopy as exc:  # the temporary folder full: the window said nothing and stayed as it was
            self.copy_trouble = errors.NoRoomToRead.of(exc)
            return False
        except Exception:  # noqa: BLE001 - whatever else the copy met: the old copy stays
            return False
        if self.copy_source() != before:
            self.copy_trouble = "busy"
            conn.close()
            return False
        if not _still_the_data(conn, self.path):
            conn.close()
            return False
        self.copy_trouble = None
        conn.execute("PRAGMA recursive_triggers=on;")
        old, self.conn, self._database = self.conn, conn, None
        old.close()
        return True

    @property
    def database(self) -> Database:
        """The sqlite-utils Database over this connection (made on first use)."""
        if self._database is None:
            self._database = sqlite_utils_database(self.conn, recursive_triggers=False)
        return self._database

    def __getattr__(self, name: str) -> Any:
        # Only what the Workspace does not have itself: the rest of sqlite-utils' Database.
        if name.startswith("__") or name == "_database":
            raise AttributeError(name)
        return getattr(self.database, name)

    def __getitem__(self, table_name: str) -> Any:
        return self.database[table_name]

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Workspace {self.path}>"

    @property
    def data_dir(self) -> Path:
        """Evidence files, snapshots and logs live beside the database they belong to (datadir.data_dir_for)."""
        from parapp.datadir import data_dir_for

        return data_dir_for(self.path)

    @property
    def official_id(self) -> int | None:
        """Who is working (the official the change log names), as set for this computer's user."""
        row = self.execute("SELECT official_id FROM audit_actor WHERE id = 1").fetchone()
        return row[0] if row else None

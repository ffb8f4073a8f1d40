"""The open data of one commune, as the store hands it out.

A Workspace is the connection (it is a sqlite-utils Database, so every store
function takes it as one), the file it was opened from, the folder that holds
its evidence and backups, whether it may be written, and who is working. The
window's pages and the commands receive it; nothing is patched onto a
library's object, and nobody asks `getattr(db, "path", …)`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database


class Workspace(Database):
    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool, limited: str | None = None):
        # No plugin scan: ParApp uses none, and it costs start-up time.
        super().__init__(conn, execute_plugins=False)
        self.path = Path(path)
        self.readonly = readonly
        # Why the data is read from a private copy (store.connect.FULL, READ_ONLY), or None: the file itself.
        self.limited = limited

    @property
    def data_dir(self) -> Path:
        """Evidence files, snapshots and logs live beside the database they belong to."""
        return self.path.resolve().parent

    @property
    def official_id(self) -> int | None:
        """Who is working (the official the change log names), as set for this computer's user."""
        row = self.execute("SELECT official_id FROM audit_actor WHERE id = 1").fetchone()
        return row[0] if row else None

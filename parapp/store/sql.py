"""The SQL helpers every store module uses: a leaf that imports nothing else of the store,
so any module may use it without reaching the open-and-upgrade routine (store/db.py)."""

from __future__ import annotations

import datetime as dt


def inserted_id(cursor) -> int:
    """The id SQLite gave the row just inserted (always set after an INSERT of one row)."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise RuntimeError("no row was inserted")
    return int(rowid)


def now_stamp() -> str:
    """Local time to the second: when a row was written, for people to read."""
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")

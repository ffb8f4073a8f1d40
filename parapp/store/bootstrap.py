"""What every open for writing does once the schema is current: the shipped catalogues
added where the database lacks them, and this computer's user recorded as the one who
changes things. Kept apart from store/db.py so that opening a file imports no table's
module, and no table's module reaches back to the opening."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from parapp.store.change_log import record_os_user
from parapp.store.catalogues import sync_catalogues

if TYPE_CHECKING:
    from sqlite_utils import Database


def after_migrations(db: Database) -> None:
    with _unless_text_gone_bad(db):
        sync_catalogues(db)
    record_user(db)
    _write_through(db)


def _write_through(db: Database) -> None:
    """What the -wal holds written through to the file. A new data's schema stayed there (until 4 MB of changes or a
    clean close; a power cut left it so): read as it stands (side_names.database_in), the file was no ParApp data, and
    a sample commune was made beside it, sharing its evidence and snapshots (round 42A). Passive: never waits for a
    reader; a disk too full for it leaves the data as before, safe in its -wal."""
    import sqlite3

    try:
        db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.OperationalError:
        pass


def record_user(db: Database) -> None:
    with _unless_text_gone_bad(db):
        record_os_user(db)


@contextmanager
def _unless_text_gone_bad(db: Database) -> Iterator[None]:
    """Left for a later open when what it reads holds text gone bad on disk (not UTF-8): the data opened for nothing
    else ("Không mở được … hãy khôi phục từ bản sao lưu gần nhất"), neither in the window, whose "Sửa chỗ chữ hỏng"
    mends it, nor for parapp repair (round 33A). Done at the first open after the repair."""
    import sqlite3

    from parapp.store.text_repair import bad_texts

    try:
        yield
    except sqlite3.OperationalError:
        if not bad_texts(db.conn):
            raise

"""What every open for writing does once the schema is current: the shipped catalogues
added where the database lacks them, and this computer's user recorded as the one who
changes things. Kept apart from store/db.py so that opening a file imports no table's
module, and no table's module reaches back to the opening."""

from __future__ import annotations
from typing import TYPE_CHECKING

from parapp.store.change_log import record_os_user
from parapp.store.catalogues import sync_catalogues

if TYPE_CHECKING:
    from sqlite_utils import Database


def after_migrations(db: Database) -> None:
    sync_catalogues(db)
    record_os_user(db)

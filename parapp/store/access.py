"""How a command gets at a database: to read, or to write holding the writer lock.

Every command of the command line goes through one of these two, so the rules
live here once: readers never write and never wait for a writer; a writer
takes the lock before it opens the file (a restore may replace the file until
then), cleans what a killed predecessor left, and gives the lock back when the
connection is closed. Only `create=True` (demo) makes a new database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, TYPE_CHECKING

from parapp.store.db import check_openable, open_database, open_readonly
from parapp.store.leftovers import clean_data_folder
from parapp.store.writer_lock import WriterLock

if TYPE_CHECKING:
    from sqlite_utils import Database

OnWait = Callable[[str], None]


@contextmanager
def reading(db_path: str | os.PathLike, *, on_wait: OnWait | None = None) -> Iterator[Database]:
    db = open_readonly(db_path, on_wait=on_wait)
    try:
        yield db
    finally:
        db.close()


@contextmanager
def writing(db_path: str | os.PathLike, activity: str, *, create: bool = False, wait: float | None = None,
            on_wait: OnWait | None = None, migrate: bool = True) -> Iterator[Database]:
    check_openable(db_path, create=create)  # before the lock file: a wrong path gets nothing written beside it
    with WriterLock(db_path).acquire(activity, wait=wait, on_wait=on_wait):
        clean_data_folder(Path(db_path))
        db = open_database(db_path, create=create, migrate=migrate)
        try:
            yield db
        finally:
            db.close()

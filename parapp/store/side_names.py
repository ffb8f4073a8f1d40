"""The files ParApp and SQLite keep beside a database, never a database to open or restore into.

Explorer hides the last extension: in a data folder "parapp.db.lock" (the writer lock, there while the window is
open) shows as "parapp.db", and "parapp.db-wal" as "parapp". Given as `--db`, a restore wrote the backup into the
lock (or the WAL) and said it restored the data, which it left as it was; the next open of the data wrote its lock
over that file (or reset the WAL), and what the office took for its restored data was gone (round 30A).
"""

from __future__ import annotations

import os
from pathlib import Path

from parapp.core.messages import N_
from parapp.core.shell_words import shell_arg
from parapp.store.errors import NotParAppDatabase, StoreError

# SQLite's (-wal, -shm, -journal), the writer lock's, and a restore's own (store.leftovers).
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", ".restoring", ".restoring-added")


def database_beside(path: Path) -> Path | None:
    """The database `path` is a side file of (its name with the side's suffix taken off, a file beside), or None."""
    name = Path(path).name
    for suffix in SIDE_SUFFIXES:
        # As the system compares names: "PARAPP.DB.LOCK" is the lock on Windows.
        if os.path.normcase(name).endswith(suffix) and len(name) > len(suffix):
            owner = Path(path).with_name(name[: -len(suffix)])
            if os.path.isfile(owner):  # no raise in a folder this account may not enter
                return owner
    return None


class DatabaseSideFile(NotParAppDatabase):
    def __init__(self, path, owner):
        StoreError.__init__(self, N_("errors", "“{0}” là tệp phụ ParApp giữ bên cạnh tệp dữ liệu “{1}”, không phải tệp "
                                               "dữ liệu (Windows có thể hiện nó với tên giống tệp dữ liệu); chưa làm "
                                               "gì, dữ liệu không bị thay đổi. Hãy dùng --db {2}."),
                            str(path), str(owner), shell_arg(owner))


def refuse_side_file(path: Path) -> None:
    owner = database_beside(Path(path))
    if owner is not None:
        raise DatabaseSideFile(path, owner)

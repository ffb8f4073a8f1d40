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


# The folders ParApp keeps beside a database (store.evidence's, store.backup's): `--out` refuses them (files.py).
_OWN_FOLDERS = ("evidence", "backups")
_SQLITE_HEADER = b"SQLite format 3\x00"


def _holds_database(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            for e in entries:
                if os.path.normcase(e.name).endswith(".db") and e.is_file():
                    with open(e.path, "rb") as fh:
                        if fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER:
                            return True
    except OSError:
        pass
    return False


def data_folder_around(path: Path) -> tuple[Path, str] | None:
    """(the data folder, its own folder) when `path` lies in the evidence or backups folder of a data folder (one
    holding a database), as named or where links lead; else None."""
    for p in dict.fromkeys((Path(os.path.abspath(path)), Path(os.path.realpath(path)))):
        for folder in p.parents:
            if os.path.normcase(folder.name) in _OWN_FOLDERS and _holds_database(folder.parent):
                return folder.parent, folder.name
    return None


class InOwnFolder(StoreError):
    def __init__(self, path, data_dir, sub):
        StoreError.__init__(self, N_("errors", "“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ "
                                               "tệp kiểm chứng và bản sao lưu của dữ liệu đó: không khôi phục vào đó, "
                                               "chưa ghi gì. Hãy chọn một thư mục riêng (ngoài “{2}”) cho dữ liệu "
                                               "khôi phục, hoặc chính tệp dữ liệu đang dùng."),
                            str(path), sub, str(data_dir))


def refuse_data_folders_own(path: Path) -> None:
    """A database restored into another data folder's evidence or backups (round 40A): made among that data's files,
    with its own evidence folder inside theirs, where `--out` refuses to write a report."""
    found = data_folder_around(Path(path))
    if found is not None:
        raise InOwnFolder(path, *found)

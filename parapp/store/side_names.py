"""The files ParApp and SQLite keep beside a database, never a database to open or restore into.

Explorer hides the last extension: in a data folder "parapp.db.lock" (the writer lock, there while the window is
open) shows as "parapp.db", and "parapp.db-wal" as "parapp". Given as `--db`, a restore wrote the backup into the
lock (or the WAL) and said it restored the data, which it left as it was; the next open of the data wrote its lock
over that file (or reset the WAL), and what the office took for its restored data was gone (round 30A).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from parapp.core.messages import N_
from parapp.datadir import DB_FILENAME
from parapp.core.shell_words import shell_arg
from parapp.store.errors import NotParAppDatabase, StoreError
from parapp.store import file_head

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


# Never a database of the folder, whatever they hold: a side file of one (its owner there or not) or a copy under way.
_NOT_DATA = (*SIDE_SUFFIXES, ".partial", ".parapp-backup")

# The folders ParApp keeps beside a database (store.evidence's, store.backup's): `--out` refuses them (files.py).
_OWN_FOLDERS = ("evidence", "backups")
_SQLITE_HEADER = b"SQLite format 3\x00"
KEPT_ASIDE = re.compile(r"-hong-\d{8}-\d{6}(-\d+)?(\.[^.]*)?$")


def _is_parapp_database(path: str) -> bool:
    from parapp.store.connect import connect_readonly, pending_beside, read_as_it_stands

    try:
        if file_head.head(path, len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            return False
    except OSError:
        return False
    # As it stands: nothing made beside it, no wait for a writer. Then, only if that shows no ParApp data, with what
    # its -wal holds: a new data open on a disk too full to write its schema through (round 42A's checkpoint) was a
    # part of a file without it, and a sample commune was made beside it (round 43A). Another program's data (its own
    # tables seen) is not copied for it: a large one beside the data would be, at every look at the folder.
    return _has_migrations(lambda: connect_readonly(path, immutable=True)) \
        or (pending_beside(path) and not another_programs(Path(path))
            and _has_migrations(lambda: read_as_it_stands(path)))


def _has_migrations(connect) -> bool:
    import sqlite3

    from parapp.store.connect import KeptChanging, NoRoomForCopy

    try:
        con = connect()
        try:
            return con.execute("SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'").fetchone() is not None
        finally:
            con.close()
    except (OSError, sqlite3.Error, ValueError, KeptChanging, NoRoomForCopy):
        return False


def parapp_data_of(path: Path) -> Path | None:
    """The ParApp data `path` is, or is a side file of (its -wal, -shm, lock), else None: read without costing this
    process's locks on it (store.file_head)."""
    owner = database_beside(Path(path))
    for candidate in (owner, Path(path)) if owner is not None else (Path(path),):
        if _is_parapp_database(str(candidate)):
            return candidate
    return None


def another_programs(path: Path) -> bool:
    """A readable SQLite file with tables, none ParApp's migration record: another program's data (a contacts list),
    never replaced by a restore. One SQLite cannot read (damage) or with no tables is not said so: ParApp's own
    damaged data is kept aside by the restore as before."""
    import sqlite3

    from parapp.store.connect import connect_readonly

    try:
        con = connect_readonly(path, immutable=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except (OSError, sqlite3.Error, ValueError, UnicodeDecodeError):
        return False
    # Any of ParApp's own tables left: its data, damaged (kept aside by the restore), never another program's.
    return bool(names) and not names & {"_sqlite_migrations", "settings", "tasks", "plans", "officials"}


def database_in(folder: Path, besides: Path | None = None) -> Path | None:
    """A ParApp database in `folder` (not `besides`, nor a copy of it a restore kept aside), or None, whatever its
    name: `--db` takes any ("xa.sqlite"), and only `.db` names seen, another data's evidence was replaced by an `--out`
    (round 42A). A backup's temporary copy
    (….parapp-backup.<x>.db, left by a killed backup made into the folder) and the side files and leftovers beside a
    database (a killed restore's "xa.db.restoring", its data not there yet) are no database of the folder."""
    own = Path(folder) / DB_FILENAME  # named first when there: a kept-aside damaged copy beside it is not "the data"
    if (besides is None or os.path.normcase(str(own)) != os.path.normcase(str(besides))) \
            and os.path.isfile(own) and _is_parapp_database(str(own)):
        return own
    try:
        with os.scandir(folder) as entries:
            # A damaged data a restore kept aside (store.restore: "xa-hong-<time>.db") last: named first by its name,
            # `--db <the folder>` was sent to it, not to the data restored beside it (round 43A).
            for e in sorted(entries, key=lambda e: (KEPT_ASIDE.search(e.name) is not None, e.name)):
                name = os.path.normcase(e.name)
                if name.endswith(_NOT_DATA) or ".parapp-backup." in name or not e.is_file():
                    continue
                if besides is not None and (os.path.normcase(e.path) == os.path.normcase(str(besides))
                                            or _kept_aside_of(e.name, besides)):
                    continue
                if _is_parapp_database(e.path):
                    return Path(e.path)
    except OSError:
        pass
    return None


def kept_aside_from(path: Path) -> Path | None:
    """The data `path` is a copy of, kept aside by a restore ("xa.db" of "xa-hong-<time>.db"), when it is there; else
    None. Its folder's snapshots are that data's, never the copy's."""
    found = re.fullmatch(r"(.+)-hong-\d{8}-\d{6}(?:-\d+)?(\.[^.]*)?", Path(path).name)
    if found is None:
        return None
    data = Path(path).with_name(found.group(1) + (found.group(2) or ""))
    return data if os.path.isfile(data) and _is_parapp_database(str(data)) else None


class KeptAsideCopy(StoreError):
    def __init__(self, path, data, restore: bool = True):
        if not restore:
            StoreError.__init__(self, N_("errors", "“{0}” là bản hỏng ParApp đã giữ lại khi khôi phục “{1}”, không "
                                                   "phải dữ liệu đang dùng: dữ liệu đang dùng là “{1}” (parapp check "
                                                   "--db {2}); không cần khôi phục vào tệp này."),
                                str(path), str(data), shell_arg(data))
            return
        StoreError.__init__(self, N_("errors", "“{0}” là bản hỏng ParApp đã giữ lại khi khôi phục “{1}”, không phải "
                                               "dữ liệu đang dùng: khôi phục vào đó thì thư mục có hai dữ liệu, chung "
                                               "cả thư mục tệp kiểm chứng và bản sao lưu tự động. Chưa khôi phục, chưa "
                                               "ghi gì. Nếu muốn thay dữ liệu đang dùng, hãy khôi phục vào chính nó: "
                                               "--db {2}"),
                            str(path), str(data), shell_arg(data))


def refuse_as_restore_target(path: Path) -> None:
    """What a restore never writes into, whatever it holds: a side file of a data, a place in another data's folder
    or beside it, a damaged copy kept aside beside its data."""
    refuse_side_file(path)
    refuse_data_folders_own(path)
    refuse_kept_aside(path)


def refuse_kept_aside(path: Path) -> None:
    """A restore into a damaged copy a restore kept aside, its data beside it: a second data in the folder, one
    evidence folder and one backups/auto for both (`parapp check` of the copy said "hãy khôi phục …", round 44A)."""
    data = kept_aside_from(Path(path))
    if data is not None:
        raise KeptAsideCopy(path, data)


def _kept_aside_of(name: str, path: Path) -> bool:
    """`name` is a copy of the data at `path` a restore kept aside, damaged ("xa-hong-<time>.db" of "xa.db"): no other
    data. Taken for one, the data put back under its own name was refused beside it (round 43A)."""
    kept = re.fullmatch(re.escape(os.path.normcase(path.stem)) + r"-hong-\d{8}-\d{6}(-\d+)?"
                        + re.escape(os.path.normcase(path.suffix)), os.path.normcase(name))
    return kept is not None


def data_folder_around(path: Path) -> tuple[Path, str] | None:
    """(the data folder, its own folder) when `path` lies in the evidence or backups folder of a data folder (one
    holding a ParApp database), as named or where links lead, or is that folder's own place (not made yet: a PDF
    exported as "<data folder>/backups" stood where every snapshot goes, round 43A); else None."""
    for p in dict.fromkeys((Path(os.path.abspath(path)), Path(os.path.realpath(path)))):
        for folder in (p, *p.parents):
            if os.path.normcase(folder.name) in _OWN_FOLDERS and database_in(folder.parent) is not None:
                return folder.parent, folder.name
    return None


class InOwnFolder(StoreError):
    def __init__(self, path, data_dir, sub, demo: bool = False, new: bool = False):
        if new:
            StoreError.__init__(self, N_("errors", "“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp "
                                                   "giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không tạo dữ "
                                                   "liệu mới ở đó, chưa ghi gì. Hãy chọn một thư mục riêng, ngoài "
                                                   "“{2}”."),
                                str(path), sub, str(data_dir))
            return
        if demo:
            StoreError.__init__(self, N_("errors", "“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp "
                                                   "giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không tạo xã mẫu "
                                                   "ở đó, chưa ghi gì. Hãy tạo xã mẫu trong một thư mục riêng, ngoài "
                                                   "“{2}”."),
                                str(path), sub, str(data_dir))
            return
        StoreError.__init__(self, N_("errors", "“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ "
                                               "tệp kiểm chứng và bản sao lưu của dữ liệu đó: không khôi phục vào đó, "
                                               "chưa ghi gì. Hãy chọn một thư mục riêng (ngoài “{2}”) cho dữ liệu "
                                               "khôi phục, hoặc chính tệp dữ liệu đang dùng."),
                            str(path), sub, str(data_dir))


class BesideOtherData(StoreError):
    def __init__(self, path, other, demo: bool = False, new: bool = False):
        folder = str(Path(os.path.abspath(path)).with_suffix(""))
        if new:
            StoreError.__init__(self, N_("errors", "“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ "
                                                   "liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản "
                                                   "sao lưu tự động, bản của dữ liệu này thay bản của dữ liệu kia. "
                                                   "Chưa tạo dữ liệu mới, chưa ghi gì. Hãy tạo một thư mục riêng (ví "
                                                   "dụ “{2}”) rồi mở ParApp với tệp dữ liệu trong đó (parapp --db "
                                                   "{3}), hoặc mở chính “{1}” nếu đó là dữ liệu cần dùng."),
                                str(path), str(other), folder, shell_arg(Path(folder) / "parapp.db"))
            return
        if demo:
            StoreError.__init__(self, N_("errors", "“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ "
                                                   "liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản "
                                                   "sao lưu tự động, bản của xã mẫu thay bản của dữ liệu kia. Chưa tạo "
                                                   "xã mẫu, chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi "
                                                   "tạo xã mẫu trong đó: parapp demo --db {3}"),
                                str(path), str(other), folder, shell_arg(Path(folder) / "parapp.db"))
            return
        StoreError.__init__(self, N_("errors", "“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ liệu "
                                               "chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản sao lưu "
                                               "tự động, bản của dữ liệu này thay bản của dữ liệu kia. Chưa khôi phục, "
                                               "chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi khôi phục vào "
                                               "tệp parapp.db trong đó, hoặc vào chính “{1}” nếu muốn thay dữ liệu "
                                               "đó."),
                            str(path), str(other), folder)


def empty_file(path) -> bool:
    try:
        return os.path.isfile(path) and os.path.getsize(path) == 0
    except OSError:
        return False


def refuse_data_folders_own(path: Path, *, demo: bool = False, new: bool = False) -> None:
    """A database restored into another data folder's evidence or backups (round 40A): made among that data's files,
    with its own evidence folder inside theirs, where `--out` refuses to write a report. Or a new one beside another
    (round 40A): one backups/auto for both, each one's snapshots pruned by the other's, and the damaged-data box
    offered the other's latest snapshot as this data's. `demo`: the sample commune made there (said as such); `new`:
    the window's first start on it (round 41A)."""
    found = data_folder_around(Path(path))
    if found is not None:
        raise InOwnFolder(path, *found, demo=demo, new=new)
    # The folder's own name (the window's data file) is its data put back: the file lost, a hand copy ("parapp -
    # Copy.db") beside it must not stand in the way of the restore that recovers it.
    if os.path.normcase(Path(path).name) == os.path.normcase(DB_FILENAME) or database_beside(Path(path)) is not None:
        return  # a side file of the data (its lock, its WAL) is said as one by refuse_side_file
    if not os.path.lexists(path) or empty_file(path):  # a 0-byte file (made by hand, "New → Text document") is no data
        other = database_in(Path(os.path.abspath(path)).parent, besides=Path(os.path.abspath(path)))
        # A damaged copy a restore kept aside (named last: found only with no data of the folder there) is no data in
        # use: named as "the data", the refusal sent the restore into the copy, the office's data then under its
        # "-hong-" name (round 45A). Its snapshots, if any, are offered or guarded by store.lost_data.
        if other is not None and KEPT_ASIDE.search(other.name) is None:
            raise BesideOtherData(path, other, demo=demo, new=new)

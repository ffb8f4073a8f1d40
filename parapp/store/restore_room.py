"""Whether the data's disk has room for all a restore will write, said before it writes anything.

A restore writes the incoming database beside the current one, the safety snapshot of the current data (its
database with the commits still in its WAL), the evidence files not here yet, and, for data from an older ParApp,
the snapshot taken before that data is upgraded once swapped in. Round 16 found a full disk stopping a restore
half-way; round 16A, the WAL and the upgrade snapshot left out of the count (the margin covers small data only).
The margin was a fixed 16 MB: a 1 MB backup that takes 1.8 MB was refused on a stick with 4 MB free (round 40B). It
now grows with what is written: the blocks and folder entries of each file, the WAL and journal of the open after
the swap (a share of the size), and 1 MB besides.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from parapp.core.messages import N_, ParAppError
from parapp.store.archive_verify import Inspected
from parapp.store.connect import connect_readonly
from parapp.store.evidence import is_stored, stored_path
from parapp.store.migration_record import KNOWN, migration_version
from parapp.store.restore_errors import RestoreRefused

ROOM_MARGIN = 1 << 20
PER_FILE = 8 << 10  # a file's last block, its folder's entry (FAT clusters are larger, but rarely all wasted)
SHARE = 8  # an eighth of the bytes: the WAL and journal of the first open, a migration's pages


def _check_room(folder: Path, need: int, files: int) -> None:
    free = shutil.disk_usage(folder).free
    need += ROOM_MARGIN + files * PER_FILE + need // SHARE
    if free < need:
        # Rounded up and down: "cần 1 MB, còn 1 MB" said it fits while refusing it.
        raise RestoreRefused(N_("errors", "Không đủ chỗ trống để khôi phục vào “{0}”: cần khoảng {1} MB, còn {2} MB. "
                                          "Hãy xóa bớt tệp trên ổ đĩa đó rồi khôi phục lại; chưa ghi gì."),
                             str(folder), -(-need >> 20), free >> 20)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _older(snapshot: Path) -> bool:
    """Whether a snapshot's data is from an older ParApp (upgraded, so snapshotted again, once swapped in)."""
    try:
        con = connect_readonly(snapshot, immutable=True)
    except (ParAppError, sqlite3.Error, OSError):
        return False
    try:
        return migration_version(con, str(snapshot)) < len(KNOWN)
    except (ParAppError, sqlite3.Error):
        return False  # refused later, with its own words
    finally:
        con.close()


def _whole(data_dir: Path, sha256: str, size: int) -> bool:
    """Whether an evidence file is here at its size: one cut short is written again from the backup (restore
    mends a damaged copy), and was not counted (round 22C)."""
    return is_stored(data_dir, sha256) and _size(stored_path(data_dir, sha256)) == size


def check_room(ins: Inspected | Path, db_path: Path, data_dir: Path) -> None:
    """Room for the incoming database (a backup's, or a snapshot's copy), its upgrade snapshot when it is older,
    the safety snapshot of the current data (database and WAL), and the evidence not here yet."""
    current = _size(db_path) + _size(Path(f"{db_path}-wal"))
    if isinstance(ins, Path):
        incoming = ins.stat().st_size
        older = _older(ins)
        return _check_room(db_path.parent, incoming * (2 if older else 1) + current, 3 if older else 2)
    incoming = ins.db.file_size * (2 if ins.manifest.schema_version < len(KNOWN) else 1)
    written = [i.file_size for h, i in ins.evidence.items() if not _whole(data_dir, h, i.file_size)]
    _check_room(db_path.parent, incoming + current + sum(written), 3 + len(written))

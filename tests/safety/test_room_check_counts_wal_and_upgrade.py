"""The room a restore checks for before it writes counts all it will write (left by round 16A of issue 21).

The safety snapshot of the current data copies the database with its WAL (the commits not yet folded into it), and
a backup from an older ParApp is snapshotted again before its upgrade once swapped in. Neither was counted: on a disk
with room for the rest only, the restore stopped half-way on a full disk (the 16 MB margin covers small data only).
"""

from __future__ import annotations

import os
from collections import namedtuple
from types import SimpleNamespace

import pytest

from parapp.store import restore_room as restore
from parapp.store.archive_format import BackupError
from parapp.store.migration_record import KNOWN

MB = 1 << 20
usage = namedtuple("usage", "total used free")


def _sized(path, size):
    with open(path, "wb") as fh:
        fh.truncate(size)  # sparse: the size is what is counted


@pytest.fixture
def data(tmp_path):
    db_path = tmp_path / "parapp.db"
    _sized(db_path, 10 * MB)
    snapshot = tmp_path / "backups-parapp-20261201.db"
    _sized(snapshot, 10 * MB)
    return db_path, snapshot


def _free(monkeypatch, mb):
    monkeypatch.setattr(restore.shutil, "disk_usage", lambda p: usage(1 << 40, 0, mb * MB))


def test_the_current_wal_is_counted(monkeypatch, data):
    db_path, snapshot = data
    _free(monkeypatch, 20 + 16 + 1)  # room for incoming + current + margin, not the 40 MB WAL
    restore.check_room(snapshot, db_path, db_path.parent)  # as before: no WAL, enough room
    _sized(f"{db_path}-wal", 40 * MB)
    with pytest.raises(BackupError) as caught:
        restore.check_room(snapshot, db_path, db_path.parent)
    assert "Không đủ chỗ trống" in caught.value.message


def _inspected(size, version):
    return SimpleNamespace(db=SimpleNamespace(file_size=size), evidence={},
                           manifest=SimpleNamespace(schema_version=version))


def test_a_backup_from_an_older_version_counts_its_upgrade_snapshot(monkeypatch, data):
    db_path, _ = data
    _free(monkeypatch, 10 + 10 + 4)  # the margin grows with the size since round 40B: 1 MB and an eighth
    restore.check_room(_inspected(10 * MB, len(KNOWN)), db_path, db_path.parent)  # this version's: enough
    with pytest.raises(BackupError):
        restore.check_room(_inspected(10 * MB, len(KNOWN) - 3), db_path, db_path.parent)
    _free(monkeypatch, 10 + 10 + 10 + 5)
    restore.check_room(_inspected(10 * MB, len(KNOWN) - 3), db_path, db_path.parent)
    assert os.path.exists(db_path)

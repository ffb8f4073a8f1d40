"""Round 22C: attacks on this session's changes (restore's room check, hard links) and what they touch."""

from __future__ import annotations

from collections import namedtuple
from types import SimpleNamespace

import pytest

from parapp.store import restore_room
from parapp.store.archive_format import BackupError
from parapp.store.evidence import stored_path
from parapp.store.migration_record import KNOWN

MB = 1 << 20
usage = namedtuple("usage", "total used free")
H = "ab" + "0" * 62


def _sized(path, size):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.truncate(size)


def test_a_damaged_evidence_copy_the_restore_mends_is_counted(monkeypatch, tmp_path):
    """A stored evidence file cut short (a copy interrupted, a disk fault) is written again by the restore from the
    backup, but the room check counted only the files absent: on a disk with room for the rest, the restore stopped
    on a full disk after writing."""
    db_path = tmp_path / "parapp.db"
    _sized(db_path, 1 * MB)
    ins = SimpleNamespace(db=SimpleNamespace(file_size=1 * MB), evidence={H: SimpleNamespace(file_size=50 * MB)},
                          manifest=SimpleNamespace(schema_version=len(KNOWN)))
    monkeypatch.setattr(restore_room.shutil, "disk_usage", lambda p: usage(1 << 40, 0, (1 + 1 + 16 + 1) * MB))
    _sized(stored_path(tmp_path, H), 50 * MB)  # whole: nothing to write for it
    restore_room.check_room(ins, db_path, tmp_path)
    _sized(stored_path(tmp_path, H), 1000)  # cut short: written again
    with pytest.raises(BackupError) as caught:
        restore_room.check_room(ins, db_path, tmp_path)
    assert "Không đủ chỗ trống" in caught.value.message

"""Round 40B: read-only use and full disks; first, what round 39B saw and left (L1–L3)."""

from __future__ import annotations

import re
from collections import namedtuple
from types import SimpleNamespace

import pytest

from parapp.store import restore_room
from parapp.store.archive_format import BackupError
from parapp.store.migration_record import KNOWN

MB = 1 << 20
KB = 1 << 10
usage = namedtuple("usage", "total used free")


def _inspected(size, evidence=()):
    return SimpleNamespace(db=SimpleNamespace(file_size=size),
                           evidence={f"{n:064x}": SimpleNamespace(file_size=s) for n, s in enumerate(evidence)},
                           manifest=SimpleNamespace(schema_version=len(KNOWN)))


def _free(monkeypatch, free):
    monkeypatch.setattr(restore_room.shutil, "disk_usage", lambda p: usage(8 * MB, 8 * MB - free, free))


def test_a_restore_that_fits_a_small_stick_is_not_refused_for_a_fixed_16_mb_margin(monkeypatch, tmp_path):
    """L1. A 1 MB backup (its database 786 KB unpacked, 20 evidence files, 1 MB in all) restored to a new folder on
    a USB stick with 4 MB free: refused, "cần khoảng 17 MB, còn 4 MB" (a fixed 16 MB margin); on a real 8 MB tmpfs
    that restore takes 1.8 MB. Now the margin grows with what is written (a little per file, a share of the size):
    it is let through, and one that does not fit is still refused before anything is written, its numbers never
    saying it fits ("cần 1 MB, còn 1 MB" was said of a refusal)."""
    db_path = tmp_path / "parapp.db"  # none yet: a new folder on the stick
    ins = _inspected(786 * KB, [51 * KB] * 20)
    _free(monkeypatch, 4 * MB)
    restore_room.check_room(ins, db_path, tmp_path)
    _free(monkeypatch, 1400 * KB)  # on the tmpfs at 1.4 MB left the restore stopped half-way on a full disk
    with pytest.raises(BackupError) as caught:
        restore_room.check_room(ins, db_path, tmp_path)
    need, free = map(int, re.search(r"cần khoảng (\d+) MB, còn (\d+) MB", caught.value.message).groups())
    assert need > free, caught.value.message
    _free(monkeypatch, 1850 * KB)  # the bare sizes (1.8 MB) fit, not the blocks, folders and WAL they take
    with pytest.raises(BackupError):
        restore_room.check_room(ins, db_path, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_margin_still_grows_with_big_data(monkeypatch, tmp_path):
    """A 200 MB database restored with 201 MB free: the WAL and the open after the swap need room beyond the bare
    sizes; a margin that stayed a few KB would let it start and stop on a full disk."""
    ins = _inspected(200 * MB)
    _free(monkeypatch, 201 * MB)
    with pytest.raises(BackupError):
        restore_room.check_room(ins, tmp_path / "parapp.db", tmp_path)
    _free(monkeypatch, 260 * MB)
    restore_room.check_room(ins, tmp_path / "parapp.db", tmp_path)

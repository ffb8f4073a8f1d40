"""Adversarial round 40A: backups, restores, automatic snapshots, `parapp check`, `repair` (helper r40a)."""

from __future__ import annotations

import shutil

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round32a import _spoil


def _snapshot(db, name: str = "parapp-20261205-080000-dau-ngay-000001.db"):
    snaps = db.parent / "backups" / "auto"
    snaps.mkdir(parents=True, exist_ok=True)
    snap = snaps / name
    shutil.copy(db, snap)
    return snap


def test_check_of_a_snapshot_with_text_gone_bad_does_not_send_the_clerk_to_repair_it(tmp_path):
    """L1 (left by round 39A): an automatic snapshot with a byte of a task's words gone bad. `parapp check` of it said
    "lệnh parapp repair sửa được chỗ đó", and `parapp repair --db <the snapshot>` refuses every snapshot (kept as the
    way back). Now check says it still restores, and that repair mends the words in the data it is restored into."""
    db = _demo(tmp_path)
    snap = _snapshot(db)
    _spoil(snap, "tasks", "content", 3, 2, 0xE3)
    checked = run("check", "--db", snap)
    said = checked.stdout + checked.stderr
    assert checked.returncode == 1, said
    assert "vẫn khôi phục được" in said and "sau khi khôi phục" in said, said
    assert "repair sửa được chỗ đó" not in said, said
    assert "dòng 3" in said, said
    restored = run("--db", db, "restore", snap)  # what it says is so
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert run("--db", db, "repair").returncode == 0
    assert run("check", "--db", db).returncode == 0

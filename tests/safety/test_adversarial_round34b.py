"""Adversarial round 34B: read-only use and full disks (a small full tmpfs, read-only media, another ParApp holding the
writer lock) against what round 33B and the rounds since changed: `parapp repair`'s snapshot and change-log line, the
plan import's number and date, the Số liệu grid's paste, "Gắn bản đã ký…". Each test failed before its fix."""

from __future__ import annotations

import sqlite3

import pytest

from parapp.store import tasks

TODAY_TEXT = "Rà soát thủ tục hành chính"


def _spoiled_task(db) -> int:
    task_id = tasks.create_task(db, {"content": TODAY_TEXT, "deadline_text": "Quý I/2024"})
    raw = TODAY_TEXT.encode()
    db.conn.execute("UPDATE tasks SET content = CAST(? AS TEXT) WHERE id = ?", [raw[:4] + b"\xff" + raw[5:], task_id])
    if db.conn.in_transaction:
        db.conn.commit()
    return task_id


def _full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def test_a_repair_the_full_disk_stopped_leaves_no_snapshot_to_fill_it(tmp_path, monkeypatch):
    """`parapp repair` with room for the snapshot but not for the repair (a 6 MB tmpfs, 824–832 KB left, twice): "Ổ đĩa
    … đã đầy … Hãy xóa bớt tệp không cần … rồi làm lại", and the snapshot it had just taken stayed in backups/auto, a
    copy of the data as it still was, the size of the data, on the full disk: it was what filled it, and the next try
    could not take its own snapshot. Nothing was mended, so nothing of it is left."""
    from parapp.services import safety
    from parapp.store import open_database, text_repair
    from parapp.store.errors import DiskFull

    path = tmp_path / "parapp.db"
    db = open_database(path)
    task_id = _spoiled_task(db)
    db.close()
    monkeypatch.setattr(text_repair, "_put", _full)
    with pytest.raises(DiskFull):
        safety.repair_text(path)
    assert not [p.name for p in (tmp_path / "backups" / "auto").iterdir()]
    con = sqlite3.connect(path)
    raw = con.execute("SELECT CAST(content AS BLOB) FROM tasks WHERE id = ?", [task_id]).fetchone()[0]
    con.close()
    assert b"\xff" in raw  # nothing written

"""Adversarial round 36B: read-only use and full disks (a small tmpfs filled with dd to a set margin, a tiny TMPDIR,
read-only bind mounts, another ParApp holding the writer lock) against what round 35B changed and the lead's newer
paths: what each says and leaves when it fails. Each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import sqlite3

def _full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def test_the_daily_reminder_on_a_full_disk_says_no_error(qtbot, tmp_path, monkeypatch):
    """The window open while the disk filled (6 MB tmpfs, 0, 4 and 8 KB left, twice each): the day's reminder was shown,
    then remembering that it was shown (a preference, so that it is not shown twice a day) could not be written, and
    a box "Ổ đĩa … đã đầy …; dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy xóa bớt tệp … rồi làm lại" came out of
    nowhere: nothing the clerk did to do again, for bookkeeping never asked for (as 35B found of the letter's signer).
    The reminder is shown; it is remembered when the disk has room (else shown again at the next start)."""
    from parapp.services import chasing
    from parapp.store import open_database

    from .test_adversarial_round25a import _demo

    db = open_database(_demo(tmp_path))
    monkeypatch.setattr(chasing, "set_pref", _full)  # the disk is full by now
    assert chasing.mark_notice_shown(db, dt.date.today()) is False
    assert not db.conn.in_transaction
    db.close()

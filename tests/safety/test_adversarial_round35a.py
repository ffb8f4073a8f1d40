"""Round 35A: backup, restore, snapshots and `parapp repair` attacked again after round 34A."""

from __future__ import annotations

import sqlite3

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round32a import _spoil


def _value(db, table: str, column: str, rowid: int):
    con = sqlite3.connect(db)
    try:
        return con.execute(f'SELECT "{column}" FROM [{table}] WHERE rowid = ?', [rowid]).fetchone()[0]  # noqa: S608
    finally:
        con.close()


@pytest.mark.parametrize(("table", "column"), [("tasks", "created_at"), ("tasks", "updated_at"),
                                               ("officials", "created_at"), ("audit_log", "at"),
                                               ("task_assignments", "recorded_at")])
def test_repair_tells_a_time_parapp_wrote_by_the_data_around_it(tmp_path, table, column):
    """A byte of the day of when a row was written gone bad with no bit of it left (0xFF: '2026-12-0\\ufffd 11:38:50',
    nine days fit): repair said "gõ lại cho đúng" of a time no window shows or sets (listed in the window's box to
    look for), and a change-log line's time read '2026-12-0\\ufffd', after every day of the month: the log's day
    filter lost it. The row's other time, the change log's lines of the row, the log's lines around it tell it."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid = con.execute(f"SELECT max(rowid) FROM [{table}]").fetchone()[0]  # noqa: S608
    finally:
        con.close()
    before = _value(db, table, column, rowid)
    _spoil(db, table, column, rowid, 9, 0xFF)  # the day's last digit
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, table, column, rowid) == before
    assert "gõ lại" not in r.stdout and "đúng như trước khi hỏng" in r.stdout, r.stdout


def test_repair_tells_a_change_log_lines_user_by_the_lines_around_it(tmp_path):
    """A byte of who wrote a change-log line gone bad ('ro\\ufffdt'): repair said "gõ lại cho đúng" of a line no window
    edits (the log is append-only), and Nhật ký showed the line as by "ro\\ufffdt". The lines before and after it, and
    the user ParApp keeps, were by the same user, whose name is the stored bytes but the bad one."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid = con.execute("SELECT max(id) FROM audit_log WHERE length(os_user) > 1").fetchone()[0] - 1
    finally:
        con.close()
    before = _value(db, "audit_log", "os_user", rowid)
    _spoil(db, "audit_log", "os_user", rowid, 1, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "audit_log", "os_user", rowid) == before
    assert "gõ lại" not in r.stdout, r.stdout

"""Round 37A: `parapp repair` attacked again after round 36A (its guesses from the data around a bad byte)."""

from __future__ import annotations

import sqlite3

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round32a import _spoil
from .test_adversarial_round36a import _value


@pytest.mark.parametrize("bad", [0xFF, None])  # the byte gone 0xFF, or a bit of it turned
def test_repair_does_not_put_a_tasks_group_as_the_group_before_it(tmp_path, bad):
    """The last task of a plan, alone under its heading ('Nhiệm vụ đợt 2' after two tasks of 'Nhiệm vụ đợt 1'), its
    heading's digit gone bad: 36A's group_told took the one task beside it, moved the task into the group before and
    said "đặt lại đúng như trước khi hỏng". One task beside it cannot tell whether a new heading starts there."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        plan = con.execute("SELECT plan_id FROM tasks GROUP BY plan_id HAVING count(*) > 2 "
                           "ORDER BY plan_id DESC").fetchone()[0]
        con.execute("UPDATE tasks SET group_title = 'Nhiệm vụ đợt 1' WHERE plan_id = ?", [plan])
        rowid = con.execute("SELECT max(rowid) FROM tasks WHERE plan_id = ?", [plan]).fetchone()[0]
        con.execute("UPDATE tasks SET group_title = 'Nhiệm vụ đợt 2' WHERE rowid = ?", [rowid])
        con.commit()
    finally:
        con.close()
    before = _value(db, "tasks", "group_title", rowid)
    at = len(before) - 1
    _spoil(db, "tasks", "group_title", rowid, at, bad if bad is not None else before[at] ^ 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    after = _value(db, "tasks", "group_title", rowid)
    assert after != "Nhiệm vụ đợt 1".encode(), r.stdout
    assert after == before or "gõ lại" in r.stdout, r.stdout


@pytest.mark.parametrize("bad", [0xFF, None])
def test_repair_tells_the_last_tasks_group_only_by_a_turned_bit(tmp_path, bad):
    """The last task of a plan under the heading of the task before it: a bit of its heading turned, the heading is
    that one's (put back exactly); the byte gone 0xFF, a heading may start there, and the clerk is told to look."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid = con.execute("SELECT max(rowid) FROM tasks t WHERE length(group_title) > 10 AND (SELECT max(rowid) "
                            "FROM tasks o WHERE o.plan_id = t.plan_id) = t.rowid").fetchone()[0]
    finally:
        con.close()
    before = _value(db, "tasks", "group_title", rowid)
    _spoil(db, "tasks", "group_title", rowid, 3, bad if bad is not None else before[3] ^ 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    if bad is None:
        assert _value(db, "tasks", "group_title", rowid) == before
        assert "gõ lại" not in r.stdout, r.stdout
    else:
        assert "gõ lại" in r.stdout, r.stdout


@pytest.mark.parametrize("bad", [0xFF, ord("a") ^ 0x80])
def test_repair_does_not_name_a_plans_change_log_line_as_a_tasks(tmp_path, bad):
    """Data with one plan imported: the change log's one line of entity 'plans' gone bad ('pl\\xffns'). 36A's rule for
    a letter (any byte within three of the bad one may differ) let 'tasks' fit, the line was put back as a task's
    (its id another row's: Nhật ký showed the plan's making in a task's history), said "đúng như trước khi hỏng".
    A line's entity is one of the data's tables: 'plans' the one that fits."""
    from parapp.store import open_database

    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "parapp.db"
    open_database(db).close()
    plan = tmp_path / "p.csv"
    plan.write_text("STT,Nội dung,Thời gian hoàn thành\n1,Rà soát thủ tục hành chính,Quý I\n"
                    "2,Niêm yết công khai thủ tục,Quý II\n", encoding="utf-8")
    assert run("import", "--db", db, plan).returncode == 0
    con = sqlite3.connect(db)
    try:
        rowid = con.execute("SELECT id FROM audit_log WHERE entity = 'plans'").fetchone()[0]
    finally:
        con.close()
    _spoil(db, "audit_log", "entity", rowid, 2, bad)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "audit_log", "entity", rowid) == b"plans", r.stdout  # the data's tables name its lines

"""`parapp carry --year Y` in December leaves the work not yet due (its reminders go on) and says which; named with
--task, such a task is carried. Before, carrying on 06/12 gave every task of December a successor with no deadline
and the reminders of 20/12 and 31/12 stopped (a fresh-eyes walk of this session)."""

import argparse
import datetime as dt
import json

from parapp.cli.carry_commands import cmd_carry
from parapp.store import open_database, plans, tasks

DEC = dt.date(2026, 12, 6)


def _year(path):
    db = open_database(path)
    p = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2026", "year": 2026, "is_annual": True})
    made = dt.date(2026, 2, 1)
    late = tasks.create_task(db, {"plan_id": p, "content": "Rà soát văn bản QPPL", "due_date": dt.date(2026, 5, 31),
                                  "status": "in_progress"}, today=made)
    soon = tasks.create_task(db, {"plan_id": p, "content": "Tuyên truyền CCHC", "due_date": dt.date(2026, 12, 20)},
                             today=made)
    db.close()
    return late, soon


def _args(**kw):
    base = dict(year=2026, to_plan=None, task=None, due=None, dry_run=False, json=False)
    base.update(kw)
    return argparse.Namespace(**base)


def test_work_not_yet_due_stays_unless_named(tmp_path, capsys):
    path = tmp_path / "Xã #1" / "parapp.db"
    path.parent.mkdir()
    late, soon = _year(path)
    assert cmd_carry(path, _args(dry_run=True, json=True), today=DEC) == 0
    out = json.loads(capsys.readouterr().out)
    assert [t["id"] for t in out["tasks"]] == [late] and out["not_yet_due"] == [soon]
    assert cmd_carry(path, _args(), today=DEC) == 0
    said = capsys.readouterr().out
    assert "Đã chuyển 1 nhiệm vụ" in said and f"Chưa chuyển 1 nhiệm vụ chưa đến hạn (số {soon})" in said
    db = open_database(path)
    assert tasks.get_task(db, soon).carried_to is None and tasks.get_task(db, late).carried_to is not None
    db.close()
    assert cmd_carry(path, _args(task=[soon]), today=DEC) == 0
    db = open_database(path)
    assert tasks.get_task(db, soon).carried_to is not None
    db.close()

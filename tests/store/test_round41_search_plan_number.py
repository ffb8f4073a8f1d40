"""A fresh-eyes walk (round 41): the register's search for "120/KH", the plan number its own column shows, found
nothing: a task's searched words did not hold its plan. They do now."""

import datetime as dt

from parapp.core.task_filter import TaskFilter, apply_filter
from parapp.store import plans, tasks

TODAY = dt.date(2026, 12, 6)


def test_the_plan_number_finds_its_tasks(db):
    p27 = plans.add_plan(db, {"title": "Kế hoạch CCHC năm 2027", "year": 2027, "number": "120/KH-UBND"})
    p26 = plans.add_plan(db, {"title": "Kế hoạch CCHC năm 2026", "year": 2026, "number": "15/KH-UBND"})
    mine = tasks.create_task(db, {"plan_id": p27, "content": "Số hóa hồ sơ TTHC"}, TODAY)
    tasks.create_task(db, {"plan_id": p26, "content": "Số hóa hồ sơ TTHC"}, TODAY)
    rows = tasks.task_rows(db)
    for query in ("120/KH", "120/kh-ubnd", "120"):
        assert [rows[i].id for i in apply_filter(rows, TaskFilter(text=query), TODAY)] == [mine], query

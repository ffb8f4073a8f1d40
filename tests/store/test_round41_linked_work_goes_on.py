"""A fresh-eyes walk (round 41): a 2026 task "Đang thực hiện" (620/1.000 files digitised) carried into the 2027 plan,
which gives the same work already: linked, the 2027 task stayed "Chưa thực hiện" on the register and the giao ban
sheet, where a successor made by the carry keeps the state. The linked task now goes on too."""

import datetime as dt

from parapp.services.carrying import carry_choice, carry_over
from parapp.store import plans, tasks

JAN_2027 = dt.date(2027, 1, 20)
WORK = "Số hóa hồ sơ, kết quả giải quyết TTHC"


def _year(db, year, status):
    plan = plans.add_plan(db, {"title": f"Kế hoạch CCHC năm {year}", "year": year, "is_annual": True})
    return tasks.create_task(db, {"plan_id": plan, "content": WORK, "due_date": dt.date(year, 6, 29),
                                  "status": status}, today=dt.date(year, 1, 5))


def test_work_going_on_goes_on_in_the_linked_task(db):
    old = _year(db, 2026, "in_progress")
    again = _year(db, 2027, "not_started")
    choice = carry_choice(db, 2026)
    assert choice.already == {old: again}
    carry_over(db, choice, today=JAN_2027)
    assert tasks.get_task(db, again).status == "in_progress"
    assert tasks.get_task(db, old).carried_to == again


def test_work_not_begun_leaves_the_linked_task_as_it_is(db):
    _year(db, 2026, "not_started")
    again = _year(db, 2027, "not_started")
    carry_over(db, carry_choice(db, 2026), today=JAN_2027)
    assert tasks.get_task(db, again).status == "not_started"

"""A fresh-eyes walk (round 43): "Cho nghỉ" said Nguyễn Thị Hồng Nhung led 16 unfinished tasks; the register filtered
by her and "Đang mở" showed 13, the overview 13. The 3 more were her 2026 tasks carried to 2027, which cannot be
edited: their successors are what is handed over."""

import datetime as dt

from parapp.services.carrying import carry_choice, carry_over
from parapp.store import officials, plans, tasks


def test_carried_work_is_not_counted_twice(db):
    nhung = officials.add_official(db, {"full_name": "Nguyễn Thị Hồng Nhung", "position": "Công chức"})
    p26 = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2026", "year": 2026, "is_annual": True})
    made = dt.date(2026, 2, 1)
    ids = [tasks.create_task(db, {"plan_id": p26, "content": f"Việc số {i}", "lead_official_id": nhung,
                                  "due_date": dt.date(2026, 6, 30), "status": "in_progress"}, today=made)
           for i in range(3)]
    assert officials.open_tasks_led(db, nhung) == 3
    carry_over(db, carry_choice(db, 2026), ids[:1], today=dt.date(2026, 12, 6))
    assert officials.open_tasks_led(db, nhung) == 3  # two of 2026 and the one carried into 2027, not four

"""The chairman's read (round 43): a task due "Hoàn thành trong quý I/2026", done, was "31/3/2026" in the year report's
Phụ lục II while its text said "quý I/2026" (the register's scan kept only deadlines written "Trước …", "Quý …",
"Tháng …", "Trong …"); and "Trong năm 2026" was "ngày 31/12/2026" in both."""

import datetime as dt

from parapp.store import plans, tasks
from parapp.store.periods import find_period
from parapp.store.report_records import assemble_draft


def test_the_appendix_and_the_text_say_the_deadlines_as_the_plan_wrote_them(db):
    p26 = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2026", "year": 2026, "is_annual": True})
    made = dt.date(2026, 4, 1)
    tasks.create_task(db, {"plan_id": p26, "content": "Công khai TTHC", "deadline_text": "Hoàn thành trong quý I/2026",
                           "status": "done", "completed_on": dt.date(2026, 3, 20)}, today=made)
    tasks.create_task(db, {"plan_id": p26, "content": "Khắc phục tiêu chí 1.2", "deadline_text": "Trong năm 2026",
                           "status": "in_progress"}, today=made)
    draft = assemble_draft(db, find_period(db, "year", 2026), dt.date(2026, 12, 6))
    deadlines = {r.content: r.deadline for r in draft.appendix}
    assert deadlines == {"Công khai TTHC": "Quý I/2026", "Khắc phục tiêu chí 1.2": "Trong năm 2026"}
    text = "\n".join(p for s in draft.walk() for p in s.paragraphs)
    assert "(thời hạn trong năm 2026)" in text and "31/12/2026" not in text, text

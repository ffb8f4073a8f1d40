"""The chairman's read (round 43): after `carry`, the year report's part IV listed the five carried tasks among 2027's
work unmarked and mostly with no deadline, while the 2027 plan printed with it marks them "(chuyển từ năm 2026)".
Part IV now marks them the same way."""

import datetime as dt

from parapp.services.carrying import carry_choice, carry_over
from parapp.store import plans, tasks
from parapp.store.periods import find_period
from parapp.store.report_records import assemble_draft


def test_work_carried_into_next_year_is_marked_in_part_four(db):
    p26 = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2026", "year": 2026, "is_annual": True})
    made = dt.date(2026, 2, 1)
    late = tasks.create_task(db, {"plan_id": p26, "content": "Rà soát văn bản QPPL của HĐND và UBND xã",
                                  "deadline_text": "Tháng 5/2026", "status": "in_progress"}, today=made)
    carry_over(db, carry_choice(db, 2026), [late], today=dt.date(2026, 12, 6))
    draft = assemble_draft(db, find_period(db, "year", 2026), dt.date(2026, 12, 10))
    ahead = "\n".join(p for s in draft.find("direction").walk() for p in s.paragraphs)
    assert "- Rà soát văn bản QPPL của HĐND và UBND xã (chuyển từ năm 2026)" in ahead, ahead

"""Work carried into 2027 with no deadline passed is said carried in 2026's report too; "cả 4" when all late were.

The chairman's read (this session): task 21 of the demo ("Kiểm tra, rà soát, đánh giá định kỳ …", deadline "Theo
hướng dẫn của UBND tỉnh") was carried into 2027, yet the 2026 year report said only "đang triển khai" and its
appendix "Đang thực hiện", then named it again among 2027's work; and "Còn 4 nhiệm vụ quá hạn (trong đó 4 nhiệm vụ
chuyển sang năm 2027 thực hiện)" read clumsily."""

import datetime as dt

from parapp.services.carrying import carry_choice, carry_over
from parapp.store import plans, tasks
from parapp.store.periods import find_period
from parapp.store.report_records import assemble_draft

WORK = "Kiểm tra, rà soát, đánh giá định kỳ các nhiệm vụ được phân cấp"


def _text(draft) -> str:
    return "\n".join(p for s in draft.walk() for p in s.paragraphs)


def test_carried_work_with_no_deadline_is_said_carried(db):
    p26 = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2026", "year": 2026, "is_annual": True})
    made = dt.date(2026, 2, 1)
    going = tasks.create_task(db, {"plan_id": p26, "content": WORK, "deadline_text": "Theo hướng dẫn của UBND tỉnh",
                                   "status": "in_progress"}, today=made)
    tasks.add_note(db, going, "Đã rà soát 18 nhiệm vụ", dt.date(2026, 10, 5))
    late = [tasks.create_task(db, {"plan_id": p26, "content": f"Việc quá hạn số {i}", "due_date": dt.date(2026, 6, 30),
                                   "status": "in_progress", "delay_reason": "Chờ hướng dẫn"}, today=made)
            for i in (1, 2)]
    carry_over(db, carry_choice(db, 2026), [going, *late], today=dt.date(2026, 12, 6))
    draft = assemble_draft(db, find_period(db, "year", 2026), dt.date(2026, 12, 10))
    text = _text(draft)
    results = "\n".join(p for s in draft.find("results").walk() for p in s.paragraphs)
    said = [line for line in results.splitlines() if line.startswith(f"- {WORK}")]
    assert said and all("chuyển sang năm 2027 thực hiện" in line for line in said), said
    row = next(r for r in draft.appendix if WORK in r.content)
    assert row.result.startswith("Chuyển sang năm 2027 thực hiện"), row
    assert "Còn 2 nhiệm vụ quá hạn chưa hoàn thành (cả 2 nhiệm vụ đều chuyển sang năm 2027 thực hiện)" in text, text

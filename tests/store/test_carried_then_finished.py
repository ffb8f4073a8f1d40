"""Work carried into next year's plan in December and finished before the year's report: the report says it done.

Found by a fresh-eyes walk (this session): the demo's 11 unfinished tasks carried on 06/12/2026, the QPPL review's
successor marked done that day; the 2026 year report then still said the review "chưa hoàn thành … chuyển sang năm
2027 thực hiện", counted 29/40 done, and its part IV opened a heading "Hoàn thành các nhiệm vụ năm 2026 còn dở dang –
Tập trung hoàn thành dứt điểm các nhiệm vụ đã quá hạn" listing that very task "đã quá hạn". Now a carried task whose
successor was finished within the report's window is reported as finished that day (late, with the reason), and a
carried task is never among the year's leftovers: the next year's work names its successor."""

import datetime as dt

from parapp.services.carrying import carry_choice, carry_over
from parapp.services.task_completion import complete_task
from parapp.store import plans, tasks
from parapp.store.periods import find_period
from parapp.store.report_records import assemble_draft

WORK = "Kiểm tra, rà soát văn bản QPPL của HĐND và UBND xã"


def _text(draft) -> str:
    return "\n".join([*(p for s in draft.walk() for p in [s.title, *s.paragraphs])])


def _year(db):
    p26 = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2026", "year": 2026, "is_annual": True})
    made = dt.date(2026, 2, 1)
    review = tasks.create_task(db, {"plan_id": p26, "content": WORK, "due_date": dt.date(2026, 5, 31),
                                    "status": "in_progress"}, today=made)
    other = tasks.create_task(db, {"plan_id": p26, "content": "Kiện toàn Tổ công nghệ số cộng đồng",
                                   "due_date": dt.date(2026, 9, 30), "status": "in_progress"}, today=made)
    done = tasks.create_task(db, {"plan_id": p26, "content": "Ban hành kế hoạch kiểm tra CCHC",
                                  "due_date": dt.date(2026, 3, 31)}, today=made)
    tasks.update_task(db, done, {"status": "done", "completed_on": dt.date(2026, 3, 20)}, today=dt.date(2026, 3, 20))
    carry_over(db, carry_choice(db, 2026), today=dt.date(2026, 12, 6))
    return review, other


def test_finished_after_carrying_within_the_window_is_reported_finished(db):
    review, other = _year(db)
    successor = tasks.get_task(db, review).carried_to
    complete_task(db, successor, completed_on=dt.date(2026, 12, 6), result="Đã rà soát 40 văn bản",
                  delay_reason="Số văn bản tăng sau sắp xếp", today=dt.date(2026, 12, 6))
    draft = assemble_draft(db, find_period(db, "year", 2026), dt.date(2026, 12, 10))
    text = _text(draft)
    assert "- Đã rà soát 40 văn bản, hoàn thành ngày 06/12/2026, chậm so với thời hạn (ngày 31/5/2026)." in text
    assert not any(WORK in line for line in text.splitlines()), text  # said by its result, not as unfinished
    row = next(r for r in draft.appendix if WORK in r.content)
    assert row.status == "Hoàn thành (trễ hạn)", row
    assert "hoàn thành 2/3 nhiệm vụ" in text, text
    # the other carried task is still said carried, and is not a leftover of 2026 in part IV
    direction = draft.find("direction")
    leftovers = [s for s in direction.subsections if s.title.endswith("còn dở dang")]
    assert not any("Kiện toàn Tổ công nghệ số cộng đồng" in p for s in leftovers for p in s.paragraphs), leftovers


def test_a_carried_task_whose_successor_differs_in_words_is_not_a_leftover(db):
    review, _ = _year(db)
    successor = tasks.get_task(db, review).carried_to
    tasks.update_task(db, successor, {"content": "Hoàn thành rà soát văn bản QPPL (chuyển từ năm 2026)"},
                      today=dt.date(2026, 12, 7))
    draft = assemble_draft(db, find_period(db, "year", 2026), dt.date(2026, 12, 10))
    leftovers = [s for s in draft.find("direction").subsections if s.title.endswith("còn dở dang")]
    assert not any(WORK in p for s in leftovers for p in s.paragraphs), leftovers

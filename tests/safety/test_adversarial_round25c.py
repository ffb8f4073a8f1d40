"""Round 25C, the register and its reports across the turn of the year."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.store import report_records
from parapp.store.periods import find_period

from .test_adversarial_round24d import demo_with_next_years_set


@pytest.mark.parametrize("rank", ["chờ công bố", "12", "đang chờ kết quả thẩm định"])
def test_a_rank_that_is_no_rank_does_not_hide_the_year_befores_result(tmp_path, rank):
    # Finding 7: the 2026 criteria come in (none scored) and the rank box holds what is not a rank yet ("chờ công
    # bố", a place with no total): the quý I 2027 report stated no PAR INDEX result at all, not even 2025's, complete.
    # A rank counts as the year's result only when it is one the report would print.
    db = demo_with_next_years_set(tmp_path)
    try:
        db.execute("UPDATE par_sets SET official_rank = ? WHERE year = 2026", [rank])
        draft = report_records.assemble_draft(db, find_period(db, "q1", 2027), dt.date(2027, 3, 10))
        text = "\n".join(p for s in draft.sections for sub in s.walk() for p in sub.paragraphs)
        assert "Kết quả Chỉ số cải cách hành chính năm 2025 của xã: tự đánh giá đạt 93/100 điểm" in text
    finally:
        db.close()



def test_next_years_plan_issued_in_january_is_not_next_years_work_in_the_year_report(demo):
    # Finding 8: the 2027 plan issued on 11/01/2027 (its task "Ban hành kế hoạch CCHC năm 2027" done that day), the
    # 2026 year report drafted on 20/01/2027 said in part IV "tập trung triển khai Kế hoạch số 03/KH-UBND ngày
    # 11/01/2027 …, trọng tâm là:" then "- Ban hành kế hoạch CCHC năm 2027 … (thời hạn ngày 14/01/2027)": the plan it
    # cites as issued listed as work to do, its deadline already past. Part IV speaks as of its drafting day.
    from parapp.core.citations import DocRef
    from parapp.services.task_completion import complete_task

    demo.execute("UPDATE plans SET number = '03/KH-UBND', issued_on = '2027-01-11' WHERE year = 2027")
    plan = DocRef("Kế hoạch", "03/KH-UBND", dt.date(2027, 1, 11), "", "cải cách hành chính năm 2027")
    complete_task(demo, 44, completed_on=dt.date(2027, 1, 11), today=dt.date(2027, 1, 11), outputs=[plan])
    draft = report_records.assemble_draft(demo, find_period(demo, "year", 2026), dt.date(2027, 1, 20))
    direction = next(s for s in draft.sections if s.key == "direction")
    part_iv = [p for sub in direction.walk() for p in sub.paragraphs]
    assert any("Kế hoạch số 03/KH-UBND ngày 11/01/2027" in p for p in part_iv)
    assert not any("Ban hành kế hoạch CCHC năm 2027" in p for p in part_iv)
    assert 44 not in direction.facts

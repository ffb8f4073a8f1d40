"""Round 24D: the turn of the year (a register holding 2026 and 2027, reports drafted in January)."""

from __future__ import annotations

import datetime as dt


from parapp.services.demo import build_demo
from parapp.store import open_database, report_records
from parapp.store.periods import find_period



def _direction(draft):
    return next(s for s in draft.sections if s.key == "direction")


def test_year_report_drafted_in_january_names_standing_work_once(demo):
    # The 2026 year report drafted on 5/1/2027 put "Báo cáo kết quả … quý, 6 tháng, năm (hằng năm)" under 2027's
    # work by area ("thực hiện hằng năm") and again under "Hoàn thành các nhiệm vụ năm 2026 còn dở dang" ("quá hạn
    # từ ngày 01/01/2027"): the same standing work twice in part IV, once as next year's work, once as a leftover.
    period = find_period(demo, "year", 2026)
    draft = report_records.assemble_draft(demo, period, dt.date(2027, 1, 5))
    seen: dict[int, str] = {}
    for sub in _direction(draft).subsections:
        for task_id in sub.facts:
            assert task_id not in seen, (task_id, seen.get(task_id), sub.title)
            seen[task_id] = sub.title
    text = "\n".join(line for sub in _direction(draft).subsections for line in sub.paragraphs)
    assert text.count("Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm đảm bảo quy định") == 1


def demo_with_next_years_set(tmp_path):
    """The demo of 4/12/2026 with the 2026 criteria come in (2025's set again), none of them scored yet."""
    from parapp.cli.main import main

    path = tmp_path / "demo.db"
    db = open_database(path)
    build_demo(db, dt.date(2026, 12, 4))
    db.close()
    xlsx = tmp_path / "set.xlsx"
    assert main(["par", "xlsx", "--db", str(path), "--year", "2025", "--out", str(xlsx)]) == 0
    # The province's set for 2026 comes without scores: the export's "Điểm tự đánh giá" and "Điểm thẩm định" taken
    # off (a set carrying 2025's scores is refused as 2026's since round 42D).
    import openpyxl

    wb = openpyxl.load_workbook(xlsx)
    wb.active.delete_cols(5, 2)
    wb.save(xlsx)
    assert main(["par", "import-set", str(xlsx), "--db", str(path), "--year", "2026"]) == 0
    db = open_database(path)
    db.execute("UPDATE par_criteria SET self_milli = NULL, official_milli = NULL "
               "WHERE set_id = (SELECT id FROM par_sets WHERE year = 2026)")
    return db


def test_a_self_assessment_still_being_scored_is_not_stated_as_the_years_result(tmp_path):
    # In January the province's 2026 criteria come in and the commune starts scoring; the quý I 2027 report drafted
    # in March said "Kết quả Chỉ số cải cách hành chính năm 2026 của xã: tự đánh giá đạt 3/100 điểm" with 2 of 41
    # criteria scored. The last complete result (2025's) is the one to state.
    db = demo_with_next_years_set(tmp_path)
    try:
        db.execute("UPDATE par_sets SET official_rank = '' WHERE year = 2026")
        from parapp.store.par_index import set_scores

        set_scores(db, 2026, [("1.1.1", "1"), ("1.2", "2")])
        draft = report_records.assemble_draft(db, find_period(db, "q1", 2027), dt.date(2027, 3, 10))
        text = "\n".join(p for s in draft.sections for sub in s.walk() for p in sub.paragraphs)
        assert "Chỉ số cải cách hành chính năm 2026" not in text
        assert "Kết quả Chỉ số cải cách hành chính năm 2025 của xã: tự đánh giá đạt 93/100 điểm" in text
    finally:
        db.close()


def test_a_task_finished_late_before_the_years_end_is_not_unfinished_in_the_year_report(demo):
    # Due 20/12/2026, finished on 28/12/2026 (late, with its reason). The year report drafted on 5/1/2027 speaks as of
    # the year's end, yet said "chưa hoàn thành, quá thời hạn (ngày 20/12/2026)", put it in the appendix as "Chưa hoàn
    # thành (quá hạn)" and asked 2027 to "hoàn thành dứt điểm" it. It was finished, late: said so.
    from parapp.services.task_completion import complete_task

    complete_task(demo, 8, completed_on=dt.date(2026, 12, 28), delay_reason="chờ lịch phát sóng",
                  today=dt.date(2027, 1, 5))
    draft = report_records.assemble_draft(demo, find_period(demo, "year", 2026), dt.date(2027, 1, 5))
    text = "\n".join(p for s in draft.sections for sub in s.walk() for p in sub.paragraphs)
    said = [p for p in text.splitlines() if "truyền thanh xã" in p]
    assert len(said) == 1 and "hoàn thành ngày 28/12/2026, chậm so với thời hạn (ngày 20/12/2026)" in said[0], said
    assert [r.status for r in draft.appendix if r.task_id == 8] == ["Hoàn thành (trễ hạn)"]
    assert "chờ lịch phát sóng" in text  # its reason, in part III among the causes
    # drafted before the year is out (on 18/12, speaking as of the window's end, 14/12) it was not yet due
    early = report_records.assemble_draft(demo, find_period(demo, "year", 2026), dt.date(2026, 12, 18))
    assert [r.status for r in early.appendix if r.task_id == 8] != ["Hoàn thành (trễ hạn)"]


def test_next_years_plan_work_already_done_is_not_next_years_focus(demo):
    # "Ban hành kế hoạch CCHC năm 2027" (a task of the 2027 plan) done on 10/12/2026 with the plan it produced: the
    # 2026 year report said in part I that the plan was issued and listed issuing it as 2027's work in part IV.
    from parapp.core.citations import DocRef
    from parapp.services.task_completion import complete_task

    plan = DocRef("Kế hoạch", "245/KH-UBND", dt.date(2026, 12, 10), "", "cải cách hành chính năm 2027")
    complete_task(demo, 44, completed_on=dt.date(2026, 12, 10), today=dt.date(2026, 12, 15), outputs=[plan])
    for day in (dt.date(2026, 12, 15), dt.date(2027, 1, 5)):
        draft = report_records.assemble_draft(demo, find_period(demo, "year", 2026), day)
        part_iv = [p for sub in _direction(draft).walk() for p in sub.paragraphs]
        assert not any("Ban hành kế hoạch CCHC năm 2027" in p for p in part_iv), day
        assert 44 not in _direction(draft).facts

"""A fresh-eyes walk (round 41), the year 2026 report drafted on 06/12/2026: "Cập nhật Cổng thông tin điện tử xã",
due 14/12/2026 (the 2026 plan) and again 14/12/2027 (the 2027 plan, the same words), not started. The report counted
it ("hoàn thành 2/6") but said it nowhere: part IV leaves out a leftover next year's plan repeats, and it was not yet
late. This year's work not yet due is said in part IV with its own deadline."""

import datetime as dt

from parapp.store import open_database, report_records
from parapp.store.periods import find_period
from parapp.store.plans import add_plan
from parapp.store.tasks import create_task

TODAY = dt.date(2026, 12, 6)
WORK = "Cập nhật Cổng thông tin điện tử xã"


def test_this_years_work_due_before_the_year_ends_is_said_though_next_year_repeats_it(tmp_path):
    db = open_database(tmp_path / "parapp.db")
    try:
        for year in (2026, 2027):
            plan = add_plan(db, {"title": f"Kế hoạch CCHC năm {year}", "year": year, "is_annual": True})
            create_task(db, {"plan_id": plan, "content": WORK, "deadline_text": f"Trước ngày 15/12/{year}"}, TODAY)
            create_task(db, {"plan_id": plan, "content": f"Rà soát thủ tục hành chính năm {year}",
                             "deadline_text": f"Quý I/{year}"}, TODAY)
        draft = report_records.assemble_draft(db, find_period(db, "year", 2026), TODAY)
        direction = next(s for s in draft.sections if s.key == "direction")
        leftovers = next(s for s in direction.subsections if s.key == "direction:leftovers")
        said = " ".join(leftovers.paragraphs)
        assert WORK in said and "2026" in said.split(WORK, 1)[1].split(";")[0], said
    finally:
        db.close()

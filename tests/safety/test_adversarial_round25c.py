"""Round 25C, the register and its reports across the turn of the year."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.services.demo import build_demo
from parapp.store import open_database, report_records
from parapp.store.periods import find_period


@pytest.mark.parametrize("rank", ["chờ công bố", "12", "đang chờ kết quả thẩm định"])
def test_a_rank_that_is_no_rank_does_not_hide_the_year_befores_result(tmp_path, rank):
    # Finding 7: the 2026 criteria come in (none scored) and the rank box holds what is not a rank yet ("chờ công
    # bố", a place with no total): the quý I 2027 report stated no PAR INDEX result at all, not even 2025's, complete.
    # A rank counts as the year's result only when it is one the report would print.
    from parapp.cli.main import main

    path = tmp_path / "demo.db"
    db = open_database(path)
    build_demo(db, dt.date(2026, 12, 4))
    db.close()
    xlsx = tmp_path / "set.xlsx"
    assert main(["par", "xlsx", "--db", str(path), "--year", "2025", "--out", str(xlsx)]) == 0
    assert main(["par", "import-set", str(xlsx), "--db", str(path), "--year", "2026"]) == 0
    db = open_database(path)
    try:
        db.execute("UPDATE par_criteria SET self_milli = NULL, official_milli = NULL "
                   "WHERE set_id = (SELECT id FROM par_sets WHERE year = 2026)")
        db.execute("UPDATE par_sets SET official_rank = ? WHERE year = 2026", [rank])
        draft = report_records.assemble_draft(db, find_period(db, "q1", 2027), dt.date(2027, 3, 10))
        text = "\n".join(p for s in draft.sections for sub in s.walk() for p in sub.paragraphs)
        assert "Kết quả Chỉ số cải cách hành chính năm 2025 của xã: tự đánh giá đạt 93/100 điểm" in text
    finally:
        db.close()

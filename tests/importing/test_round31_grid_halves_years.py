"""Round 31C F20: a grid of the year's halves ("6 tháng đầu năm | 6 tháng cuối năm") or of years ("Năm 2026 | Năm
2027", a two-year plan) was not read as a grid: every task's deadline the mark "x" (asked), the names' row refused,
the other column named unread. Read as the quarter grids are (30C), the spans to their end (F19)."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text


def _tasks(names, rows, year=2026):
    head = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện"] + [""] * (len(names) - 1),
            ["", "", ""] + names]
    r = parse_text(f"KẾ HOẠCH CCHC NĂM {year}\n\n" + "\n".join("\t".join(c) for c in head + rows) + "\n",
                   plan_year=year)
    assert not r.problems
    return [(t.deadline_text, t.due_date) for t in r.tasks]


def test_halves():
    assert _tasks(["6 tháng đầu năm", "6 tháng cuối năm"], [["1", "Rà soát", "Tư pháp", "x", ""],
                                                             ["2", "Báo cáo", "Văn phòng", "x", "x"]]) == [
        ("6 tháng đầu năm", dt.date(2026, 6, 30)), ("6 tháng đầu năm - 6 tháng cuối năm", dt.date(2026, 12, 31))]


def test_years():
    assert _tasks(["Năm 2026", "Năm 2027"], [["1", "Rà soát", "Tư pháp", "", "x"],
                                             ["2", "Báo cáo", "Văn phòng", "x", "x"]]) == [
        ("Năm 2027", dt.date(2027, 12, 31)), ("Năm 2026 - Năm 2027", dt.date(2027, 12, 31))]


def test_years_in_the_header_itself_stay_columns():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2026\n\nSTT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tNăm 2026\tNăm 2027\n"
                   "1\tRà soát\tTư pháp\t5\t10\n", plan_year=2026)
    assert [t.deadline_text for t in r.tasks] == [""]

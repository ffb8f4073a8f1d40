"""Round 33C: a grid's words naming a day of the month they are written under ("Ngày 20" under Tháng 6, "x (trước
ngày 15)" under Tháng 3) or a month of the quarter ("Tháng 2" under Quý I beside
"Tháng 8" under Quý III, "x (tháng 5)" under Quý II) came in due at the period's end: 30/6 for 20/6, 31/3 for 14/3
and for 28/2, 30/6 for 31/5, later than the plan says, silently (the words kept since 32C, not read). The same cell
alone ("Tháng 5" under Quý II) was already due 31/5."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline
from parapp.core.importing.parse import parse_text

Q = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "", "", ""],
     ["", "", "", "Quý I", "Quý II", "Quý III", "Quý IV"]]
M = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", *[""] * 11],
     ["", "", "", *[f"Tháng {i}" for i in range(1, 13)]]]


def _due(rows):
    text = "KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in rows) + "\n"
    return [(t.deadline_text, t.due_date) for t in parse_text(text, plan_year=2027).tasks]


def test_a_quarter_grid_naming_months():
    assert _due([*Q, ["1", "Kiểm tra", "VP", "Tháng 2", "", "Tháng 8", ""],
                 ["2", "Báo cáo", "VP", "", "x (tháng 5)", "", ""]]) == [
        ("Quý I (Tháng 2), Quý III (Tháng 8)", dt.date(2027, 2, 28)), ("Quý II (tháng 5)", dt.date(2027, 5, 31))]


def test_a_month_grid_naming_days():
    def row(n, marks):
        cells = [""] * 12
        for month, words in marks.items():
            cells[month - 1] = words
        return [str(n), f"Nhiệm vụ {n}", "VP", *cells]
    assert _due([*M, row(1, {6: "Ngày 20"}), row(2, {3: "x (trước ngày 15)"}), row(3, {3: "15", 6: "15"})]) == [
        ("Tháng 6 (Ngày 20)", dt.date(2027, 6, 20)), ("Tháng 3 (trước ngày 15)", dt.date(2027, 3, 14)),
        ("Tháng 3 (15), Tháng 6 (15)", dt.date(2027, 3, 31))]  # a bare number may be a footnote's "(1)": as before


@pytest.mark.parametrize("text, due", [
    ("Quý II (tháng 9)", dt.date(2027, 6, 30)),  # no month of that quarter: the quarter's end, as before
    ("Quý II/2028 (tháng 5)", dt.date(2028, 5, 31)), ("Tháng 6 (trước 20/6)", dt.date(2027, 6, 19)),
    ("Quý I (15/3)", dt.date(2027, 3, 31)), ("Tháng 6 (2027)", dt.date(2027, 6, 30)),
    ("Tháng 6 (1)", dt.date(2027, 6, 30)),
])
def test_other_bracketed_words_as_before(text, due):
    assert parse_deadline(text, 2027).due == due

"""Round 31C F13: a grid's periods written short, as Excel sheets often head them: "Q1 | Q2 | Q3 | Q4", "T1 … T12"
(also "Q.1", "T.6"). Not read as a grid: every task asked for a deadline, the row of names refused, each period named as
a column not read. They are the quarters and months, written out."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text


def _tasks(names, rows):
    head = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện"] + [""] * (len(names) - 1),
            ["", "", ""] + names]
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in head + rows) + "\n", plan_year=2027)
    assert not r.problems
    return [(t.deadline_text, t.due_date) for t in r.tasks]


def test_quarters_short():
    assert _tasks(["Q1", "Q2", "Q3", "Q4"], [["1", "Rà soát", "Tư pháp", "", "x", "x", ""]]) == [
        ("Quý II - Quý III", dt.date(2027, 9, 30))]
    assert _tasks(["Q.I", "Q.II", "Q.III", "Q.IV"], [["1", "Rà soát", "Tư pháp", "x", "", "", ""]]) == [
        ("Quý I", dt.date(2027, 3, 31))]


def test_months_short():
    assert _tasks([f"T{i}" for i in range(1, 13)], [["1", "Rà soát", "Tư pháp"] + [""] * 5 + ["x"] + [""] * 6]) == [
        ("Tháng 6", dt.date(2027, 6, 30))]
    assert _tasks([f"T.{i}" for i in range(1, 13)], [["1", "Rà soát", "Tư pháp"] + [""] * 11 + ["x"]]) == [
        ("Tháng 12", dt.date(2027, 12, 31))]

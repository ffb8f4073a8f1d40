"""Round 31C F8: under a quarter grid, the row numbering the columns ("(1) | (2) | … | (7)", as many tables have) and
the totals row ("Tổng cộng | | | 2 | 1 | 0 | 1", the tasks counted per quarter) were read as marked in every quarter,
"Quý I - Quý IV": both stored as tasks due 31/12 (the first "(2)" led by "(3)"); without a grid both are left out.
They are left as they are, read as without a grid."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.parse import parse_text

H1 = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "", "", ""]
H2 = ["", "", "", "Quý I", "Quý II", "Quý III", "Quý IV"]
TASK = ["1", "Rà soát văn bản", "Tư pháp", "", "x", "", ""]


@pytest.mark.parametrize("rows", [
    [H1, H2, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], TASK],
    [H1, H2, ["1", "2", "3", "4", "5", "6", "7"], TASK],
    [H1, H2, TASK, ["", "Tổng cộng", "", "0", "1", "0", "0"]],
    [H1, H2, TASK, ["", "Tổng số nhiệm vụ", "", "0", "1", "", ""]],
])
def test_only_the_task(rows):
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in rows) + "\n", plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text, t.due_date) for t in r.tasks] == [
        ("Rà soát văn bản", "Tư pháp", "Quý II", dt.date(2027, 6, 30))]

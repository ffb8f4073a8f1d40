"""Round 32C F7: the row numbering a table's columns as the State's forms write it, letters for the first columns
and numbers after ("A | B | 1 | 2 | 3 …"), or with a column's formula ("6=4+5"), was stored as a task ("B" led by
"2", its deadline "4" asked) and, "A" read as an area's letter, its "B" given as the group of every task under it."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

H = ["STT", "Nội dung nhiệm vụ", "Mã tiêu chí", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
     "Ghi chú"]


@pytest.mark.parametrize("numbers", [["A", "B", "1", "2", "3", "4", "5"],
                                     ["(A)", "(B)", "(1)", "(2)", "(3)", "(4)", "(5)"],
                                     ["1", "2", "3", "4", "5", "6=4+5", "7"], ["1", "2", "3", "4", "5", "6", "7"]])
def test_the_column_numbers_row_is_no_task(numbers):
    rows = [H, numbers, ["1", "Rà soát văn bản", "2.1.1", "Tư pháp", "Văn phòng", "Quý II", ""],
            ["2", "Kiểm tra", "2.2", "Văn phòng", "", "Quý III", ""]]
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in rows) + "\n", plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text, t.group) for t in r.tasks] == [
        ("Rà soát văn bản", "Tư pháp", "Quý II", ""), ("Kiểm tra", "Văn phòng", "Quý III", "")]

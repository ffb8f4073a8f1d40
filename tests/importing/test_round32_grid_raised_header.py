"""Round 32C F8: a quarter grid whose period names carry Word's raised footnote mark ("Quý I¹" explaining the
quarter) was not read: the quarters' row refused, every task asked for a deadline or given the mark "x"."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text


def test_a_period_with_a_raised_mark_is_read():
    rows = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "", "", ""],
            ["", "", "", "Quý I¹", "Quý II", "Quý III", "Quý IV²"],
            ["1", "Rà soát", "Tư pháp", "", "x", "", ""], ["2", "Kiểm tra", "VP", "x", "", "", "x"]]
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in rows) + "\n", plan_year=2027)
    assert [(t.content, t.due_date) for t in r.tasks] == [("Rà soát", dt.date(2027, 6, 30)),
                                                          ("Kiểm tra", dt.date(2027, 3, 31))]
    assert not r.problems

"""Round 31C F2: a quarter grid whose empty periods are written "-" (as many tables fill a cell with nothing in it)
read every dash as a mark: a task marked in Quý II alone came in "Quý I - Quý IV", due 31/12, six months late, not a
word said. A cell holding only a dash is no mark."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text

H1 = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "", "", "", "Ghi chú"]
H2 = ["", "", "", "Quý I", "Quý II", "Quý III", "Quý IV", ""]
ROWS = [["1", "Rà soát văn bản", "Tư pháp", "-", "x", "-", "-", ""],
        ["2", "Tuyên truyền", "Văn hóa", "x", "–", "—", "-", "Báo cáo"],
        ["3", "Kiểm tra", "Văn phòng", "-", "-", "x", "x", ""]]


def test_a_dash_is_no_mark():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in [H1, H2, *ROWS]) + "\n",
                   plan_year=2027)
    assert [(t.content, t.deadline_text, t.due_date) for t in r.tasks] == [
        ("Rà soát văn bản", "Quý II", dt.date(2027, 6, 30)),
        ("Tuyên truyền", "Quý I", dt.date(2027, 3, 31)),
        ("Kiểm tra", "Quý III - Quý IV", dt.date(2027, 12, 31))]


def test_a_nought_is_no_mark():
    rows = [H1, H2, ["1", "Rà soát văn bản", "Tư pháp", "0", "1", "0", "0", ""],
            ["2", "Tuyên truyền", "Văn hóa", "1", "0", "0", "1", ""]]
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in rows) + "\n", plan_year=2027)
    assert [(t.content, t.deadline_text, t.due_date) for t in r.tasks] == [
        ("Rà soát văn bản", "Quý II", dt.date(2027, 6, 30)), ("Tuyên truyền", "Quý I, Quý IV", dt.date(2027, 3, 31))]

"""Round 31C F12: a grid whose periods are not each the next ("Tháng 3 | Tháng 6 | Tháng 9 | Tháng 12", the report
months; "Quý I | Quý III | Quý IV") read two marks side by side as a span: "Tháng 3 - Tháng 6", due 30/6, for a report
due in March and in June (31/3 first, as a list is read), silently three months late. Periods side by side make a span
only where each is the next."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text


def _tasks(names, rows):
    head = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện"] + [""] * (len(names) - 1),
            ["", "", ""] + names]
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in head + rows) + "\n", plan_year=2027)
    return [(t.content, t.deadline_text, t.due_date) for t in r.tasks]


def test_months_apart():
    assert _tasks(["Tháng 3", "Tháng 6", "Tháng 9", "Tháng 12"], [["1", "Báo cáo", "Văn phòng", "x", "x", "", ""],
                                                              ["2", "Kiểm tra", "Văn phòng", "", "x", "x", "x"]]) == [
        ("Báo cáo", "Tháng 3, Tháng 6", dt.date(2027, 3, 31)),
        ("Kiểm tra", "Tháng 6, Tháng 9, Tháng 12", dt.date(2027, 6, 30))]


def test_quarters_apart_and_next():
    assert _tasks(["Quý I", "Quý III", "Quý IV"], [["1", "Báo cáo", "Văn phòng", "x", "x", "x"]]) == [
        ("Báo cáo", "Quý I, Quý III - Quý IV", dt.date(2027, 3, 31))]


def test_months_across_the_year():
    assert _tasks(["Tháng 11/2026", "Tháng 12/2026", "Tháng 1/2027"], [["1", "Rà soát", "Tư pháp", "", "x", "x"]]) == [
        ("Rà soát", "Tháng 12/2026 - Tháng 1/2027", dt.date(2027, 1, 31))]

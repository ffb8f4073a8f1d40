"""Round 42C F2: a plan .xlsx whose deadline column holds real dates (typed on a computer set to day-first formats,
shown "03/06/2027") and, in a row pasted from elsewhere, a text "6/30/2027". 41C's month-first reading took the text
as the file's way of writing dates and turned the real date cell, 3 June, into 6 March, exit 0. A date Excel holds as
a date is never read month first; the text beside it still is."""

from __future__ import annotations

import datetime as dt

import openpyxl

from parapp.core.importing.parse import parse_file


def test_real_date_cell_kept_beside_a_month_first_text(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung", "Thời gian hoàn thành"])
    ws.append(["I", "CẢI CÁCH THỂ CHẾ", None])
    ws.append([1, "Rà soát văn bản quy phạm pháp luật", dt.datetime(2027, 6, 3)])
    ws.append([2, "Tuyên truyền phổ biến pháp luật", "6/30/2027"])
    ws.append([3, "Kiểm tra việc thực hiện", "3/6/2027"])
    ws["C3"].number_format = "dd/mm/yyyy"
    path = tmp_path / "kế hoạch.xlsx"
    wb.save(path)
    r = parse_file(path, plan_year=2027)
    assert [t.due_date for t in r.tasks] == [dt.date(2027, 6, 3), dt.date(2027, 6, 30), dt.date(2027, 3, 6)]
    assert [t.deadline_text for t in r.tasks] == ["03/06/2027", "6/30/2027", "3/6/2027"]

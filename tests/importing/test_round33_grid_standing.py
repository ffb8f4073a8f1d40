"""Round 33C: "Thường xuyên" written across a quarter grid (an Excel or Word cell merged over Quý I … Quý IV, or the
word in each quarter) came in as "Quý I - Quý IV (Thường xuyên)" due 31/12, a one-off task: the standing work the
same word in a deadline column is (yearly, left out of the completion rate) was lost, silently (32C kept the words,
before it they were dropped). Standing words in brackets after a time running to the year's end are standing work,
as "Hằng quý" there already was."""

from __future__ import annotations

import datetime as dt

import openpyxl

from parapp.core.deadline_text import parse_deadline
from parapp.core.importing.parse import parse_file, parse_text
from parapp.core.status import Recurrence

H1 = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "", "", ""]
H2 = ["", "", "", "Quý I", "Quý II", "Quý III", "Quý IV"]


def test_standing_work_across_an_excel_grid(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["KẾ HOẠCH CCHC NĂM 2027"])
    ws.append(H1)
    ws.append(H2)
    ws.merge_cells("D2:G2")
    ws.append(["1", "Tuyên truyền CCHC", "Văn hóa", "Thường xuyên"])
    ws.merge_cells("D4:G4")
    ws.append(["2", "Đối thoại với Nhân dân", "Văn phòng", "", "", "Thường xuyên"])
    ws.merge_cells("F5:G5")
    ws.append(["3", "Kiểm tra", "Văn phòng", "", "x"])
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    assert [(t.deadline_text, t.due_date, t.recurrence) for t in parse_file(path, plan_year=2027).tasks] == [
        ("Quý I - Quý IV (Thường xuyên)", dt.date(2027, 12, 31), Recurrence.YEARLY),
        ("Quý III - Quý IV (Thường xuyên)", dt.date(2027, 12, 31), Recurrence.YEARLY),
        ("Quý II", dt.date(2027, 6, 30), Recurrence.NONE)]


def test_standing_work_in_each_quarter():
    rows = [H1, H2, ["1", "Tuyên truyền CCHC", "Văn hóa", *["thường xuyên"] * 4]]
    (t,) = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(r) for r in rows), plan_year=2027).tasks
    assert (t.deadline_text, t.due_date, t.recurrence) == (
        "Quý I - Quý IV (thường xuyên)", dt.date(2027, 12, 31), Recurrence.YEARLY)


def test_standing_words_before_the_years_end_are_no_standing_work():
    assert parse_deadline("Quý II (Thường xuyên)", 2027).recurrence is Recurrence.NONE
    assert parse_deadline("Tháng 1 - Tháng 12 (thường xuyên)", 2027).recurrence is Recurrence.YEARLY

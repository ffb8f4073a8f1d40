"""Round 30C F11: a deadline typed as a date and shown as its month alone ('"Tháng "m', "mmmm"): a 2027 plan typed in
December 2026 with "1/6" in its deadline column, Excel storing 01/06/2026 and showing "Tháng 6", came in due 30/06/2026,
a year early and overdue on import. What is shown has no year, so the plan's is taken (as round 26C did for "15/03")."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl

from parapp.core.importing.parse import parse_bytes


def test_a_month_shown_without_its_year_is_the_plans():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027"])
    ws.append(["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"])
    cases = [('"Tháng "m', dt.datetime(2026, 6, 1)), ("mmmm", dt.datetime(2026, 9, 1)),
             ('"Tháng "mm/yyyy', dt.datetime(2027, 3, 1))]
    for i, (fmt, when) in enumerate(cases, start=1):
        ws.append([i, f"Nhiệm vụ số {i}", "Văn phòng", when])
        ws.cell(row=i + 2, column=4).number_format = fmt
    buf = io.BytesIO()
    wb.save(buf)
    r = parse_bytes(buf.getvalue(), "ke-hoach.xlsx", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [
        ("Tháng 6", dt.date(2027, 6, 30)), ("Tháng 9", dt.date(2027, 9, 30)), ("Tháng 3/2027", dt.date(2027, 3, 31))]

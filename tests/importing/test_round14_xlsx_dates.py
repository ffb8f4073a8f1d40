"""Adversarial round 14 (issue 21), the importers: a deadline typed as a date and shown without its day.

A plan's deadline column is often typed as dates formatted to show the month ("mm/yyyy", "Tháng "m/yyyy, a month
name) or the year ("yyyy"); Excel stores the first day of that month or year. On main the cell came in as that day:
a task Excel shows as due "06/2026" was due 01/06/2026 (a month early), one shown "2026" due 01/01/2026 (overdue the
day it was imported). Dates shown whole keep their day.
"""

from __future__ import annotations

import datetime as dt
import io


def test_deadlines_excel_shows_as_a_month_or_a_year_are_due_at_its_end():
    import openpyxl

    from parapp.core.importing.parse import parse_bytes

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"])
    cases = [("mm/yyyy", dt.datetime(2026, 6, 1)), ('"Tháng "m/yyyy', dt.datetime(2026, 9, 1)),
             ("yyyy", dt.datetime(2026, 1, 1)), ("[$-42A]mmmm yyyy", dt.datetime(2026, 11, 1)),
             ("mmm-yy", dt.datetime(2026, 10, 1)), ("dd/mm/yyyy", dt.datetime(2026, 3, 31)),
             ("d/m/yyyy h:mm", dt.datetime(2026, 4, 15, 8, 30))]
    for i, (fmt, when) in enumerate(cases, start=1):
        ws.append([i, f"Nhiệm vụ số {i} về thủ tục hành chính", "Văn phòng", when])
        ws.cell(row=i + 1, column=4).number_format = fmt
    buf = io.BytesIO()
    wb.save(buf)
    r = parse_bytes(buf.getvalue(), "ke-hoach.xlsx", plan_year=2026)
    assert [t.due_date.isoformat() for t in r.tasks] == [
        "2026-06-30", "2026-09-30", "2026-12-31", "2026-11-30", "2026-10-31", "2026-03-31", "2026-04-15"]
    assert [t.deadline_text for t in r.tasks][:3] == ["Tháng 6/2026", "Tháng 9/2026", "Năm 2026"]

"""Round 27C F4: an Excel sheet before the plan's table that is no cover of it gave the plan its year.

Round 26C reads the first rows of the sheets before the table's as its cover ("KẾ HOẠCH / … năm 2027" and the date
signed). A workbook whose first sheet is last year's report ("BÁO CÁO / Kết quả … năm 2025", signed "ngày 15 tháng 12
năm 2025") before the sheet "KẾ HOẠCH / Cải cách hành chính năm 2027" was read as 2025's: "Quý I" due 31/3/2025,
every task two years overdue on import, not a word said. The table sheet's own title now comes first, and a sheet
counts as the cover only when it holds a plan's title."""

from __future__ import annotations

import io

import openpyxl

from parapp.core.importing.parse import parse_bytes

REPORT = ("ỦY BAN NHÂN DÂN XÃ BA GIANG", "BÁO CÁO", "Kết quả thực hiện cải cách hành chính năm 2025",
          "Năm 2025, UBND xã đã hoàn thành 15 nhiệm vụ.", "Ba Giang, ngày 15 tháng 12 năm 2025")
HEADER = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"]


def _book(first: tuple, title: tuple) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in first:
        ws.append([line])
    table = wb.create_sheet("Kế hoạch")
    for row in (*([t] for t in title), HEADER, [1, "Rà soát văn bản", "Văn phòng", "Quý I"]):
        table.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_the_table_sheets_own_title_gives_the_year():
    r = parse_bytes(_book(REPORT, ("KẾ HOẠCH", "Cải cách hành chính năm 2027")), "kh.xlsx", plan_year=2026)
    assert r.year == 2027 and r.tasks[0].due_date.isoformat() == "2027-03-31"


def test_a_report_before_the_table_is_no_cover():
    r = parse_bytes(_book(REPORT, ()), "kh.xlsx", plan_year=2026)
    assert r.year == 2026 and r.tasks[0].due_date.isoformat() == "2026-03-31"


def test_a_cover_still_gives_the_year():
    cover = ("ỦY BAN NHÂN DÂN XÃ BA GIANG", "Ba Giang, ngày 25 tháng 12 năm 2026", "KẾ HOẠCH",
             "Cải cách hành chính năm 2027")
    r = parse_bytes(_book(cover, ()), "kh.xlsx", plan_year=2026)
    assert r.year == 2027 and r.tasks[0].due_date.isoformat() == "2027-03-31"

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


def _word(results_table: bool) -> bytes:
    import docx

    d = docx.Document()
    head = d.add_table(rows=2, cols=2)
    for (i, j), text in {(0, 0): "ỦY BAN NHÂN DÂN XÃ BA GIANG", (0, 1): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         (1, 0): "Số: 05/KH-UBND", (1, 1): "Ba Giang, ngày 20 tháng 12 năm 2026"}.items():
        head.cell(i, j).text = text
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính năm 2027")
    d.add_paragraph("I. KẾT QUẢ NĂM 2026")
    if results_table:
        r = d.add_table(rows=2, cols=3)
        for j, text in enumerate(("Chỉ tiêu", "Kế hoạch năm 2026", "Kết quả năm 2026")):
            r.cell(0, j).text = text
    d.add_paragraph("II. NHIỆM VỤ NĂM 2027")
    p = d.add_table(rows=2, cols=4)
    for i, row in enumerate((("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"),
                             ("1", "Rà soát văn bản", "Văn phòng", "Quý I"))):
        for j, text in enumerate(row):
            p.cell(i, j).text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_word_table_of_last_years_results_above_the_plan_is_no_header():
    """F10: a table of last year's results ("Kế hoạch năm 2026 | Kết quả năm 2026") between the title and the plan's
    table was read as part of the document's header, before the title: the plan signed 20/12/2026 "năm 2027" was
    read as 2026's, "Quý I" due 31/3/2026 (overdue on import). Only the header's own tables count."""
    for results in (False, True):
        r = parse_bytes(_word(results), "kh.docx", plan_year=2026)
        assert r.year == 2027 and r.tasks[0].due_date.isoformat() == "2027-03-31", results

"""Round 28C F8: an Excel plan whose cover sheet holds the title ("KẾ HOẠCH / Cải cách hành chính năm 2027") and whose
table sheet says only "Kèm theo Kế hoạch số 120/KH-UBND ngày 26/12/2026" was read as 2026's: "Quý I" due 31/3/2026,
every task a year early and overdue on import. Round 27C left the cover out whenever the table's sheet had a "Kèm
theo … ngày" line; that line gives the date signed, not the year the plan is for. The cover is now read beside it
(the table sheet's own title still comes first)."""

from __future__ import annotations

import io

import openpyxl

from parapp.core.importing.parse import parse_bytes, parse_text

ANNEX = ("PHỤ LỤC", "(Kèm theo Kế hoạch số 120/KH-UBND ngày 26/12/2026 của UBND xã)")


def _book(cover: tuple, title: tuple) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in cover:
        ws.append([line])
    t = wb.create_sheet("Phụ lục")
    for row in (*([x] for x in title), ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"],
                [1, "Rà soát văn bản", "Văn phòng", "Quý I"]):
        t.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_cover_beside_an_annex_line_gives_the_year():
    r = parse_bytes(_book(("ỦY BAN NHÂN DÂN XÃ BA GIANG", "KẾ HOẠCH", "Cải cách hành chính năm 2027"), ANNEX),
                    "kh.xlsx", plan_year=2026)
    assert r.year == 2027 and r.tasks[0].due_date.isoformat() == "2027-03-31"


def test_a_cover_of_the_year_signed_stays_that_years():
    r = parse_bytes(_book(("KẾ HOẠCH", "Cải cách hành chính năm 2026"), ANNEX), "kh.xlsx", plan_year=2026)
    assert r.year == 2026


def test_a_report_before_the_annex_is_no_cover():
    report = ("BÁO CÁO", "Kết quả cải cách hành chính năm 2025", "Ba Giang, ngày 15 tháng 12 năm 2025")
    r = parse_bytes(_book(report, ANNEX), "kh.xlsx", plan_year=2026)
    assert r.year == 2026


def test_the_annex_line_alone_is_unchanged():
    r = parse_text(f"{ANNEX[1]}\n\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n1\tRà soát\tVăn phòng\tQuý I\n",
                   plan_year=2026)
    assert r.year == 2026


def test_a_title_year_in_full_width_digits():
    """F12: "Cải cách hành chính năm ２０２７" (full-width digits, as some input methods type them) gave no year: the
    plan was read as this year's ("Quý I" due 31/3/2026). The deadline cells read such digits already."""
    r = parse_text("KẾ HOẠCH\nCải cách hành chính năm ２０２７\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n"
                   "1\tRà soát văn bản\tTư pháp\tQuý I\n", plan_year=2026)
    assert r.year == 2027 and r.tasks[0].due_date.isoformat() == "2027-03-31"

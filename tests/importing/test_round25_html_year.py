"""Adversarial round 25B: the year of a plan (or a criteria set) saved as an HTML page.

A plan file in HTML (a page saved from the e-office, a one-stop export named .xls) was read with no text but its
table's cells: the year the page names above the table ("KẾ HOẠCH … NĂM 2027", "Kèm theo Kế hoạch số … ngày
05/01/2027") was never seen, and the plan was read as this year's (the year of the day of import): "Quý I" came in due
31/3/2026, overdue the day it was imported, while the same plan as text was read as 2027's. The page's text now gives
the year, as a text file's does.
"""

from __future__ import annotations

from parapp.core.importing.parse import parse_bytes
from parapp.core.par.reading import read_bytes

TABLE = ("<table border=1><tr><td>STT</td><td>Nội dung nhiệm vụ</td><td>Cơ quan chủ trì</td>"
         "<td>Thời gian hoàn thành</td></tr>"
         "<tr><td>1</td><td>Rà soát văn bản</td><td>Tư pháp</td><td>Quý I</td></tr>"
         "<tr><td>2</td><td>Công khai thủ tục</td><td>Văn phòng</td><td>Tháng 6</td></tr></table>")


def _page(above: str) -> bytes:
    return f"<html><body>{above}{TABLE}</body></html>".encode()


def test_the_year_a_page_names_above_its_table_is_the_plans():
    r = parse_bytes(_page("<h1>KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027</h1><p>Ba Giang, ngày 20 tháng 12 năm 2026</p>"),
                    "kh.html", plan_year=2026)
    assert r.year == 2027 and str(r.tasks[0].due_date) == "2027-03-31"


def test_the_plan_a_page_is_attached_to_gives_the_year():
    r = parse_bytes(_page("<p>(Kèm theo Kế hoạch số 5/KH-UBND ngày 05/01/2027 của UBND xã)</p>"), "kh.xls",
                    plan_year=2026)
    assert r.year == 2027


def test_a_page_dated_outside_the_years_is_refused_as_a_text_file_is():
    import pytest

    from parapp.core.importing.model import Unreadable

    with pytest.raises(Unreadable):
        parse_bytes(_page("<p>(Kèm theo Kế hoạch số 5/KH-UBND ngày 05/01/2569 của UBND xã)</p>"), "kh.html",
                    plan_year=2026)


def test_a_page_naming_no_year_keeps_the_year_given():
    r = parse_bytes(_page("<h1>KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH</h1>"), "kh.html", plan_year=2026)
    assert r.year == 2026


PAR = ("<html><body><h2>BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2025</h2><table>"
       "<tr><td>STT</td><td>Lĩnh vực/Tiêu chí</td><td>Điểm tối đa</td></tr>"
       "<tr><td>I</td><td>Công tác chỉ đạo điều hành</td><td>10</td></tr>"
       "<tr><td>1</td><td>Kế hoạch CCHC</td><td>10</td></tr></table></body></html>")


def test_a_criteria_page_names_its_year_above_the_table():
    assert read_bytes(PAR.encode(), "bộ.html").year == 2025


def test_a_page_typed_in_tcvn3_gives_its_year_too():
    from .test_round14_legacy_fonts import tcvn3

    page = tcvn3("<html><body><p>Ba Giang, ngày 25 tháng 12 năm 2026</p><h1>KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027</h1>"
                 "<p>Căn cứ kết quả cải cách hành chính năm 2026 của xã; khắc phục hạn chế năm 2026.</p>"
                 + TABLE + "</body></html>")
    r = parse_bytes(page.encode("cp1252", errors="replace"), "kh.html", plan_year=2026)
    assert r.year == 2027

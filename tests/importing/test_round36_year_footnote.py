"""Round 36C: a footnote's mark glued to the year of a plan's title, as a copy from the signed PDF gives it (the raised
"1" copied as a plain digit: "năm 20271") or as Word's web page draws it ("năm 2027[1]"). 35C read raised marks
("¹") only: "năm 20271" named no year, so next year's plan signed in December came in as this year's (every deadline
a year early) with "năm 20271" in its title; "[1]" / "(1)" stayed in the title."""

import datetime as dt

import pytest

from parapp.core.importing import parse_text

PLAN = """ỦY BAN NHÂN DÂN XÃ BA GIANG
Số: 12/KH-UBND
Ba Giang, ngày 25 tháng 12 năm 2026
KẾ HOẠCH
Cải cách hành chính năm 2027{mark}
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phục vụ người dân.
II. NỘI DUNG
1. Cải cách thủ tục hành chính
- Rà soát, đơn giản hóa thủ tục hành chính. Thời gian: Quý II
"""


@pytest.mark.parametrize("mark", ["1", "2", "12", "[1]", "(1)"])
def test_a_footnote_mark_glued_to_the_titles_year_is_no_part_of_it(mark):
    r = parse_text(PLAN.format(mark=mark), plan_year=2026)
    assert r.year == 2027
    assert r.heading.title == "Kế hoạch cải cách hành chính năm 2027"
    assert r.tasks[0].due_date == dt.date(2027, 6, 30)


def test_a_year_with_no_mark_reads_as_before():
    r = parse_text(PLAN.format(mark=""), plan_year=2026)
    assert (r.year, r.heading.title) == (2027, "Kế hoạch cải cách hành chính năm 2027")
    assert r.heading.issued_on == dt.date(2026, 12, 25)


def test_the_day_signed_is_not_taken_for_a_marked_year():
    r = parse_text(PLAN.replace("năm 2027{mark}", "năm 2026"), plan_year=2026)
    assert r.year == 2026 and r.heading.issued_on == dt.date(2026, 12, 25)

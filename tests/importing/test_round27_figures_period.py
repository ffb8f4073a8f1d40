"""Round 27C F8, `figures import`: a period named in words ("Kỳ báo cáo: Quý Ba năm 2027") was read as the whole
year: the third quarter's figures were stored as 2027's, exit 0, not a word said. "Tháng Chín năm 2027" was too, where
"Tháng 9 năm 2027" is refused as no period ParApp keeps. Quarters and months in words are now read as in figures."""

from __future__ import annotations

from parapp.core.figures_period import find_period
from parapp.core.periods import PeriodKind


def test_a_quarter_in_words_is_that_quarter():
    p = find_period("Kỳ báo cáo: Quý Ba năm 2027\nSTT,Lĩnh vực\n")
    assert (p.kind, p.year, p.text) == (PeriodKind.Q3, 2027, "Quý Ba năm 2027")


def test_a_month_in_words_is_that_month():
    p = find_period("Kỳ báo cáo: Tháng Chín năm 2027\n")
    assert (p.kind, p.start.isoformat(), p.end.isoformat()) == (None, "2027-09-01", "2027-09-30")


def test_a_year_is_still_the_year():
    p = find_period("Kỳ báo cáo: năm 2027\n")
    assert (p.kind, p.year) == (PeriodKind.YEAR, 2027)

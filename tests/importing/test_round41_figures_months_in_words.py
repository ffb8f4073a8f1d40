"""Round 41D L2 (left by 40D), `figures import`: "Báo cáo mười hai tháng năm 2030" (twelve months in words) was
refused "Tệp không ghi kỳ báo cáo", and "Báo cáo mười một tháng năm 2030" likewise, so the `--period year` the
clerk then gave stored eleven months' figures as the year's (the "năm" after "tháng" was taken for May, "tháng
Năm"). A count of months in words is read as in figures: twelve is the year, eleven no period of ours."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("text", "kind"), [
    ("Báo cáo mười hai tháng năm 2030", PeriodKind.YEAR), ("BÁO CÁO MƯỜI HAI THÁNG NĂM 2030", PeriodKind.YEAR),
    ("Báo cáo ba tháng năm 2030", PeriodKind.Q1), ("Báo cáo sáu tháng năm 2030", PeriodKind.H1),
])
def test_a_period_counted_in_words(text, kind):
    stated = find_period(text)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030), stated


@pytest.mark.parametrize("text", ["Báo cáo mười một tháng năm 2030", "Báo cáo bảy tháng năm 2030",
                                  "Báo cáo năm tháng năm 2030", "Báo cáo mười tháng năm 2030"])
def test_another_count_in_words_is_no_period(text):
    stated = find_period(text)
    assert stated is not None, text
    assert match_period(stated, RULES) is None
    # --period year is refused: the file says what it counts
    assert contradiction(None, stated, PeriodKind.YEAR, 2030) is not None


@pytest.mark.parametrize(("text", "month"), [("Báo cáo tháng Năm năm 2030", 5), ("Báo cáo tháng Mười năm 2030", 10)])
def test_guard_a_month_in_words_is_still_the_month(text, month):
    stated = find_period(text)
    assert stated is not None and stated.start is not None and stated.start.month == month, stated


def test_guard_from_the_first_month_is_no_count():
    """"từ" folds as "tư" (four) does: "từ tháng đầu năm 2030" read as four months, refused as no period, --period
    refused with it (the first version of L2)."""
    stated = find_period("Báo cáo kết quả từ tháng đầu năm 2030 đến nay")
    assert stated is None or stated.kind is not None or stated.start is not None, stated

"""Round 40D F5, `figures import`: a title naming its period in words the patterns did not know ("Báo cáo nửa đầu năm
2030", "Báo cáo quý đầu năm 2030", "Báo cáo quý cuối năm 2030", "Báo cáo 2 quý cuối năm 2030", "Báo cáo sơ kết 6
tháng, năm 2030"): read as the *year* 2030 by "báo cáo … năm 2030" at the line's end: the half year's or quarter's
figures stored as the year's, exit 0. These are read as the period they name; a title naming some other time before
its year ("tháng cuối năm 2030", "đợt 2 năm 2030") is no longer the year: refused, nothing stored."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("text", "kind"), [
    ("Báo cáo nửa đầu năm 2030", PeriodKind.H1), ("Báo cáo quý đầu năm 2030", PeriodKind.Q1),
    ("Báo cáo quý cuối năm 2030", PeriodKind.Q4), ("Báo cáo sơ kết 6 tháng, năm 2030", PeriodKind.H1),
    ("Báo cáo 9 tháng, năm 2030", PeriodKind.NINE_MONTHS),
])
def test_the_period_in_words(text, kind):
    stated = find_period(text)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030), stated


@pytest.mark.parametrize("text", ["Báo cáo 2 quý cuối năm 2030", "Báo cáo nửa cuối năm 2030",
                                  "Báo cáo tháng cuối năm 2030", "Báo cáo đợt 2 năm 2030"])
def test_another_time_before_the_year_is_no_year(text):
    stated = find_period(text)
    assert stated is not None and match_period(stated, RULES) is None, stated
    assert contradiction(None, stated, None, None) is not None


@pytest.mark.parametrize("text", ["Báo cáo tổng kết công tác CCHC năm 2030", "Báo cáo định kỳ năm 2030",
                                  "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2030"])
def test_guard_a_years_title_is_the_year(text):
    stated = find_period(text)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (PeriodKind.YEAR, 2030), stated


@pytest.mark.parametrize("text", ["Báo cáo kết quả thực hiện quy chế dân chủ năm 2030",
                                  "Báo cáo rà soát quy trình, quy định TTHC năm 2030", "Báo cáo đột xuất năm 2030",
                                  "Báo cáo tình hình tháng năm 2030 của xã"])
def test_guard_words_of_no_time_leave_the_year(text):
    stated = find_period(text)
    found = match_period(stated, RULES) if stated else None
    assert found is None or (found.kind, found.year) == (PeriodKind.YEAR, 2030), stated


@pytest.mark.parametrize("text", ["Báo cáo năm 2030, từ tháng 1 năm 2030",
                                  "Báo cáo số 12/BC-UBND ngày 20 tháng 12 năm 2030"])
def test_guard_a_month_started_from_or_a_date_leaves_the_year(text):
    stated = find_period(text)
    assert stated is not None and stated.kind is PeriodKind.YEAR, stated

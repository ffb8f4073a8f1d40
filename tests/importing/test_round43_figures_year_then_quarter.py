"""Round 43D F1, `figures import`: the whole year reported before a quarter to come ("Báo cáo kết quả cả năm,
phương hướng nhiệm vụ quý I năm 2031", "Báo cáo tổng kết năm và kế hoạch quý I/2031") was read as the year 2031:
2030's figures stored as next year's, exit 0 (round 41D gave the year before to a year to come only). Whatever comes
after a whole year is in the next one: the year 2030 is read."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("title", "kind", "year"), [
    ("Báo cáo kết quả cả năm, phương hướng nhiệm vụ quý I năm 2031", PeriodKind.YEAR, 2030),
    ("Báo cáo tổng kết năm và kế hoạch quý I/2031", PeriodKind.YEAR, 2030),
    ("Báo cáo kết quả năm, phương hướng 6 tháng đầu năm 2031", PeriodKind.YEAR, 2030),
    # guards: a quarter before the next quarter of its year; the year written with the one reported
    ("Báo cáo kết quả quý I, phương hướng nhiệm vụ quý II năm 2030", PeriodKind.Q1, 2030),
    ("Báo cáo kết quả cả năm 2030, phương hướng quý I năm 2031", PeriodKind.YEAR, 2030),
])
def test_the_year_reported_is_the_one_before(title, kind, year):
    stated = find_period(title)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, year), stated

"""Round 41D F5, `figures import`: "Báo cáo kết quả CCHC quý IV, phương hướng nhiệm vụ năm 2031" (the year written once,
the next one's) was read as quý IV of 2031: the figures of quý IV 2030 stored a year late, exit 0; "… quý IV,
phương hướng nhiệm vụ quý I năm 2031" and "Báo cáo kết quả cả năm, phương hướng nhiệm vụ năm 2031" likewise. The
period to come in the year after the one reported names that year: the one reported is of the year before."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("title", "kind", "year"), [
    ("Báo cáo kết quả CCHC quý IV, phương hướng nhiệm vụ năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo kết quả quý IV, phương hướng nhiệm vụ quý I năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo tình hình quý IV và kế hoạch năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo kết quả cả năm, phương hướng nhiệm vụ năm 2031", PeriodKind.YEAR, 2030),
    # guards (round 39D): the period to come later in the same year
    ("Báo cáo kết quả quý I, phương hướng nhiệm vụ quý II năm 2030", PeriodKind.Q1, 2030),
    ("Báo cáo kết quả 9 tháng đầu năm, phương hướng nhiệm vụ quý IV năm 2030", PeriodKind.NINE_MONTHS, 2030),
    ("Báo cáo quý IV năm 2030 và phương hướng năm 2031", PeriodKind.Q4, 2030),
])
def test_the_year_of_the_period_reported(title, kind, year):
    stated = find_period(title)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, year), stated

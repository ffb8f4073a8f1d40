"""Round 43D L1 (left by round 42D), `figures import`: the period reported spelt "Q4" or as a bare "năm" before the
period to come ("Báo cáo kết quả Q4, phương hướng năm 2031", "Báo cáo kết quả năm, phương hướng năm 2031") was read
as the year 2031, 2030's figures stored as the next year's, exit 0; "Báo cáo kết quả Q4 và phương hướng quý I/2031"
as quý I 2031 (quý IV's figures stored as a quarter not yet begun). The one reported is read, with the year before."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("title", "kind", "year"), [
    ("Báo cáo kết quả Q4, phương hướng năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo kết quả Q4 và phương hướng quý I/2031", PeriodKind.Q4, 2030),
    ("Báo cáo Q4, phương hướng Q1 năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo kết quả Q2 - phương hướng 6 tháng cuối năm 2030", PeriodKind.Q2, 2030),
    ("Báo cáo kết quả năm, phương hướng năm 2031", PeriodKind.YEAR, 2030),
    ("Báo cáo kết quả thực hiện nhiệm vụ năm và phương hướng nhiệm vụ năm 2031", PeriodKind.YEAR, 2030),
    # guards: a half year before its other half; a year written with the one reported
    ("Báo cáo kết quả 6 tháng đầu năm, phương hướng 6 tháng cuối năm 2030", PeriodKind.H1, 2030),
    ("Báo cáo kết quả năm 2030, phương hướng năm 2031", PeriodKind.YEAR, 2030),
    ("Báo cáo Q4/2030", PeriodKind.Q4, 2030),
])
def test_the_period_reported_and_its_year(title, kind, year):
    stated = find_period(title)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, year), stated

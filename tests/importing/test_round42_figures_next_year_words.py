"""Round 42D F2, `figures import`: the period to come named in words round 41D's rule did not know ("định hướng",
"chương trình công tác", "giải pháp", "các nhiệm vụ"), or after "tổng kết năm": "Báo cáo kết quả công tác CCHC quý
IV và định hướng năm 2031" was read as the year 2031 (quý IV 2030's figures stored as the next year's), exit 0;
"cả năm và định hướng năm 2031", "tổng kết năm và phương hướng năm 2031" as 2031 too. The one reported is read, with
the year before."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("title", "kind", "year"), [
    ("Báo cáo kết quả công tác CCHC quý IV và định hướng năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo kết quả CCHC quý IV, định hướng nhiệm vụ năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo kết quả CCHC cả năm và định hướng năm 2031", PeriodKind.YEAR, 2030),
    ("Báo cáo kết quả CCHC quý IV, chương trình công tác năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo kết quả quý IV và giải pháp năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo kết quả quý IV và các nhiệm vụ năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo tổng kết năm và phương hướng năm 2031", PeriodKind.YEAR, 2030),
    # guards: the next period later in the same year; the year summed up with its year
    ("Báo cáo kết quả quý I và định hướng quý II năm 2030", PeriodKind.Q1, 2030),
    ("Báo cáo tổng kết năm 2030", PeriodKind.YEAR, 2030),
])
def test_the_period_reported_and_its_year(title, kind, year):
    stated = find_period(title)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, year), stated

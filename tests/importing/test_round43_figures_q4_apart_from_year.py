"""Round 43D F3, `figures import`: the quarter apart from its year spelt "Q4" ("Báo cáo kết quả Q4 công tác CCHC năm
2030", "BÁO CÁO Q.2 VỀ CCHC NĂM 2030") was read as the year 2030 by "báo cáo … năm 2030": one quarter's figures stored
as the whole year's, exit 0 (round 42D read "quý IV" there, not the spelling round 40D reads before a year). The
quarter is read."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("title", "kind"), [
    ("Báo cáo kết quả Q4 công tác CCHC năm 2030", PeriodKind.Q4),
    ("BÁO CÁO Q.2 VỀ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2030", PeriodKind.Q2),
    ("Báo cáo thống kê TTHC quí 3 của UBND xã năm 2030", PeriodKind.Q3),
    ("Báo cáo tổng kết công tác CCHC năm 2030", PeriodKind.YEAR),  # guard
])
def test_the_quarter_spelt_apart_from_its_year(title, kind):
    stated = find_period(title)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030) and stated.also is None, stated

"""Round 43D F4, `figures import`: a title naming the longer period first and the quarter after it with the year
("Báo cáo cả năm và quý IV năm 2030", "Báo cáo 6 tháng đầu năm và quý II năm 2030", "Báo cáo tình hình CCHC 9 tháng,
quý III năm 2030") was read as the quarter alone: one table's figures (the year's, if so) stored as the quarter's,
exit 0, where "quý IV và cả năm 2030" asks which (round 41D). Both are now named, and the import asks (`--period`)."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("title", "quarter", "longer"), [
    ("Báo cáo cả năm và quý IV năm 2030", PeriodKind.Q4, PeriodKind.YEAR),
    ("BÁO CÁO CẢ NĂM VÀ QUÝ IV/2030", PeriodKind.Q4, PeriodKind.YEAR),
    ("Báo cáo 6 tháng đầu năm và quý II năm 2030", PeriodKind.Q2, PeriodKind.H1),
    ("Báo cáo tình hình CCHC 9 tháng, quý III năm 2030", PeriodKind.Q3, PeriodKind.NINE_MONTHS),
])
def test_both_are_named_and_the_import_asks(title, quarter, longer):
    stated = find_period(title)
    assert stated is not None and stated.also is not None, stated
    assert {stated.kind, stated.also.kind} == {quarter, longer} and stated.also.year == 2030, stated
    found = match_period(stated, RULES)
    assert contradiction(found, stated, None, None) is not None
    assert contradiction(found, stated, quarter, 2030) is None and contradiction(found, stated, longer, 2030) is None


@pytest.mark.parametrize(("title", "kind"), [
    ("Báo cáo kết quả cả năm, phương hướng quý I năm 2031", PeriodKind.YEAR),  # the next period (round 43D F1)
    ("Báo cáo 6 tháng đầu năm và phương hướng quý III năm 2030", PeriodKind.H1),
    ("Báo cáo quý II năm 2030", PeriodKind.Q2),
])
def test_guard_one_period_stays_one(title, kind):
    stated = find_period(title)
    assert stated is not None and stated.also is None and stated.kind is kind, stated

"""Round 41D F11, `figures import`: "Báo cáo Q4 và cả năm 2030", "Báo cáo sáu tháng và cả năm 2030", "… chín tháng và
cả năm 2030" over one table were read as the year alone (the spellings "Q4", "sáu", "chín" are written as a quarter or
months only before a year), the figures (5 on time) stored as the year's, exit 0, where "quý IV và cả năm 2030" is
refused as naming two (L1). Now refused the same way."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("text", "two"), [
    ("Báo cáo Q4 và cả năm 2030", "--period q4 hoặc --period year"),
    ("Báo cáo sáu tháng và cả năm 2030", "--period h1 hoặc --period year"),
    ("Báo cáo chín tháng và cả năm 2030", "--period 9m hoặc --period year"),
])
def test_spelt_otherwise_two_periods_are_refused(text, two):
    stated = find_period(text)
    problem = contradiction(match_period(stated, RULES), stated, None, None)
    assert problem is not None and two in str(problem), stated

"""Round 41D F9, `figures import`: "BÁO CÁO THỐNG KÊ QUÝ IV VÀ NĂM 2030" (the year without "cả") over one table was read
as the year, its figures (5 on time) stored as the year's whatever they were of, exit 0, where "QUÝ IV VÀ CẢ NĂM 2030"
is refused as naming two (L1): the title's year was read from its figures, the quarter before "và năm" not seen.
Now refused the same way, naming both and the --period that chooses."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize("text", ["BÁO CÁO THỐNG KÊ QUÝ IV VÀ NĂM 2030", "Báo cáo quý IV và năm 2030",
                                  "Báo cáo kết quả quý IV và năm 2030, phương hướng năm 2031"])
def test_a_quarter_and_the_bare_year_are_refused(text):
    stated = find_period(text)
    problem = contradiction(match_period(stated, RULES), stated, None, None)
    assert problem is not None and "--period q4 hoặc --period year" in str(problem), stated


def test_guard_the_year_alone():
    stated = find_period("BÁO CÁO THỐNG KÊ NĂM 2030")
    assert contradiction(match_period(stated, RULES), stated, None, None) is None

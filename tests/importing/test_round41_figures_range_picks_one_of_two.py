"""Round 41D F6, `figures import`: "BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030 (số liệu từ ngày 01/10/2030 đến ngày 31/12/2030)":
the range says which of the two periods named the figures are of (quý IV), yet the file was refused as contradicting
itself ("tệp tự mâu thuẫn"), exit 2, the clerk told to look the file over. The range settles it: quý IV."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("text", "kind"), [
    ("BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030 (số liệu từ ngày 01/10/2030 đến ngày 31/12/2030)", PeriodKind.Q4),
    ("BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030\nSố liệu từ ngày 01/01/2030 đến ngày 31/12/2030", PeriodKind.YEAR),
])
def test_the_range_says_which(text, kind):
    stated = find_period(text)
    found = match_period(stated, RULES)
    assert found is not None and (found.kind, found.year) == (kind, 2030), stated
    assert contradiction(found, stated, None, None) is None


def test_guard_a_range_of_neither_is_refused():
    stated = find_period("BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030 (số liệu từ ngày 01/07/2030 đến ngày 30/09/2030)")
    assert contradiction(match_period(stated, RULES), stated, None, None) is not None

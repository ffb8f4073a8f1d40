"""Round 42D F3, `figures import`: a title naming the quarter apart from its year ("Báo cáo kết quả quý IV công tác
CCHC năm 2030", "Báo cáo kết quả quý IV, thực hiện kế hoạch CCHC năm 2030") was read as the year 2030 ("báo cáo …
năm 2030"), one quarter's figures (5 on time) stored as the whole year's, exit 0. The quarter the title names is
read, of the year the title ends with; two periods joined are still both named (round 41D, 42D F1)."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("title", "kind"), [
    ("Báo cáo kết quả quý IV công tác CCHC năm 2030", PeriodKind.Q4),
    ("BÁO CÁO KẾT QUẢ QUÝ II VỀ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2030", PeriodKind.Q2),
    ("Báo cáo kết quả quý IV, thực hiện kế hoạch CCHC năm 2030", PeriodKind.Q4),
    ("Báo cáo tổng kết công tác CCHC năm 2030", PeriodKind.YEAR),  # guard
])
def test_the_quarter_named_apart_from_its_year(title, kind):
    stated = find_period(title)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030) and stated.also is None, stated


@pytest.mark.parametrize("title", ["Báo cáo quý IV và lũy kế năm 2030", "BÁO CÁO THỐNG KÊ QUÝ IV VÀ NĂM 2030"])
def test_guard_two_joined_are_both_named(title):
    stated = find_period(title)
    assert stated is not None and stated.also is not None, stated

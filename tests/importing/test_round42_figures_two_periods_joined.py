"""Round 42D F1, `figures import`: a title naming two periods joined otherwise than by "và", "&", "+" or a comma was
read as one of them, one table's figures stored as that one's, exit 0: "Báo cáo quý IV - cả năm 2030" and "quý IV;
cả năm 2030" and "quý IV; năm 2030" as the year, "quý IV và lũy kế năm 2030" / "quý IV, lũy kế cả năm 2030" / "quý
IV và tổng kết năm 2030" as the year, "quý IV/2030 và lũy kế năm 2030" as the quarter, "quý II/6 tháng đầu năm 2030"
as the half year. Both are now named (`also`), so the import asks which (`--period`), as for "quý IV và cả năm 2030"
(round 41D)."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period
from parapp.core.periods import PeriodKind


@pytest.mark.parametrize(("title", "other"), [
    ("Báo cáo quý IV - cả năm 2030", PeriodKind.Q4),
    ("BÁO CÁO QUÝ IV – CẢ NĂM 2030", PeriodKind.Q4),
    ("Báo cáo quý IV; cả năm 2030", PeriodKind.Q4),
    ("Báo cáo quý IV; năm 2030", PeriodKind.Q4),
    ("Báo cáo quý IV và lũy kế năm 2030", PeriodKind.Q4),
    ("Báo cáo quý IV, lũy kế cả năm 2030", PeriodKind.Q4),
    ("Báo cáo quý IV và tổng kết năm 2030", PeriodKind.Q4),
    ("Báo cáo quý IV/2030 và lũy kế năm 2030", PeriodKind.YEAR),
    ("Báo cáo quý II/6 tháng đầu năm 2030", PeriodKind.Q2),
])
def test_two_periods_joined_otherwise_are_both_named(title, other):
    stated = find_period(title)
    assert stated is not None and stated.also is not None, stated
    assert PeriodKind.Q4 if other is PeriodKind.YEAR else other in (stated.kind, stated.also.kind), stated


@pytest.mark.parametrize(("title", "kind"), [
    ("BÁO CÁO QUÝ I - NĂM 2030", PeriodKind.Q1),  # round 39D: the quarter of that year
    ("Báo cáo quý IV/năm 2030", PeriodKind.Q4),
    ("Báo cáo tổng kết năm 2030", PeriodKind.YEAR),
    ("Báo cáo 6 tháng đầu năm 2030", PeriodKind.H1),
])
def test_guard_one_period_stays_one(title, kind):
    stated = find_period(title)
    assert stated is not None and stated.also is None and stated.kind is kind, stated

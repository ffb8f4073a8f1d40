"""Round 43D F10, `figures import`: a title naming its period apart from the year other than one quarter (42D F3):
"Báo cáo kết quả 6 tháng đầu năm công tác CCHC năm 2030" (or "9 tháng") was refused as "không phải một kỳ ParApp giữ
số liệu", `--period h1 --year 2030` too: the file could not be imported at all. "Báo cáo tình hình quý IV và cả năm
công tác CCHC năm 2030" was read as quý IV alone (exit 0), "quý III và quý IV công tác CCHC năm 2030" and "quý IV so
với quý III … năm 2030" as the whole year. One period named is read; two are both named, and the import asks."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("title", "kind"), [
    ("Báo cáo kết quả 6 tháng đầu năm công tác CCHC năm 2030", PeriodKind.H1),
    ("Báo cáo kết quả 9 tháng công tác CCHC năm 2030", PeriodKind.NINE_MONTHS),
    ("Báo cáo kết quả quý IV công tác CCHC năm 2030", PeriodKind.Q4),  # 42D F3
])
def test_one_period_apart_from_its_year(title, kind):
    stated = find_period(title)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030) and stated.also is None, stated
    assert contradiction(found, stated, kind, 2030) is None


@pytest.mark.parametrize(("title", "kinds"), [
    ("Báo cáo tình hình quý IV và cả năm công tác CCHC năm 2030", {PeriodKind.Q4, PeriodKind.YEAR}),
    ("Báo cáo kết quả quý III và quý IV công tác CCHC năm 2030", {PeriodKind.Q3, PeriodKind.Q4}),
    ("Báo cáo kết quả quý IV so với quý III công tác CCHC năm 2030", {PeriodKind.Q3, PeriodKind.Q4}),
])
def test_two_periods_apart_from_the_year_are_both_named(title, kinds):
    stated = find_period(title)
    assert stated is not None and stated.also is not None, stated
    assert {stated.kind, stated.also.kind} == kinds and {stated.year, stated.also.year} == {2030}, stated
    assert contradiction(match_period(stated, RULES), stated, None, None) is not None


@pytest.mark.parametrize(("title", "kind"), [
    ("Báo cáo tổng kết công tác CCHC năm 2030", PeriodKind.YEAR),
    ("Báo cáo kết quả 6 tháng cuối năm công tác CCHC năm 2030", None),  # no period of ours, as before
    ("Báo cáo tháng cuối năm 2030", None),
])
def test_guard(title, kind):
    stated = find_period(title)
    assert stated is not None and stated.kind is kind and stated.also is None, stated

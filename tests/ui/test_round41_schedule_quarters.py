"""A fresh-eyes walk (round 41): "Lịch báo cáo", the ministry's 15→14 schedule, "Quý IV" ticked: 01/10–31/12, hạn
05/01/2027, beside a quý III ending 14/09 (15–30/9 in no quarter) and a year report ending 14/12; quý II ticked was
01/04–30/06 and refused as overlapping quý III. A quarter the schedule lacks now starts shaped as its own quý I or
III, three months on."""

import dataclasses

import pytest

from parapp.core.periods import PRESETS, PeriodKind, periods_for_year
from parapp.ui.reports.schedule_dialog import _all_kinds


def _ticked(preset: str, kind: PeriodKind):
    rule = next(r for r in _all_kinds(PRESETS[preset]) if r.kind is kind)
    return periods_for_year([dataclasses.replace(rule, enabled=True)], 2026)[0]


@pytest.mark.parametrize("preset, kind, start, end, deadline", [
    ("15-14", PeriodKind.Q4, "2026-09-15", "2026-12-14", "2026-12-20"),
    ("15-14", PeriodKind.Q2, "2026-03-15", "2026-06-14", "2026-06-20"),
    ("calendar", PeriodKind.Q4, "2026-10-01", "2026-12-31", "2027-01-05"),
    ("calendar", PeriodKind.Q2, "2026-04-01", "2026-06-30", "2026-07-05"),
])
def test_a_ticked_quarter_follows_the_schedules_own_rule(preset, kind, start, end, deadline):
    p = _ticked(preset, kind)
    assert (p.window_start.isoformat(), p.window_end.isoformat(), p.deadline.isoformat()) == (start, end, deadline)


def test_the_15_14_schedule_with_every_quarter_leaves_no_day_out():
    rules = [dataclasses.replace(r, enabled=True) for r in _all_kinds(PRESETS["15-14"])
             if r.kind in (PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4)]
    quarters = sorted(periods_for_year(rules, 2026), key=lambda p: p.window_start)
    for a, b in zip(quarters, quarters[1:]):
        assert (b.window_start - a.window_end).days == 1

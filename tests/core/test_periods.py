import datetime as dt

import pytest

from parapp.core.messages import ValidationError
from parapp.core.periods import (
    PRESETS, DayOfYear, PeriodKind as K, PeriodRule, check_rules, next_due, periods_for_year, working_days_between,
)

D = dt.date


def table(preset, year):
    return {p.kind.value: (p.window_start, p.window_end, p.deadline) for p in periods_for_year(PRESETS[preset], year)}


def test_15_14_rule_crosses_the_year_boundary():
    t = table("15-14", 2024)
    assert t["q1"] == (D(2023, 12, 15), D(2024, 3, 14), D(2024, 3, 20))
    assert t["h1"] == (D(2023, 12, 15), D(2024, 6, 14), D(2024, 6, 20))
    assert t["q3"] == (D(2024, 6, 15), D(2024, 9, 14), D(2024, 9, 20))
    assert t["9m"] == (D(2023, 12, 15), D(2024, 9, 14), D(2024, 9, 20))
    assert t["year"] == (D(2023, 12, 15), D(2024, 12, 14), D(2024, 12, 20))


@pytest.mark.parametrize("year, feb_end", [(2024, 29), (2023, 28), (2100, 28), (2000, 29)])
def test_calendar_rule_and_leap_years(year, feb_end):
    t = table("calendar", year)
    assert t["q1"] == (D(year, 1, 1), D(year, 3, 31), D(year, 4, 5))
    assert t["q3"] == (D(year, 7, 1), D(year, 9, 30), D(year, 10, 5))
    assert t["9m"][1] == D(year, 9, 30)
    assert t["year"] == (D(year, 1, 1), D(year, 12, 31), D(year + 1, 1, 5))  # deadline in the next year
    rule = PeriodRule(K.Q1, DayOfYear(1, 1), DayOfYear(29, 2), days_after_end=5)
    assert periods_for_year([rule], year)[0].window_end == D(year, 2, feb_end)


def test_tran_de_rule():
    t = table("tran-de-2024", 2024)
    assert t == {
        "q1": (D(2023, 12, 11), D(2024, 3, 10), D(2024, 3, 11)),
        "h1": (D(2023, 12, 11), D(2024, 6, 10), D(2024, 6, 11)),
        "q3": (D(2024, 6, 11), D(2024, 9, 10), D(2024, 9, 11)),
        "year": (D(2023, 12, 11), D(2024, 12, 10), D(2024, 12, 11)),
    }


def test_ba_giang_rule():
    t = table("ba-giang-2023", 2023)
    assert t == {
        "q1": (D(2022, 12, 15), D(2023, 3, 14), D(2023, 3, 15)),
        "h1": (D(2022, 12, 15), D(2023, 6, 14), D(2023, 6, 15)),
        "9m": (D(2022, 12, 15), D(2023, 9, 14), D(2023, 9, 15)),
        "year": (D(2022, 12, 15), D(2023, 10, 31), D(2023, 11, 1)),
    }


def test_presets_are_valid_and_tran_de_warns():
    for name, rules in PRESETS.items():
        for year in (2023, 2024, 2025):
            warnings = check_rules(rules, year)
            if name == "tran-de-2024":
                assert warnings  # the 11th right after the 10th: no working day between
            elif name == "15-14":
                assert warnings == []


def test_window_ending_before_start_refused():
    bad = [PeriodRule(K.Q3, DayOfYear(15, 9), DayOfYear(14, 6), DayOfYear(20, 9))]
    with pytest.raises(ValidationError) as e:
        check_rules(bad, 2024)
    assert "trước ngày bắt đầu" in e.value.message


def test_deadline_before_window_end_refused():
    bad = [PeriodRule(K.Q1, DayOfYear(1, 1), DayOfYear(31, 3), DayOfYear(15, 3))]
    with pytest.raises(ValidationError):
        check_rules(bad, 2024)


def test_quarters_overlapping_refused():
    bad = [PeriodRule(K.Q1, DayOfYear(1, 1), DayOfYear(31, 3), days_after_end=5),
           PeriodRule(K.Q2, DayOfYear(15, 3), DayOfYear(30, 6), days_after_end=5)]
    with pytest.raises(ValidationError) as e:
        check_rules(bad, 2024)
    assert "chồng lên nhau" in e.value.message


def test_working_days():
    assert working_days_between(D(2024, 3, 10), D(2024, 3, 11)) == 0
    assert working_days_between(D(2024, 3, 14), D(2024, 3, 20)) == 3  # Fri 15, Mon 18, Tue 19
    assert working_days_between(D(2024, 3, 15), D(2024, 3, 18)) == 0  # a weekend between


def test_next_due():
    ps = periods_for_year(PRESETS["15-14"], 2024)
    assert next_due(ps, D(2024, 3, 20)).kind is K.Q1
    assert next_due(ps, D(2024, 3, 21)).kind is K.H1
    assert next_due(ps, D(2024, 12, 21)) is None


def test_day_cells_round_trip():
    from parapp.core.periods import format_day, format_deadline, parse_day, parse_deadline_cell

    assert parse_day("15/12 năm trước") == DayOfYear(15, 12, -1)
    assert parse_day("15/12 nam truoc") == DayOfYear(15, 12, -1)
    assert parse_day("5/1 năm sau") == DayOfYear(5, 1, 1)
    assert parse_day("29/2") == DayOfYear(29, 2, 0)
    for rule in PRESETS["15-14"] + PRESETS["calendar"]:
        assert parse_day(format_day(rule.start)) == rule.start
        cell = parse_deadline_cell(format_deadline(rule))
        assert cell == (rule.deadline or rule.days_after_end)
    for bad in ("31/2", "tháng ba", "", "+0", "+x"):
        with pytest.raises(ValidationError):
            parse_deadline_cell(bad)

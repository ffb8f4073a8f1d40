"""Public holidays beyond the years whose Government decision ParApp carries: a letter written in December 2026
asked for a reply on Tết 2027, which the table of 2025–2026 did not know."""

import datetime as dt

import pytest

from parapp.core.dates import is_working_day, working_day_after
from parapp.core.holidays import holidays
from parapp.core.lunar import hung_kings_day, tet
from parapp.core.urging_letter import default_reply_by

D = dt.date


@pytest.mark.parametrize("day", [D(2001, 1, 24), D(2007, 2, 17), D(2012, 1, 23), D(2020, 1, 25), D(2023, 1, 22),
                                 D(2024, 2, 10), D(2025, 1, 29), D(2026, 2, 17), D(2027, 2, 6), D(2028, 1, 26),
                                 D(2030, 2, 2), D(2033, 1, 31), D(2035, 2, 8)])
def test_tet_is_the_vietnamese_new_year_not_the_chinese_one(day):
    # 2007 and 2030 are years the Chinese new year falls a day later (reckoned at UTC+8).
    assert tet(day.year) == day


@pytest.mark.parametrize("day", [D(2012, 3, 31), D(2020, 4, 2), D(2023, 4, 29), D(2024, 4, 18), D(2025, 4, 7),
                                 D(2026, 4, 26), D(2027, 4, 16)])
def test_hung_kings_day(day):
    assert hung_kings_day(day.year) == day


def test_tet_2027_and_the_days_the_law_gives_are_not_working_days():
    for day in (D(2027, 2, 5), D(2027, 2, 8), D(2027, 2, 9), D(2027, 2, 10)):
        assert not is_working_day(day), day
    assert is_working_day(D(2027, 2, 4)) and is_working_day(D(2027, 2, 12))
    assert not is_working_day(D(2027, 4, 16))           # Giỗ Tổ, a Friday
    assert not is_working_day(D(2027, 5, 3))            # 1/5/2027 is a Saturday: made up on the Monday


def test_a_letter_of_early_february_2027_asks_for_a_reply_after_tet():
    reply = default_reply_by(D(2027, 2, 1))
    assert reply > D(2027, 2, 10) and is_working_day(reply)


def test_the_governments_decided_years_stand_as_decided():
    assert D(2026, 2, 14) in holidays(2026) and D(2026, 2, 23) not in holidays(2026)
    assert working_day_after(D(2026, 2, 14)) == D(2026, 2, 23)
    assert D(2025, 9, 1) in holidays(2025) and D(2024, 9, 3) in holidays(2024)


@pytest.mark.parametrize("year", range(2000, 2101))
def test_every_year_has_tet_in_its_season_and_five_days_or_more_of_it(year):
    first = tet(year)
    assert D(year, 1, 21) <= first <= D(year, 2, 20)
    assert D(year, 3, 25) <= hung_kings_day(year) <= D(year, 5, 5)
    assert sum(1 for d in holidays(year) if abs((d - first).days) <= 10) >= 5

"""The days a commune office is closed besides weekends (Bộ luật Lao động 2019, Điều 112).

The law fixes 1/1, 30/4, 1/5 and 2/9 with a day beside it, five days of Tết and Giỗ Tổ Hùng Vương (10/3 âm lịch);
a holiday falling on a weekend is made up on the next working day. Each year the Government then fixes the Tết days
and the day beside 2/9, often swapping a working day to join them to a weekend. Where that decision is written in
`_DECIDED`, it is used; for any other year the law's own days are worked out (so a letter written in December 2026
does not ask for a reply on Tết 2027), and the Government's decision is added to `_DECIDED` when it is published.
"""

from __future__ import annotations

import datetime as dt
import functools

from parapp.core.lunar import hung_kings_day, tet

_DAY = dt.timedelta(days=1)
_FIXED = ((1, 1), (4, 30), (5, 1), (9, 2))

# The Government's decisions (Tết, the day beside 2/9, days made up or swapped), beside the fixed days.
_DECIDED: dict[int, frozenset[dt.date]] = {
    2024: frozenset([dt.date(2024, 2, 8) + k * _DAY for k in range(7)]
                    + [dt.date(2024, 4, 18), dt.date(2024, 4, 29), dt.date(2024, 9, 3)]),
    2025: frozenset([dt.date(2025, 1, 25) + k * _DAY for k in range(9)]
                    + [dt.date(2025, 4, 7), dt.date(2025, 5, 2), dt.date(2025, 9, 1)]),
    2026: frozenset([dt.date(2026, 2, 14) + k * _DAY for k in range(9)]
                    + [dt.date(2026, 4, 27), dt.date(2026, 9, 1)]),
}


def _beside_national_day(year: int) -> dt.date:
    # The day the Government usually joins to 2/9 to make the longest break: 3/9 after a Monday or a Thursday
    # (2024: 2–3/9), else 1/9 (2025: 1–2/9; 2023, a Saturday: 1/9 and 4/9 made up).
    national = dt.date(year, 9, 2)
    return national + _DAY if national.weekday() in (0, 3) else national - _DAY


@functools.lru_cache(maxsize=None)
def holidays(year: int) -> frozenset[dt.date]:
    """Every public holiday of `year` on which the office is closed, made-up days included."""
    fixed = [dt.date(year, m, d) for m, d in _FIXED]
    if year in _DECIDED:
        return frozenset(fixed) | _DECIDED[year]
    first = tet(year)
    by_law = sorted(fixed + [_beside_national_day(year), hung_kings_day(year)]
                    + [first + k * _DAY for k in range(-1, 4)])     # 30 Tết and mùng 1–4: five days
    closed = set(by_law)
    for day in by_law:
        if day.weekday() >= 5:
            made_up = day + _DAY
            while made_up.weekday() >= 5 or made_up in closed:
                made_up += _DAY
            closed.add(made_up)
    return frozenset(closed)


def is_holiday(d: dt.date) -> bool:
    return d in holidays(d.year)

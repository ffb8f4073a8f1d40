"""Round 22C: a deadline written as a date in words ("Trước ngày 15 tháng 3 năm 2026", the way letters date
themselves) was read as its month alone: due 31/03, two weeks after the day written, never late until April."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline


@pytest.mark.parametrize(("text", "due"), [
    ("Ngày 15 tháng 3 năm 2026", dt.date(2026, 3, 15)),
    ("Trước ngày 15 tháng 3 năm 2026", dt.date(2026, 3, 14)),
    ("Trước ngày 15 tháng 3", dt.date(2026, 3, 14)),
    ("Chậm nhất ngày 5 tháng 10", dt.date(2026, 10, 5)),
    ("Ngày 15 tháng 3/2026", dt.date(2026, 3, 15)),
    ("Từ ngày 1 tháng 3 đến ngày 15 tháng 6 năm 2026", dt.date(2026, 6, 15)),
    ("Trước ngày 1 tháng 1 năm 2027", dt.date(2026, 12, 31)),
])
def test_a_date_in_words_is_that_day(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize("text", ["Ngày 31 tháng 2 năm 2026"])
def test_a_day_no_calendar_holds_is_not_guessed(text):
    assert parse_deadline(text, 2026).due is None


def test_the_monthly_day_is_untouched():
    d = parse_deadline("Ngày 20 hằng tháng", 2026)
    assert d.due == dt.date(2026, 12, 31) and d.recurrence.value == "monthly"

"""Round 29C F9: "Tháng Năm (2027)" (May in words, the year in brackets) was asked for a deadline, where round 28C
reads "Tháng Tám (2027)", "Tháng 5 (2027)" and "Tháng Năm 2027"."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline


@pytest.mark.parametrize(("text", "due"), [
    ("Tháng Năm (2027)", dt.date(2027, 5, 31)), ("Tháng Năm ( 2027 )", dt.date(2027, 5, 31)),
    ("Trong tháng Năm (2027)", dt.date(2027, 5, 31)), ("Tháng Tám (2027)", dt.date(2027, 8, 31)),
    ("Tháng 5 (2027)", dt.date(2027, 5, 31)), ("Ngày 15 tháng Năm (2027)", dt.date(2027, 5, 15)),
])
def test_may_with_its_year_in_brackets(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize("text", ["Ngày    tháng    năm (2027)", "Hằng tháng năm (2027)"])
def test_what_is_no_may_stays_no_may(text):
    d = parse_deadline(text, 2026)
    assert d.due is None or d.due.month != 5

"""Round 22C: a span whose end is a year alone ("Từ tháng 3/2026 đến 2027") was due at its start (31/03/2026), the
work overdue from April though the plan gives it until the end of 2027; "đến năm 2027" was read as its end."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline


@pytest.mark.parametrize(("text", "due"), [
    ("Từ tháng 3/2026 đến 2027", dt.date(2027, 12, 31)),
    ("Tháng 3/2026 đến 2027", dt.date(2027, 12, 31)),
    ("Từ quý II/2026 đến 2028", dt.date(2028, 12, 31)),
    ("Từ 01/3/2026 đến 2027", dt.date(2027, 12, 31)),
    ("Tháng 3/2026 đến năm 2027", dt.date(2027, 12, 31)),
])
def test_a_year_alone_after_den_is_its_end(text, due):
    assert parse_deadline(text, 2026).due == due


def test_years_alone_are_still_not_guessed():
    assert parse_deadline("Từ 2026 đến 2030", 2026).due is None

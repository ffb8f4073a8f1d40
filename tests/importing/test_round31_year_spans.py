"""Round 31C F19: a deadline spanning two years with the word "Năm" before each, "Năm 2026 - Năm 2027" (as a period
grid of years, or a cell, writes it), was due 31/12/2026, a year early, silently ("Năm 2026 - 2027" and "năm 2026 đến
năm 2027" were due 31/12/2027); "6 tháng đầu năm - 6 tháng cuối năm" (the two halves of a grid) was due 30/6 for work
through the year. Both are read to their end."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline


@pytest.mark.parametrize("text, due", [
    ("Năm 2026 - Năm 2027", dt.date(2027, 12, 31)),
    ("Năm 2026 – năm 2027", dt.date(2027, 12, 31)),
    ("Năm 2026 - 2027", dt.date(2027, 12, 31)),
    ("6 tháng đầu năm - 6 tháng cuối năm", dt.date(2026, 12, 31)),
    ("6 tháng đầu năm 2027 - 6 tháng cuối năm 2027", dt.date(2027, 12, 31)),
    ("Năm 2026, Năm 2027", dt.date(2026, 12, 31)),  # a list: its first, as lists are read
])
def test_to_the_spans_end(text, due):
    assert parse_deadline(text, 2026).due == due

"""Round 22C: a span whose ends carry their year after a dash ("Tháng 3-2026 - tháng 6-2026", "Quý I - 2026 - Quý II -
2026") was due at its start; with "đến" between them it was read at its end since round 21."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline


@pytest.mark.parametrize(("text", "due"), [
    ("Tháng 3-2026 - tháng 6-2026", dt.date(2026, 6, 30)),
    ("Quý I - 2026 - Quý II - 2026", dt.date(2026, 6, 30)),
    ("Tháng 11-2026 - tháng 2-2027", dt.date(2027, 2, 28)),
    ("Quý IV - 2026 - Quý I - 2027", dt.date(2027, 3, 31)),
    ("Tháng 03 - 2026 đến 06 - 2026", dt.date(2026, 6, 30)),
])
def test_a_span_of_dash_years_is_due_at_its_end(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("text", "due"), [("Tháng 3 - 2026", dt.date(2026, 3, 31)),
                                           ("Tháng 10 - 12/2026", dt.date(2026, 12, 31)),
                                           ("Năm 2026 - 2027", dt.date(2027, 12, 31))])
def test_others_as_before(text, due):
    assert parse_deadline(text, 2026).due == due

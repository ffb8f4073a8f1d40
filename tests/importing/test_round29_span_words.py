"""Round 29C F10: "tới" (to) in a span or an end was not read as "đến": "Từ tháng 3 tới tháng 6/2027" was due 31/3/2026
(the start, in the plan's year: fifteen months early), "Quý I tới quý III" 31/3, "Hằng tháng tới tháng 6/2027" ran to
31/12/2026."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline

D = dt.date


@pytest.mark.parametrize(("text", "due", "every"), [
    ("Từ tháng 3 tới tháng 6/2027", D(2027, 6, 30), "NONE"), ("Tháng 3 tới tháng 6", D(2026, 6, 30), "NONE"),
    ("Quý I tới quý III", D(2026, 9, 30), "NONE"), ("Từ 01/3 tới 30/6/2027", D(2027, 6, 30), "NONE"),
    ("Hằng tháng tới tháng 6/2027", D(2027, 6, 30), "MONTHLY"),
    ("Hằng quý tới hết quý III/2027", D(2027, 9, 30), "QUARTERLY"), ("Hàng tháng tới tháng 6 2027", D(2027, 6, 30),
                                                                      "MONTHLY"),
])
def test_toi_is_den(text, due, every):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence.name) == (due, every)


@pytest.mark.parametrize(("text", "due"), [
    ("Quý I năm tới", D(2027, 3, 31)), ("Tháng 6 năm tới", D(2027, 6, 30)), ("Tới hết năm", D(2026, 12, 31)),
    ("Đến tháng 6/2027", D(2027, 6, 30)),
])
def test_what_was_read_stays_read(text, due):
    assert parse_deadline(text, 2026).due == due

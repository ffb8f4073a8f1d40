"""Deadline phrases rounds 22B, 22C and 23B left: read now, or asked rather than misread.

- "6 tháng cuối năm", "9 tháng đầu năm", "Cả năm" with no year had no due date (the import asked for each), though
  "6 tháng đầu năm" had one.
- "Trước quý I", "Trước tháng 1" in a 2026 plan were due 31/12/2025, before the plan's year began: every such task
  overdue the day the plan was imported. With no year written, a "before" that falls before the plan's year is asked.
- "Hằng năm (trước 15/12)", "Trước ngày 15/12 hằng năm", "30/6 hằng năm" were one-off tasks: yearly work with its day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline
from parapp.core.status import Recurrence

D = dt.date
Y, N = Recurrence.YEARLY, Recurrence.NONE


@pytest.mark.parametrize("text, due, rec", [
    ("6 tháng cuối năm", D(2026, 12, 31), N),
    ("9 tháng đầu năm", D(2026, 9, 30), N),
    ("9 tháng đầu năm 2027", D(2027, 9, 30), N),
    ("Cả năm", D(2026, 12, 31), N),
    ("Hằng năm (trước 15/12)", D(2026, 12, 14), Y),
    ("Trước ngày 15/12 hằng năm", D(2026, 12, 14), Y),
    ("30/6 hằng năm", D(2026, 6, 30), Y),
    ("Hằng năm, trước ngày 15/12", D(2026, 12, 14), Y),
    ("Ngày 15/12 hàng năm", D(2026, 12, 15), Y),
    ("Hàng năm", D(2026, 12, 31), Y),
])
def test_read(text, due, rec):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (due, rec)


@pytest.mark.parametrize("text", ["Trước quý I", "Trước tháng 1"])
def test_a_before_falling_before_the_plans_year_is_asked(text):
    assert parse_deadline(text, 2026).due is None


@pytest.mark.parametrize("text, due", [
    ("Trước quý II", D(2026, 3, 31)),
    ("Trước tháng 3", D(2026, 2, 28)),
    ("Trước quý I/2026", D(2025, 12, 31)),  # the year written: as written
    ("Hoàn thành trước 30/6/2026, duy trì hằng năm", D(2026, 6, 29)),  # a deadline, then upkeep
])
def test_what_stays(text, due):
    d = parse_deadline(text, 2026)
    assert d.due == due and d.recurrence is N

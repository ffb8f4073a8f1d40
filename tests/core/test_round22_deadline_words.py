"""Round 22B: deadlines written the way the decree writes dates, and "before a quarter/year", as the report reads them.

"Ngày 15 tháng 7 năm 2026" (the date as every administrative document writes it) was read as "tháng 7": due 31/7,
so a task due 15/7 and not done stood "đang thực hiện" in the report until August; "Trước ngày 15 tháng 7" was due
31/7 too. "Trước quý III" was due at the end of quý III (30/9), "Trước năm 2027" at the end of 2027.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline
from parapp.core.status import Recurrence

D = dt.date


@pytest.mark.parametrize("text, due", [
    ("Ngày 15 tháng 7 năm 2026", D(2026, 7, 15)),
    ("Ngày 20 tháng 12", D(2026, 12, 20)),
    ("Trước ngày 15 tháng 7 năm 2026", D(2026, 7, 14)),
    ("Trước ngày 15 tháng 7", D(2026, 7, 14)),
    ("Trước ngày 01 tháng 7 năm 2026", D(2026, 6, 30)),
    ("Trước ngày 01 tháng 01 năm 2027", D(2026, 12, 31)),
    ("Chậm nhất ngày 30 tháng 9 năm 2026", D(2026, 9, 30)),
    ("Từ ngày 01 tháng 3 đến ngày 30 tháng 6 năm 2026", D(2026, 6, 30)),
    ("Trước quý III", D(2026, 6, 30)),
    ("Hoàn thành trước quý III/2026", D(2026, 6, 30)),
    ("Trước quý I/2027", D(2026, 12, 31)),
    ("Trước năm 2027", D(2026, 12, 31)),
])
def test_dates_in_words_and_before_a_quarter_or_year(text, due):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (due, Recurrence.NONE)


@pytest.mark.parametrize("text, due, rec", [
    ("Ngày 20 hằng tháng", D(2026, 12, 31), Recurrence.MONTHLY),
    ("Tháng 7 năm 2026", D(2026, 7, 31), Recurrence.NONE),
    ("Quý III", D(2026, 9, 30), Recurrence.NONE),
    ("Năm 2027", D(2027, 12, 31), Recurrence.NONE),
    ("Trước tháng 11/2026", D(2026, 10, 31), Recurrence.NONE),
])
def test_what_was_read_stays_read(text, due, rec):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (due, rec)


@pytest.mark.parametrize("text, due, rec", [
    ("Hằng tháng trong quý I", D(2026, 3, 31), Recurrence.MONTHLY),
    ("Hằng tháng, đến hết quý III", D(2026, 9, 30), Recurrence.MONTHLY),
    ("Hằng tháng đến hết tháng 10", D(2026, 10, 31), Recurrence.MONTHLY),
    ("Hằng quý trong năm 2027", D(2027, 12, 31), Recurrence.QUARTERLY),
    ("Hằng quý, bắt đầu từ quý II/2026", D(2026, 12, 31), Recurrence.QUARTERLY),
    ("Hằng tháng 6 tháng đầu năm", D(2026, 6, 30), Recurrence.MONTHLY),
    ("Trước ngày 10 của tháng cuối quý (hằng quý)", D(2026, 12, 31), Recurrence.QUARTERLY),
])
def test_recurring_work_ends_where_its_words_bound_it(text, due, rec):
    # Round 22B: "Hằng tháng trong quý I" ran to 31/12, so quý I's monthly work was listed in the quý I report as
    # work "đến hạn trong quý II".
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (due, rec)

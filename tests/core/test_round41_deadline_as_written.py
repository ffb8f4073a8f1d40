"""A fresh-eyes walk and the chairman's read (round 41): reports said "thời hạn ngày 14/01/2027" and "ngày 30/6/2027"
beside the plan's "Trước ngày 15/01/2027" and "Quý II/2027", days no plan wrote. A deadline the plan names by a day
before, a quarter or a month is said as the plan names it, where that is the day kept; anything else by its day."""

import datetime as dt

import pytest

from parapp.core.report_words import due_day

D = dt.date


@pytest.mark.parametrize("written, due, said", [
    ("Trước ngày 15/01/2027", D(2027, 1, 14), "trước ngày 15/01/2027"),
    ("trước ngày 31/8/2026.", D(2026, 8, 30), "trước ngày 31/8/2026"),
    ("Quý II/2027", D(2027, 6, 30), "quý II/2027"),
    ("Quý I năm 2027", D(2027, 3, 31), "quý I năm 2027"),
    ("Tháng 4/2027", D(2027, 4, 30), "tháng 4/2027"),
    ("Hoàn thành trong quý III/2027", D(2027, 9, 30), "quý III/2027"),
    ("Trong tháng 5/2026", D(2026, 5, 31), "tháng 5/2026"),
    # the day kept is another (edited by hand): the day, not words that would contradict it
    ("Quý II/2027", D(2027, 6, 15), "ngày 15/6/2027"),
    ("Trước ngày 15/01/2027", D(2027, 1, 10), "ngày 10/01/2027"),
    # words that name no span of their own
    ("30/6/2027", D(2027, 6, 30), "ngày 30/6/2027"),
    ("", D(2027, 6, 30), "ngày 30/6/2027"),
    ("Quý II/2027 và quý III/2027", D(2027, 9, 30), "ngày 30/9/2027"),
])
def test_a_deadline_is_said_as_the_plan_names_it_where_that_is_the_day_kept(written, due, said):
    assert due_day(written, due) == said


@pytest.mark.parametrize("written, due, said", [
    ("Trong năm 2026", D(2026, 12, 31), "trong năm 2026"),
    ("Hoàn thành trong năm 2026", D(2026, 12, 31), "trong năm 2026"),
    ("Năm 2026", D(2026, 12, 31), "trong năm 2026"),
    ("Trong năm 2026", D(2026, 12, 20), "ngày 20/12/2026"),
])
def test_a_year_the_plan_names_is_said_as_the_year(written, due, said):
    """The chairman's read (round 43): "Trong năm 2026" was printed "(thời hạn ngày 31/12/2026)" in the quý IV and year
    reports and "31/12/2026" in their Phụ lục II."""
    assert due_day(written, due) == said

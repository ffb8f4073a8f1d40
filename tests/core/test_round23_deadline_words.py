"""Round 23B: round 22B's dates in words, attacked."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline


@pytest.mark.parametrize("text, due", [
    ("Trước 15 tháng 7 năm 2026", dt.date(2026, 7, 14)),
    ("Trước 15 tháng 7", dt.date(2026, 7, 14)),
    ("15 tháng 7 năm 2026", dt.date(2026, 7, 15)),
    ("Đến 15 tháng 12 năm 2026", dt.date(2026, 12, 15)),
    ("Hạn 30 tháng 6", dt.date(2026, 6, 30)),
    ("Hạn chót 15 tháng 7", dt.date(2026, 7, 15)),
    ("Chậm nhất 15 tháng 7 năm 2026", dt.date(2026, 7, 15)),
])
def test_a_date_in_words_without_ngay_is_read_as_its_day(text, due):
    """Finding 3: "Trước 15 tháng 7 năm 2026" (the day in words with "ngày" left out, as "Trước 15/7" leaves it
    out) was read as "tháng 7": due 31/7, two weeks after the day written, so the task was not late in between;
    "Trước 15/7" is due 14/7 and "Trước ngày 15 tháng 7 năm 2026" too."""
    assert parse_deadline(text, 2026).due == due == parse_deadline(text.replace(" tháng ", "/", 1)
                                                                    .replace(" năm ", "/"), 2026).due


@pytest.mark.parametrize("text, due", [
    ("6 tháng đầu năm", dt.date(2026, 6, 30)),
    ("Tháng 7 năm 2026", dt.date(2026, 7, 31)),
    ("Quý III, trước ngày 15/9", dt.date(2026, 9, 14)),
])
def test_periods_of_months_stay_as_they_were(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize("text, due", [
    ("Ngày 5/1 năm 2027", dt.date(2027, 1, 5)),
    ("Trước ngày 15/1 năm 2027", dt.date(2027, 1, 14)),
    ("Trước 15/01 năm 2027", dt.date(2027, 1, 14)),
])
def test_a_day_and_month_in_figures_then_its_year_in_words(text, due):
    """Finding 8: "Ngày 5/1 năm 2027" (the day and month in figures, the year in words, as round 22B read "Ngày 5
    tháng 1 năm 2027") was due 05/01/2026, the plan's year: a year early, overdue from the day it came in."""
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize("text, due", [
    ("Quý I năm sau", dt.date(2027, 3, 31)),
    ("Tháng 1 năm sau", dt.date(2027, 1, 31)),
    ("Trước ngày 15 tháng 1 năm sau", dt.date(2027, 1, 14)),
    ("Ngày 5/1 năm sau", dt.date(2027, 1, 5)),
    ("Trong quý I năm tới", dt.date(2027, 3, 31)),
])
def test_next_year_is_the_plans_next(text, due):
    """Finding 9: "Quý I năm sau" (the year's summing up, in an annual plan) was due 31/03 of the plan's own year, a
    year early and overdue for nine months of it; "năm sau" and "năm tới" are the plan's next year."""
    assert parse_deadline(text, 2026).due == due

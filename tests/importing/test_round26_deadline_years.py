"""Round 26C: a year written in a way the reader did not take was dropped, the plan's year used in its place.
In a 2026 plan "Tháng 01.2027", "Quý I.2027" were due 31/1/2026 and 31/3/2026 (overdue on import, a year early),
"15/3 và 15/9/2027" 15/3/2026 (the list's year was given to lists of months and quarters only, round 25C), and a date
written "15.3.2027" or "15-3-2027" had no due date at all."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline


@pytest.mark.parametrize(("text", "due"), [
    ("Tháng 01.2027", dt.date(2027, 1, 31)),
    ("Tháng 6.2027", dt.date(2027, 6, 30)),
    ("Quý I.2027", dt.date(2027, 3, 31)),
    ("Quý II. 2027", dt.date(2027, 6, 30)),
    ("Quý I, II.2027", dt.date(2027, 3, 31)),
    ("15.3.2027", dt.date(2027, 3, 15)),
    ("15-3-2027", dt.date(2027, 3, 15)),
    ("Trước ngày 15.3.2027", dt.date(2027, 3, 14)),
    ("Trước ngày 15-03-2027", dt.date(2027, 3, 14)),
])
def test_a_year_after_a_dot_or_a_dash_is_read(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("text", "due"), [
    ("15/3 và 15/9/2027", dt.date(2027, 3, 15)),
    ("15/3, 15/6, 15/9 và 15/12/2027", dt.date(2027, 3, 15)),
    ("Trước 15/3 và 15/9/2027", dt.date(2027, 3, 14)),
    ("Ngày 15/3 và 15/9 năm 2027", dt.date(2027, 3, 15)),
    ("Ngày 15/3; ngày 15/9/2027", dt.date(2027, 3, 15)),
    ("15/12 và 15/01/2027", dt.date(2026, 12, 15)),       # the list crossing the year
])
def test_a_year_written_after_a_list_of_dates_is_its_first_dates(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("text", "due"), [
    ("15/3 - 15/9/2027", dt.date(2027, 9, 15)),           # a span: its end, as before
    ("15/3, 15/6/2026 và 15/9/2027", dt.date(2026, 3, 15)),
    ("15/6 và 15/12", dt.date(2026, 6, 15)),              # no year: the plan's
    ("Tháng 9-10/2026", dt.date(2026, 10, 31)),
    ("Tháng 3-2027", dt.date(2027, 3, 31)),
    ("Quý I - 2027", dt.date(2027, 3, 31)),
    ("Hằng quý (quý I, II, III, IV năm 2027)", dt.date(2027, 12, 31)),
])
def test_other_forms_are_unchanged(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("text", "due"), [
    ("Tháng Sáu năm 2027", dt.date(2027, 6, 30)),       # was 31/12/2027
    ("Tháng Năm năm 2027", dt.date(2027, 5, 31)),
    ("Tháng Mười Hai năm 2027", dt.date(2027, 12, 31)),
    ("Tháng Ba/2027", dt.date(2027, 3, 31)),            # was asked
    ("Tháng Bảy, năm 2027", dt.date(2027, 7, 31)),
    ("Quý Hai năm 2027", dt.date(2027, 6, 30)),          # was 31/12/2027
    ("Quý một/2027", dt.date(2027, 3, 31)),
    ("Sáu tháng đầu năm 2027", dt.date(2027, 6, 30)),
    ("tháng Giêng năm 2027", None),                      # lunar or not: asked, not 31/12/2027
    ("Hằng tháng từ tháng 3", dt.date(2026, 12, 31)),   # "tháng từ" is no April
])
def test_months_and_quarters_in_words(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("text", "due"), [
    ("Quý I/2027 (trước ngày 25/3)", dt.date(2027, 3, 24)),       # was 24/3/2026
    ("Tháng 01/2027 (trước ngày 20/01)", dt.date(2027, 1, 19)),
    ("Năm 2027 (trước 30/11)", dt.date(2027, 11, 29)),
    ("Trong quý I/2027, trước ngày 15/3", dt.date(2027, 3, 14)),
    # not narrowed: another year's report, a day outside the quarter
    ("Trước ngày 15/3 (báo cáo năm 2026)", dt.date(2026, 3, 14)),
    ("Quý IV/2026 (trước 20/12)", dt.date(2026, 12, 19)),
    ("Tháng 12/2026 - 15/01", dt.date(2026, 12, 31)),
])
def test_a_day_narrowing_a_quarter_month_or_year_written_with_its_year(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize("text", ["Quý I, " * 5000, "Tháng 3, " * 5000, "15/3, " * 5000, "Tháng Ba, " * 5000,
                                  "1/1 , " * 3000 + "1/1/20"])
def test_a_long_list_is_read_quickly(text):
    """A hostile or broken cell: "Quý I, " five thousand times took 3.5 s on main (round 25C's list of quarters, its
    repetition unbounded), "15/3, " as long took 5.7 s with round 26C's list of dates."""
    import time

    start = time.perf_counter()
    parse_deadline(text, 2026)
    assert time.perf_counter() - start < 1.0

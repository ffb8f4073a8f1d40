"""Round 27C: deadlines whose year or month was misread without a word.

F1: a year written after a space or a comma ("Quý IV 2027", "Tháng 6 2027", "Quý II, 2027") was dropped and the
plan's year taken: in a 2026 plan they were due 31/12/2026 and 30/06/2026, a year early and overdue on import.
F2: "Tháng Năm" (May in words) was read as yearly work due 31/12 ("t-hang nam" matched "hằng năm"), and "Tháng Năm
2027" as the year alone, due 31/12/2027."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import Recurrence, parse_deadline


@pytest.mark.parametrize(("text", "due"), [
    ("Quý IV 2027", dt.date(2027, 12, 31)),
    ("Quý 2 2027", dt.date(2027, 6, 30)),
    ("Tháng 6 2027", dt.date(2027, 6, 30)),
    ("Tháng 06 2027", dt.date(2027, 6, 30)),
    ("Quý II, 2027", dt.date(2027, 6, 30)),
    ("Tháng 6, 2027", dt.date(2027, 6, 30)),
    ("Tháng Sáu 2027", dt.date(2027, 6, 30)),
    ("Trước tháng 6 2027", dt.date(2027, 5, 31)),
])
def test_a_year_after_a_space_or_a_comma_is_read(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("text", "due"), [
    ("Tháng Năm", dt.date(2026, 5, 31)),
    ("Trong tháng Năm", dt.date(2026, 5, 31)),
    ("Cuối tháng Năm", dt.date(2026, 5, 31)),
    ("Tháng Năm 2027", dt.date(2027, 5, 31)),
    ("Tháng Năm năm 2027", dt.date(2027, 5, 31)),
    ("Tháng Năm/2027", dt.date(2027, 5, 31)),
])
def test_may_in_words_is_may(text, due):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (due, Recurrence.NONE)


@pytest.mark.parametrize(("text", "due", "every"), [
    ("Hằng năm", dt.date(2026, 12, 31), Recurrence.YEARLY),
    ("Hằng tháng năm 2027", dt.date(2027, 12, 31), Recurrence.MONTHLY),
    ("Năm 2027", dt.date(2027, 12, 31), Recurrence.NONE),
    ("Quý IV/2027", dt.date(2027, 12, 31), Recurrence.NONE),
    ("Tháng 6 - 9/2027", dt.date(2027, 9, 30), Recurrence.NONE),
    ("Giai đoạn 2026 - 2027", dt.date(2027, 12, 31), Recurrence.NONE),
])
def test_unchanged(text, due, every):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (due, every)


@pytest.mark.parametrize(("text", "due"), [
    ("Quý I, II 2027", dt.date(2027, 3, 31)),
    ("Ngày 15 tháng 6 2027", dt.date(2027, 6, 15)),
    ("Trước ngày 15 tháng 6 2027", dt.date(2027, 6, 14)),
    ("15/6 2027", dt.date(2027, 6, 15)),
    ("15/3 và 15/9 2027", dt.date(2027, 3, 15)),
])
def test_lists_and_dates_with_a_year_after_a_space(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("text", "due"), [
    ("Tháng 6 - 9 2027", dt.date(2027, 9, 30)),
    ("Quý II - III 2027", dt.date(2027, 9, 30)),
])
def test_spans_with_a_year_after_a_space(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize("text", ["Đầu tháng 6/2027", "Giữa tháng 6/2027", "Đầu quý II/2027", "Giữa quý II/2027",
                                  "Tuần đầu tháng 6/2027", "Tuần 1 tháng 3/2027"])
def test_the_start_or_middle_of_a_month_or_quarter_is_asked(text):
    """F7: "Đầu quý II/2027" (early April) was due 30/6/2027, "Đầu tháng 6/2027" and "Tuần 1 tháng 3/2027" at the
    month's end, weeks or months late without a word; asked, as "Đầu năm 2027" is (round 24D)."""
    assert parse_deadline(text, 2026).due is None


@pytest.mark.parametrize(("text", "due"), [
    ("Cuối tháng 6/2027", dt.date(2027, 6, 30)),
    ("Tuần cuối tháng 6/2027", dt.date(2027, 6, 30)),
    ("Từ đầu tháng 3 đến cuối tháng 6/2027", dt.date(2027, 6, 30)),
    ("Trước 15/6 (đầu tháng 6)", dt.date(2026, 6, 14)),
])
def test_ends_are_still_read(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("text", "due"), [
    ("Ngày 15 tháng Sáu năm 2027", dt.date(2027, 6, 15)),
    ("Ngày 15 tháng Năm năm 2027", dt.date(2027, 5, 15)),
    ("Trước ngày 15 tháng Sáu năm 2027", dt.date(2027, 6, 14)),
])
def test_a_day_of_a_month_in_words_keeps_its_day(text, due):
    """The day before a month in words was dropped: due at the month's end (30/6 for 15/6), on main already."""
    assert parse_deadline(text, 2026).due == due


def test_nine_months_of_a_year_is_no_may():
    assert parse_deadline("9 tháng năm 2027", 2026).due != dt.date(2027, 5, 31)


@pytest.mark.parametrize(("text", "every"), [("Hằng quý 2027", Recurrence.QUARTERLY),
                                             ("Hằng tháng 2027", Recurrence.MONTHLY)])
def test_recurring_work_with_its_year_after_a_space_runs_to_that_years_end(text, every):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (dt.date(2027, 12, 31), every)

"""Round 28C: deadlines that round 27C's year and month-in-words rules still mis-dated in a 2026 plan.

F1: "Ngày 15 tháng Năm 2027" (a day, then May in words) was due 31/12/2027: "15 tháng năm" was taken for "nine months"
(a count of months), and the year alone was read. A blank date form ("Ngày    tháng    năm 2027") was due 31/5/2027.
F2: "Quý II (2027)", "Tháng 6 (2027)": the year in brackets was dropped, due in 2026, a year early ("Tháng Tám
(2027)", "Quý Ba (2027)": asked).
F3: "Tuần thứ 2 tháng 3", "Thượng tuần tháng 3", "Tuần đầu tiên của tháng 3" were due at the month's end; round 27C
asks "Tuần 1 tháng 3".
F4: "Quý Ⅱ năm 2027" (Unicode Roman numeral) was due 31/12/2027, six months late.
F5: "Tháng Năm, tháng Mười" was due 31/10, "Tháng Năm và tháng Mười năm 2027" 31/10/2027: May before a comma or "và"
was not read, so the list began at October."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline
from parapp.core.importing.parse import parse_text

D = dt.date


@pytest.mark.parametrize(("text", "due"), [
    ("Ngày 15 tháng Năm 2027", D(2027, 5, 15)),
    ("Trước ngày 15 tháng Năm 2027", D(2027, 5, 14)),
    ("Trước 15 tháng Năm 2027", D(2027, 5, 14)),
    ("Ngày 15 tháng Năm", D(2026, 5, 15)),
    ("15 tháng Năm 2027", D(2027, 5, 15)),  # a day at the start (round 23B reads "15 tháng 7 năm 2026" so)
    ("Quý II (2027)", D(2027, 6, 30)),
    ("Tháng 6 (2027)", D(2027, 6, 30)),
    ("Tháng Tám (2027)", D(2027, 8, 31)),
    ("Quý Ba (2027)", D(2027, 9, 30)),
    ("Quý Ⅱ năm 2027", D(2027, 6, 30)),
    ("Quý Ⅳ/2027", D(2027, 12, 31)),
    ("Tháng Năm, tháng Mười", D(2026, 5, 31)),
    ("Tháng Năm và tháng Mười năm 2027", D(2027, 5, 31)),
])
def test_read_with_the_day_and_year_written(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize("text", [
    "Ngày    tháng    năm 2027", "Tuần thứ 2 tháng 3", "Tuần thứ nhất tháng 3", "Tuần đầu tiên của tháng 3",
    "Tuần thứ hai của tháng 3/2027", "Thượng tuần tháng 3", "Trung tuần tháng 3",
])
def test_a_part_of_a_month_or_a_blank_date_is_asked(text):
    assert parse_deadline(text, 2026).due is None


@pytest.mark.parametrize(("text", "due"), [
    ("9 tháng năm 2027", D(2027, 12, 31)), ("Hằng tháng năm 2027", D(2027, 12, 31)),
    ("Tháng Năm 2027", D(2027, 5, 31)), ("Tháng Năm", D(2026, 5, 31)), ("Hạ tuần tháng 3", D(2026, 3, 31)),
    ("Tuần cuối tháng 3", D(2026, 3, 31)), ("Quý II (năm 2027)", D(2027, 6, 30)),
    ("Quý II (2026 - 2027)", D(2026, 6, 30)),
])
def test_what_was_read_stays_read(text, due):
    assert parse_deadline(text, 2026).due == due


def test_a_plan_table_keeps_them():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2026\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n"
                   "1\tViệc A\tTư pháp\tNgày 15 tháng Năm 2027\n2\tViệc B\tTư pháp\tQuý II (2027)\n"
                   "3\tViệc C\tTư pháp\tTuần thứ 2 tháng 3\n", plan_year=2026)
    assert [t.due_date for t in r.tasks] == [D(2027, 5, 15), D(2027, 6, 30), None]
    assert r.tasks[2].problems


@pytest.mark.parametrize(("text", "due"), [
    ("Tháng Sáu hằng năm", D(2026, 6, 30)), ("Tháng Năm hằng năm", D(2026, 5, 31)),
    ("Tháng Mười hàng năm", D(2026, 10, 31)), ("Trước ngày 15 tháng Sáu hằng năm", D(2026, 6, 14)),
    ("Trước ngày 15 tháng Năm hằng năm", D(2026, 5, 14)),
])
def test_a_month_in_words_before_every_year(text, due):
    """F11: a month in words before "hằng năm" was not read: "Tháng Sáu hằng năm" was yearly work due 31/12 (six
    months late every year), where "Tháng 6 hằng năm" is due 30/6."""
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence.name) == (due, "YEARLY")


def test_the_months_of_a_year_are_no_may():
    """F11: "Các tháng năm 2027" (the months of 2027) was due 31/5/2027."""
    assert parse_deadline("Các tháng năm 2027", 2026).due != D(2027, 5, 31)


@pytest.mark.parametrize(("text", "due"), [
    ("Hằng tháng đến tháng 6 2027", D(2027, 6, 30)), ("Hằng quý đến quý III 2027", D(2027, 9, 30)),
    ("Hằng quý, đến hết quý III, 2027", D(2027, 9, 30)), ("Hằng tháng đến tháng Sáu năm 2027", D(2027, 6, 30)),
    ("Hằng tháng đến tháng 6/2027", D(2027, 6, 30)), ("Hằng quý 2027", D(2027, 12, 31)),
])
def test_recurring_work_ends_at_the_end_written(text, due):
    """F13: monthly or quarterly work whose end is written with a year after a space or a comma, or a month in words,
    ran to that month in the plan's year ("Hằng tháng đến tháng 6 2027": 30/6/2026, a year early) or to the year's
    end ("… tháng Sáu năm 2027": 31/12/2027): the end was read again from the text as typed, without round 27C's
    forms."""
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize("text", ["Ngày đầu tiên của tháng 6", "Tuần 2, tháng 3", "Tuần 2-3 tháng 3",
                                  "Tuần 2 - 3 tháng 3/2027"])
def test_more_parts_of_a_month_are_asked(text):
    """F14: "Ngày đầu tiên của tháng 6" (1 June) was due 30/6, "Tuần 2, tháng 3" and "Tuần 2-3 tháng 3" 31/3."""
    assert parse_deadline(text, 2026).due is None


@pytest.mark.parametrize(("text", "due"), [
    ("Quý I năm kế tiếp", D(2027, 3, 31)), ("Quý I năm tiếp theo", D(2027, 3, 31)),
    ("Tháng 1 năm kế tiếp", D(2027, 1, 31)), ("Quý I năm sau", D(2027, 3, 31)),
])
def test_the_next_year_in_other_words(text, due):
    """F18: "Quý I năm kế tiếp", "Quý I năm tiếp theo" were due in the plan's own year (31/3/2026), a year early and
    overdue on import; round 23B read "năm sau", "năm tới" only."""
    assert parse_deadline(text, 2026).due == due


def test_the_years_after_stay_yearly():
    d = parse_deadline("Năm 2027 và các năm tiếp theo", 2026)
    assert (d.due, d.recurrence.name) == (D(2027, 12, 31), "YEARLY")

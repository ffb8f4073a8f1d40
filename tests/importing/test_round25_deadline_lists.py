"""Round 25C: a list of quarters or months with the year written once, after the last ("Quý I, quý II/2027",
"Tháng 1 và đầu tháng 2/2027"), in a 2026 plan was due in the plan's year (31/3/2026, 31/1/2026): overdue on import,
a year early. The year written after the list is each item's, as it is a span's ("Quý I - quý II/2027")."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline


@pytest.mark.parametrize(("text", "due"), [
    ("Quý I, quý II/2027", dt.date(2027, 3, 31)),
    ("Quý I, đầu quý II/2027", dt.date(2027, 3, 31)),
    ("Quý I, II/2027", dt.date(2027, 3, 31)),
    ("Quý I và quý II năm 2027", dt.date(2027, 3, 31)),
    ("Quý I - đầu quý II/2027", dt.date(2027, 3, 31)),
    ("Cuối quý I, đầu quý II/2027", dt.date(2027, 3, 31)),
    ("Tháng 1, tháng 2/2027", dt.date(2027, 1, 31)),
    ("Tháng 1 và đầu tháng 2/2027", dt.date(2027, 1, 31)),
    ("Tháng 3, 6, 9, 12/2027", dt.date(2027, 3, 31)),
    # the list crossing the year: its first item is the year before's
    ("Quý IV, đầu quý I/2027", dt.date(2026, 12, 31)),
    ("Tháng 12, tháng 1/2027", dt.date(2026, 12, 31)),
])
def test_a_year_written_after_a_list_is_its_first_items(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("text", "due"), [
    ("Quý I - quý II/2027", dt.date(2027, 6, 30)),       # a span: its end, as before
    ("Tháng 3, 6, 9, 12", dt.date(2026, 3, 31)),           # no year: the plan's
    ("Quý IV/2026, quý I/2027", dt.date(2026, 12, 31)),   # each with its year
    ("Tháng 1, 15/2/2027", dt.date(2027, 2, 15)),          # a date, not a list of months: as before
])
def test_other_forms_are_unchanged(text, due):
    assert parse_deadline(text, 2026).due == due


# Round 25C finding 4: the year written after the quarter or month with a word or a sign between ("Quý I của năm
# 2027", "Quý I, năm 2027", "Quý I (năm 2027)", "Quý I/năm 2027") was the plan's year's: 31/3/2026 in a 2026 plan.
@pytest.mark.parametrize(("text", "due"), [
    ("Quý I của năm 2027", dt.date(2027, 3, 31)),
    ("Quý I trong năm 2027", dt.date(2027, 3, 31)),
    ("Quý I, năm 2027", dt.date(2027, 3, 31)),
    ("Quý I (năm 2027)", dt.date(2027, 3, 31)),
    ("Quý I/năm 2027", dt.date(2027, 3, 31)),
    ("Tháng 1 của năm 2027", dt.date(2027, 1, 31)),
    ("Tháng 01 (năm 2027)", dt.date(2027, 1, 31)),
    ("Tháng 1, năm 2027", dt.date(2027, 1, 31)),
    ("Quý I đầu năm 2027", dt.date(2027, 3, 31)),           # round 24D's, unchanged
    ("Tháng 01, đầu năm 2027", dt.date(2027, 1, 31)),
])
def test_a_year_written_after_a_word_is_the_quarters(text, due):
    assert parse_deadline(text, 2026).due == due


# Round 25C finding 9: quarterly or monthly work naming its quarters or months in a list ends at the last of them:
# "Hằng quý (quý I, II, III, IV năm 2027)" ran to 31/3 (its first quarter, and the plan's year in a 2026 plan), late
# from April; "Hằng quý (quý I, II, III và IV/2027)" in a 2026 plan to 31/12/2026.
@pytest.mark.parametrize(("text", "plan_year", "due"), [
    ("Hằng quý (quý I, II, III, IV năm 2027)", 2027, dt.date(2027, 12, 31)),
    ("Hằng quý (quý I, II, III, IV năm 2027)", 2026, dt.date(2027, 12, 31)),
    ("Hằng quý (quý I, II, III và IV/2027)", 2026, dt.date(2027, 12, 31)),
    ("Hằng quý (quý I, II, III, IV)", 2027, dt.date(2027, 12, 31)),
    ("Hằng tháng (tháng 3, 6, 9, 12)", 2027, dt.date(2027, 12, 31)),
    ("Hằng quý (quý I, quý II)", 2027, dt.date(2027, 6, 30)),
])
def test_recurring_work_listing_its_quarters_ends_at_the_last(text, plan_year, due):
    d = parse_deadline(text, plan_year)
    assert d.due == due and d.recurrence.value in ("quarterly", "monthly")

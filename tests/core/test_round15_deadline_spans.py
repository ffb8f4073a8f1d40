"""Adversarial round 15 (issue 21): deadline spans that cross the new year or run "đến hết" a month or the year.

Round 14 read "Tháng 6 - 9/2026" as due at its end, but only when the first month is the smaller: on main a span
across the new year kept its start ("Tháng 12/2025 - 2/2026" due 31/12/2025, overdue the day a 2026 plan is imported;
"Từ tháng 10/2026 đến tháng 3/2027" due 31/10/2026, five months early), and so did "đến hết tháng 6/2026" and
"đến hết năm" (due 31/3, the start); "Quý IV/2026 - Quý I" and "Từ 01/12/2026 đến 31/01" were due in early
2026, before they began. What a commune
official reads in each is its end.
"""

from __future__ import annotations

import pytest

from parapp.core.deadline_text import parse_deadline

SPANS = [
    ("Tháng 12/2025 - 2/2026", "2026-02-28"),
    ("Tháng 12/2025 - tháng 3/2026", "2026-03-31"),
    ("Từ tháng 10/2026 đến tháng 3/2027", "2027-03-31"),
    ("Tháng 11 năm 2026 - tháng 2 năm 2027", "2027-02-28"),
    ("Tháng 12/2025 - 2", "2026-02-28"),
    ("Từ tháng 3 đến hết tháng 6/2026", "2026-06-30"),
    ("Từ tháng 3 đến hết năm 2026", "2026-12-31"),
    ("Từ tháng 3 đến cuối năm", "2026-12-31"),
    ("Quý IV/2026 - Quý I", "2027-03-31"),  # on main 31/3/2026: before the work even begins
    ("Quý IV năm 2026 đến Quý I năm 2027", "2027-03-31"),
    ("Quý I năm 2026 - Quý II năm 2026", "2026-06-30"),
    ("Từ 01/12/2026 đến 31/01", "2027-01-31"),  # on main 31/01/2026: eleven months before it starts
    ("01/10/2026 - 31/3", "2027-03-31"),
    ("Từ 15/12 đến 15/01", "2027-01-15"),  # no year written: the plan's, the end in the next
    ("Tháng 11 - 2", "2027-02-28"),
    ("Quý IV - Quý I", "2027-03-31"),
]
KEPT = [  # read as before: a month and its year written with a dash, lists, spans within a year
    ("Tháng 6-2026", "2026-06-30"), ("Tháng 1 - 2026", "2026-01-31"), ("Tháng 6 - năm 2026", "2026-06-30"),
    ("Tháng 9-26", "2026-09-30"),
    ("Tháng 9-10/2026", "2026-10-31"), ("Tháng 6 - 9/2026", "2026-09-30"), ("Tháng 6, 12", "2026-06-30"),
    ("Quý IV/2025 - Quý I/2026", "2026-03-31"), ("Tháng 6/2027 - 3/2026", "2027-06-30"), ("Quý II - III", "2026-09-30"),
    ("Quý II-2026", "2026-06-30"), ("Quý I, II/2026", "2026-03-31"), ("Từ 01/3 đến 30/6/2026", "2026-06-30"),
    ("Từ 01/12/2026 đến 31/01/2027", "2027-01-31"), ("15/6 - 15/12", "2026-12-15"),
]


@pytest.mark.parametrize(("text", "due"), SPANS + KEPT)
def test_a_span_is_due_at_its_end(text, due):
    assert str(parse_deadline(text, 2026).due) == due
    assert parse_deadline(text, 2026).text == text  # the words are kept as written

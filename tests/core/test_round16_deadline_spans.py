"""Adversarial round 16 (issue 21): a deadline span whose two ends are written in different units.

Rounds 14 and 15 read "Tháng 6 - 9/2026", "Quý IV/2026 - Quý I" and "Từ tháng 3 đến hết năm" at their end; a span
from a date, a quarter or a year to another kind of end was still read at its start: "Từ ngày 01/3/2026 đến hết năm
2026" was due 01/3/2026, overdue the day a 2026 plan was imported, "Từ quý II đến tháng 9" 30/6.
"""

from __future__ import annotations

import pytest

from parapp.core.deadline_text import parse_deadline

# Round 16: a span whose two ends are written differently was still due at its start ("Từ ngày 01/3/2026 đến hết năm
# 2026" due 01/3/2026, overdue the day a 2026 plan is imported; "Từ quý II đến tháng 9" 30/6).
MIXED = [
    ("Từ ngày 01/3/2026 đến hết năm 2026", "2026-12-31"), ("Từ 01/3 đến cuối năm", "2026-12-31"),
    ("Từ quý II đến hết năm 2026", "2026-12-31"), ("Từ ngày 01/6 đến hết tháng 9", "2026-09-30"),
    ("Từ 15/6/2026 đến tháng 9/2026", "2026-09-30"), ("Từ quý II đến tháng 9", "2026-09-30"),
    ("Từ năm 2026 đến hết năm 2027", "2027-12-31"), ("Từ 01/11/2026 đến hết tháng 2", "2027-02-28"),
    ("Từ tháng 11 đến 15/02", "2027-02-15"),
]
MIXED_KEPT = [("Hoàn thành đến ngày 30/6/2026", "2026-06-30", "none"),
              ("Từ nay đến hết ngày 30/6", "2026-06-30", "none"),
              ("Thường xuyên đến hết năm", "2026-12-31", "yearly"), ("Hàng quý đến hết năm", "2026-12-31", "quarterly")]


@pytest.mark.parametrize(("text", "due"), MIXED)
def test_a_span_of_two_units_is_due_at_its_end(text, due):
    assert str(parse_deadline(text, 2026).due) == due


@pytest.mark.parametrize(("text", "due", "every"), MIXED_KEPT)
def test_a_deadline_reached_with_den_alone_reads_as_before(text, due, every):
    d = parse_deadline(text, 2026)
    assert (str(d.due), d.recurrence.value) == (due, every)


def test_a_deadline_followed_by_upkeep_to_the_year_end_keeps_its_date():
    assert str(parse_deadline("Hoàn thành trước ngày 30/6 và duy trì đến hết năm", 2026).due) == "2026-06-29"

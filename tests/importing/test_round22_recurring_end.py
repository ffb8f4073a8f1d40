"""Round 22C: monthly or quarterly work whose end is written runs to that end, not to 31/12 of the plan's year.

"Hằng tháng đến tháng 6/2026" was due 31/12/2026 (the lead read "Hằng tháng 6 tháng đầu năm" to 30/6 in round 21, not
the other ways of writing it); "Hằng quý năm 2027" and "Hằng tháng giai đoạn 2026 - 2027" in a 2026 plan ended with
2026.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline
from parapp.core.status import Recurrence

M, Q = Recurrence.MONTHLY, Recurrence.QUARTERLY


@pytest.mark.parametrize(("text", "due", "every"), [
    ("Hằng tháng đến tháng 6/2026", dt.date(2026, 6, 30), M),
    ("Hằng tháng từ tháng 1 đến tháng 6/2026", dt.date(2026, 6, 30), M),
    ("Hằng tháng, từ 01/7/2026 đến 30/9/2026", dt.date(2026, 9, 30), M),
    ("Thực hiện hằng tháng đến hết quý II", dt.date(2026, 6, 30), M),
    ("Hằng quý năm 2027", dt.date(2027, 12, 31), Q),
    ("Ngày 20 hằng tháng năm 2027", dt.date(2027, 12, 31), M),
    ("Hằng tháng, đến hết năm 2027", dt.date(2027, 12, 31), M),
    ("Hằng tháng giai đoạn 2026 - 2027", dt.date(2027, 12, 31), M),
])
def test_the_end_written_is_the_end(text, due, every):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (due, every)


@pytest.mark.parametrize("text", ["Hằng tháng", "Ngày 20 hằng tháng", "Trước ngày 15 hằng tháng", "Hằng quý",
                                  "Hằng tháng, từ 01/7/2026", "Ngày 20 hằng tháng đến ngày 25",
                                  "Báo cáo hằng tháng trước ngày 20", "Hằng quý đến hết năm"])
def test_with_no_end_written_the_plans_year_end(text):
    d = parse_deadline(text, 2026)
    assert d.due == dt.date(2026, 12, 31) and d.recurrence in (M, Q)


def test_the_first_half_as_before():
    d = parse_deadline("Hằng tháng 6 tháng đầu năm", 2026)
    assert (d.due, d.recurrence) == (dt.date(2026, 6, 30), M)


@pytest.mark.parametrize("text", ["Hằng tháng năm 99999", "Hằng tháng năm 2150", "Hằng quý đến quý I/99999"])
def test_an_end_no_calendar_holds_leaves_the_work_monthly(text):
    """The end read at first raised (or fell outside 2000–2100), and the whole deadline was then not understood."""
    d = parse_deadline(text, 2026)
    assert d.due == dt.date(2026, 12, 31) and d.recurrence in (M, Q)

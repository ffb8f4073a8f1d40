"""Round 22C: "Giai đoạn 2026 - 2030 (hằng năm)" was one task due 31/12/2030 (spans of years read since round 21),
while "Hằng năm, giai đoạn 2026 - 2030" is yearly work: standing work in brackets or after a comma is yearly too."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline
from parapp.core.status import Recurrence


@pytest.mark.parametrize("text", ["Giai đoạn 2026 - 2030 (hằng năm)", "Giai đoạn 2026 - 2030 (thường xuyên)",
                                  "Năm 2026 - 2030; thường xuyên", "Hằng năm, giai đoạn 2026 - 2030"])
def test_standing_work_over_a_span_is_yearly(text):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (dt.date(2026, 12, 31), Recurrence.YEARLY)


@pytest.mark.parametrize(("text", "due"), [("Giai đoạn 2026 - 2030", dt.date(2030, 12, 31)),
                                           ("Quý II/2026 (thường xuyên)", dt.date(2026, 6, 30))])
def test_others_as_before(text, due):
    assert parse_deadline(text, 2026).due == due

"""Adversarial round 17B (issue 21): "Định kỳ hằng tháng" is monthly, as "Định kỳ hằng quý" is quarterly.

On main "Định kỳ hằng quý" was read as every quarter, but "Định kỳ hằng tháng" (and a span followed by "(định kỳ hằng
tháng)") as no due date at all, or as one due date: the task came in once, not every month.
"""

from __future__ import annotations

import pytest

from parapp.core.deadline_text import parse_deadline
from parapp.core.status import Recurrence


@pytest.mark.parametrize("text", ["Định kỳ hằng tháng", "Định kỳ hàng tháng",
                                  "Từ ngày 01/3/2026 đến hết ngày 31/12/2026 (định kỳ hằng tháng)"])
def test_periodic_monthly_is_monthly(text):
    d = parse_deadline(text, 2026)
    assert d.recurrence is Recurrence.MONTHLY
    assert d.due is not None and d.due.year == 2026


def test_quarterly_reads_as_before():
    assert parse_deadline("Định kỳ hằng quý", 2026).recurrence is Recurrence.QUARTERLY

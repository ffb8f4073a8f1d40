"""Round 39D L3 (left by round 38D), `figures import` of a file stating "Từ ngày 01/01/0001 đến ngày 31/03/0001": the
refusal (round 38D F5) said the span as "từ ngày 01/01/1 đến ngày 31/03/1" (the C library's %Y does not pad a year
below 1000), not the dates the file wrote. The year is printed with its four figures."""

from __future__ import annotations

from parapp.core.figures_period import contradiction, find_period


def test_a_year_below_1000_is_said_as_written():
    stated = find_period("Từ ngày 01/01/0001 đến ngày 31/03/0001")
    assert stated is not None
    assert stated.describe() == "từ ngày 01/01/0001 đến ngày 31/03/0001"
    assert "01/01/0001" in str(contradiction(None, stated, None, None))


def test_guard_a_usual_year():
    stated = find_period("Từ ngày 1/4/2030 đến ngày 30/6/2030")
    assert stated is not None and stated.describe() == "từ ngày 01/04/2030 đến ngày 30/06/2030"

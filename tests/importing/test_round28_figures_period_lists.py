"""Round 28D, `figures import`: two quarters listed with a semicolon ("Kỳ báo cáo: Quý I; Quý II năm 2027") were read
as the second quarter, the half-year's figures stored as quý II's, exit 0; "Quý I, II năm 2027" on a .csv line the
comma splits into two cells ("Quý I" | "II năm 2027", joined "Quý I II năm 2027") was read as the whole year. Both
are the first six months, as "Quý I, II năm 2027" in one cell is (round 22C)."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes
from parapp.core.figures_period import find_period
from parapp.core.periods import PeriodKind


@pytest.mark.parametrize("text", ["Kỳ báo cáo: Quý I; Quý II năm 2027", "Kỳ báo cáo: Quý I II năm 2027",
                                  "Kỳ báo cáo: Quý I; II; III năm 2027"])
def test_listed_quarters_are_their_run(text):
    p = find_period(text + "\n")
    want = PeriodKind.NINE_MONTHS if "III" in text else PeriodKind.H1
    assert (p.kind, p.year) == (want, 2027), (text, p)


def test_a_csv_line_split_at_the_comma():
    text = ("Kỳ báo cáo: Quý I, II năm 2027\nSTT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn\n"
            "1,Hộ tịch,10,5\n")
    read = read_bytes(text.encode(), "bieu.csv")
    assert (read.stated.kind, read.stated.year) == (PeriodKind.H1, 2027), read.stated


@pytest.mark.parametrize("text, kind", [("Kỳ báo cáo: Quý III 2027", PeriodKind.Q3),
                                        ("Kỳ báo cáo: Quý II năm 2027", PeriodKind.Q2)])
def test_one_quarter_is_still_one(text, kind):
    assert find_period(text + "\n").kind is kind

"""Round 37D, `figures import`: one period of two years side by side ("6 tháng 2029 | 6 tháng 2030", "9 tháng 2029 |
9 tháng 2030") under the report's title "Báo cáo 6 tháng đầu năm 2030". 36D gave the period stated above to each
section naming it; both named "6 tháng", so both took "6 tháng đầu năm 2030", and the first, last year's, was read:
2029's figures stored as 2030's half year, exit 0, "chỉ đọc bảng … (6 tháng đầu năm 2030)" said of them. A section
naming another year than the one stated above does not take it."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

SUB = ",,Tiếp nhận trực tuyến,Đúng hạn,Quá hạn,Tiếp nhận trực tuyến,Đúng hạn,Quá hạn"
BODY = ["1,Hộ tịch,10,8,2,20,15,5", "2,Chứng thực,5,5,0,7,7,0"]


def _read(first: str, second: str, above: str):
    return read_bytes("\n".join([above, f"STT,Lĩnh vực,{first},,,{second},,", SUB, *BODY]).encode(), "bieu.csv")


@pytest.mark.parametrize("first,second,above,period", [
    ("6 tháng 2029", "6 tháng 2030", "Báo cáo 6 tháng đầu năm 2030", "h1"),
    ("6 tháng năm 2029", "6 tháng năm 2030", "Báo cáo 6 tháng đầu năm 2030", "h1"),
    ("9 tháng 2029", "9 tháng 2030", "Báo cáo 9 tháng năm 2030", "9m"),
])
def test_last_years_section_does_not_take_this_years_period(first, second, above, period):
    read = _read(first, second, above)
    assert read.values["dossiers.received_online"] == 27, (read.title, read.values)
    assert read.stated is not None and read.stated.year == 2030 and read.stated.kind.value == period, read.stated
    for table in read.others:
        assert table.stated is None or table.stated.year != 2030, (table.title, table.stated)


@pytest.mark.parametrize("first,second", [("6 tháng 2030", "6 tháng 2029"), ("6 tháng năm nay", "6 tháng năm 2029")])
def test_guard_this_years_section_first_still_read(first, second):
    read = _read(first, second, "Báo cáo 6 tháng đầu năm 2030")
    assert read.values["dossiers.received_online"] == 15, (read.title, read.values)

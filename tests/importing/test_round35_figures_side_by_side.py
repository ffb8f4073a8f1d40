"""Round 35D, `figures import`: two periods' columns side by side under a row naming them ("Quý I | Quý II", "Cùng kỳ
năm trước | Kỳ báo cáo", "Kỳ này | Lũy kế từ đầu năm"), as a province's summary sheet prints them.

That row names no figure, so it stood above the header and each period's columns read alike: the first period's were
taken, the others left out as repeats ("cũng đọc là … như cột …"). Imported as quý II, quý I's figures were stored; a
sheet opening with last year's columns stored last year's as this period's; exit 0. Each period's columns are now a
table of their own, as two periods' tables one under the other are (round 29D): the period asked for is taken, and the
report's own period before a year to date, last year's or a plan."""

from __future__ import annotations

import io

import pytest

from parapp.core.figures_import import read_bytes
from parapp.services.figures import table_for_period

SUB = ",,Tiếp nhận trực tuyến,Đúng hạn,Quá hạn,Tiếp nhận trực tuyến,Đúng hạn,Quá hạn"
BODY = ["1,Hộ tịch,10,8,2,20,15,5", "2,Chứng thực,5,5,0,7,7,0"]


def _csv(first: str, second: str, above: str = "") -> bytes:
    return "\n".join([*([above] if above else []), f"STT,Lĩnh vực,{first},,,{second},,", SUB, *BODY]).encode()


def _online(read) -> float:
    return read.values["dossiers.received_online"]


@pytest.mark.parametrize("first, second, ours", [
    ("Cùng kỳ năm trước", "Kỳ báo cáo", 27), ("Kỳ này", "Lũy kế từ đầu năm", 15),
    ("Lũy kế từ đầu năm", "Trong kỳ", 27), ("Năm trước", "Năm nay", 27), ("Kế hoạch", "Thực hiện trong kỳ", 27)])
def test_the_reports_own_period_is_read_not_another_time(first, second, ours):
    read = read_bytes(_csv(first, second), "bieu.csv")
    assert _online(read) == ours
    assert [_online(o) for o in read.others] == [42 - ours]


def test_two_quarters_side_by_side_are_two_tables(tmp_path):
    read = read_bytes(_csv("Quý I", "Quý II"), "bieu.csv")
    assert _online(read) == 15 and read.title == "Quý I"
    assert _online(table_for_period(None, read, "q2", 2029)) == 27  # no database needed: nothing stated


def test_two_stated_quarters_side_by_side_each_state_their_own():
    read = read_bytes(_csv("Quý I/2029", "Quý II/2029", above="Báo cáo 6 tháng đầu năm 2029"), "bieu.csv")
    assert (read.stated.text, _online(read)) == ("Quý I/2029", 15)
    assert [(o.stated.text, _online(o)) for o in read.others] == [("Quý II/2029", 27)]


def test_the_period_stated_above_stays_with_this_periods_columns():
    read = read_bytes(_csv("Kỳ này", "Lũy kế từ đầu năm", above="Kỳ báo cáo: Quý II/2029"), "bieu.csv")
    assert (read.stated.text, _online(read)) == ("Quý II/2029", 15)


def test_merged_period_titles_in_a_workbook():
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kỳ báo cáo: Quý II/2029"])
    ws.append(["STT", "Lĩnh vực", "Cùng kỳ năm trước", None, None, "Kỳ báo cáo", None, None])
    ws.merge_cells("C2:E2")
    ws.merge_cells("F2:H2")
    for line in [SUB, *BODY]:
        ws.append([int(v) if v.isdigit() else (v or None) for v in line.split(",")])
    buf = io.BytesIO()
    wb.save(buf)
    read = read_bytes(buf.getvalue(), "bieu.xlsx")
    assert (read.stated.text, _online(read)) == ("Quý II/2029", 27)


def test_one_periods_columns_grouped_by_channel_are_not_periods():
    """Guard: settled dossiers under "Trực tuyến | Trực tiếp" (no time named) are one table as before."""
    text = "\n".join(["STT,Lĩnh vực,Trực tuyến,,,Trực tiếp,,",
                      ",,Trước hạn,Đúng hạn,Quá hạn,Trước hạn,Đúng hạn,Quá hạn", "1,Hộ tịch,1,2,3,4,5,6"]).encode()
    read = read_bytes(text, "bieu.csv")
    assert read.others == [] and read.values["dossiers.resolved_early"] == 1


def test_a_period_beside_its_comparison_in_percent():
    """A "So sánh (%)" section holds rates alone: no table of its own, the two periods still split."""
    text = "\n".join(["STT,Lĩnh vực,Cùng kỳ năm trước,,Kỳ này,,So sánh (%)",
                      ",,Tiếp nhận trực tuyến,Quá hạn,Tiếp nhận trực tuyến,Quá hạn,Tỷ lệ (%)",
                      "1,Hộ tịch,10,2,20,5,200"]).encode()
    read = read_bytes(text, "bieu.csv")
    assert _online(read) == 20 and len(read.others) == 1


def test_two_years_side_by_side_the_year_asked_for_is_taken():
    """"Năm 2028 | Năm 2029": imported as năm 2029, the first columns were refused as "mang tên một kỳ khác" (before
    this round, stored as 2029's without a word); the table named 2029 is taken."""
    read = read_bytes(_csv("Năm 2028", "Năm 2029"), "bieu.csv")
    assert _online(table_for_period(None, read, "year", 2029)) == 27
    assert _online(table_for_period(None, read, "year", 2028)) == 15


def test_one_periods_channels_named_with_its_time_are_not_periods():
    """Guard: "Hồ sơ trực tuyến trong kỳ | Hồ sơ trực tiếp trong kỳ" name one period's channels, not two periods."""
    read = read_bytes(_csv("Hồ sơ trực tuyến trong kỳ", "Hồ sơ trực tiếp trong kỳ"), "bieu.csv")
    assert read.others == []

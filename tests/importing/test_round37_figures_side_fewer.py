"""Round 37D, `figures import`: "Tháng 6 | Lũy kế 6 tháng" side by side under "Báo cáo 6 tháng đầu năm 2030", the
cumulative section printing fewer columns than the month's (its total received and on time, no late): 35D/36D read
periods side by side only where each section repeats the same columns, so this was one table, the second section's
columns "read twice" and left out, and June's figures (9 on time, 1 late) stored as the half year's, exit 0. Sections
under a time each that repeat some of the same columns are periods side by side."""

from __future__ import annotations

from parapp.core.figures_import import read_bytes

ROWS = ["Báo cáo 6 tháng đầu năm 2030", "", ",,Tháng 6,,,Lũy kế 6 tháng,",
        "STT,Lĩnh vực,Tiếp nhận,Đúng hạn,Quá hạn,Tiếp nhận,Đúng hạn",
        "1,Hộ tịch,5,4,1,10,9", "2,Chứng thực,5,5,0,20,19", ",Tổng cộng,10,9,1,30,28"]


def test_the_cumulative_section_with_fewer_columns_is_the_half_years():
    read = read_bytes("\n".join(ROWS).encode(), "bieu.csv")
    assert read.values.get("dossiers.resolved_on_time") == 28, (read.title, read.values)
    assert read.stated is not None and read.stated.year == 2030


def test_guard_one_periods_groups_are_not_periods():
    text = "\n".join(["STT,Lĩnh vực,Tiếp nhận trong kỳ,,Đã giải quyết trong kỳ,",
                      ",,Trực tuyến,Trực tiếp,Đúng hạn,Quá hạn",
                      "1,Hộ tịch,5,4,8,1"])
    read = read_bytes(text.encode(), "bieu.csv")
    assert read.others == [] and read.values["dossiers.resolved_late"] == 1

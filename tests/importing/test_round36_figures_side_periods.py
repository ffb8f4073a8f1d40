"""Round 36D, `figures import`: two quarters side by side ("Quý I | Quý II", round 35D) under the report's title
"Báo cáo 6 tháng đầu năm 2030". The title above was given to each quarter's table as the period it states, so each
said "6 tháng đầu năm 2030": imported as 6 tháng (or with no --period, as the file's period), quý I's figures were
stored as the half year's, exit 0, only "Tệp có 2 bảng" said; asked for quý II, refused as a file of 6 tháng. A
section named for a period of its own does not take another period stated above it."""

from __future__ import annotations

import datetime as dt

from parapp.core.figures_import import read_bytes
from parapp.core.periods import PeriodKind
from parapp.services.figures import table_for_period

SUB = ",,Tiếp nhận trực tuyến,Đúng hạn,Quá hạn,Tiếp nhận trực tuyến,Đúng hạn,Quá hạn"
BODY = ["1,Hộ tịch,10,8,2,20,15,5", "2,Chứng thực,5,5,0,7,7,0"]


def _read(first: str, second: str, above: str):
    return read_bytes("\n".join([above, f"STT,Lĩnh vực,{first},,,{second},,", SUB, *BODY]).encode(), "bieu.csv")


def test_quarters_side_by_side_do_not_take_the_half_year_stated_above():
    read = _read("Quý I", "Quý II", "Báo cáo 6 tháng đầu năm 2030")
    for table in (read, *read.others):
        assert table.stated is None or table.stated.kind is not PeriodKind.H1, (table.title, table.stated)
    assert table_for_period(None, read, "q2", 2030).values["dossiers.received_online"] == 27


def test_guard_the_period_stated_above_stays_with_the_section_naming_it():
    read = _read("Quý II", "Lũy kế 6 tháng", "Báo cáo quý II năm 2030")
    assert read.title == "Quý II" and read.values["dossiers.received_online"] == 15
    stated = read.stated
    assert stated is not None and (stated.start, stated.end) == (dt.date(2030, 4, 1), dt.date(2030, 6, 30))


def test_a_month_beside_the_periods_running_total_is_not_the_period():
    """"Tháng 6 | Lũy kế 6 tháng" under "Báo cáo 6 tháng đầu năm 2030": June's figures were stored as the half year's
    (the section that is not "lũy kế" taken for the report's own). The section naming the period stated is its."""
    read = _read("Tháng 6", "Lũy kế 6 tháng", "Báo cáo 6 tháng đầu năm 2030")
    assert (read.title, read.values["dossiers.received_online"]) == ("Lũy kế 6 tháng", 27)
    assert read.stated is not None and (read.stated.kind, read.stated.year) == (PeriodKind.H1, 2030)
    assert [(o.title, o.stated and o.stated.kind) for o in read.others] == [("Tháng 6", None)]  # 38D: its month

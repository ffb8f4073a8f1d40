"""Round 38D, `figures import`: the quarter's months side by side, then the quarter ("Tháng 4 | Tháng 5 | Tháng 6 |
Cả quý", "… | Quý II/2030", "… | Cộng") under "Báo cáo quý II năm 2030" (or with `--period q2 --year 2030`): the
first section, April's, was read as the report's own, its figures (2 on time) stored as the quarter's (12), exit 0; with
a "Cộng" section the table was one period's, April's columns read and the others left out as repeats. A month's section
is another time (it states its month, no period figures are kept for); a total's section beside months is the report's
own."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

HEADER = "STT,Lĩnh vực,Tiếp nhận,Đúng hạn,Tiếp nhận,Đúng hạn,Tiếp nhận,Đúng hạn,Tiếp nhận,Đúng hạn"
BODY = ["1,Hộ tịch,1,1,2,2,3,3,6,6", "2,Chứng thực,1,1,2,2,3,3,6,6", ",Tổng cộng,2,2,4,4,6,6,12,12"]


def _csv(band: str, title: str = "Báo cáo quý II năm 2030") -> bytes:
    return "\n".join([title, band, HEADER, *BODY]).encode()


@pytest.mark.parametrize("last", ["Cả quý", "Cộng", "Tổng cộng", "Quý II/2030", "Quý II"])
@pytest.mark.parametrize("month", ["Tháng {0}", "Tháng {0}/2030", "T{0}", "Tháng 0{0} năm 2030"])
def test_the_quarters_section_is_read_not_aprils(last, month):
    band = ",," + ",,".join(month.format(m) for m in (4, 5, 6)) + f",,{last},"
    read = read_bytes(_csv(band), "bieu.csv")
    assert read.values.get("dossiers.resolved_on_time") == 12, (read.title, read.values)
    assert read.stated is not None and 2030 in (read.stated.year, read.stated.start and read.stated.start.year)


def test_the_command_stores_the_quarter_not_april(tmp_path):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.core.periods import PeriodKind
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "quy 2.csv"
    f.write_bytes(_csv(",,Tháng 4/2030,,Tháng 5/2030,,Tháng 6/2030,,Quý II/2030,", "Biểu thống kê TTHC"))
    assert main(["figures", "--db", str(db), "import", str(f), "--period", "q2", "--year", "2030"]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.Q2, "dossiers.resolved_on_time")][0] == 12, stored


def test_months_alone_are_refused(tmp_path):
    from parapp.cli.main import main

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "thang.csv"
    f.write_bytes(_csv(",,Tháng 4,,Tháng 5,,Tháng 6,,Tháng 7,"))
    assert main(["figures", "--db", str(db), "import", str(f)]) == 2
    assert main(["figures", "--db", str(db), "import", str(f), "--period", "q2", "--year", "2030"]) == 2


def test_guard_a_months_and_its_cumulative_stay():
    rows = ["Báo cáo 6 tháng đầu năm 2030", "", ",,Tháng 6,,,Lũy kế 6 tháng,",
            "STT,Lĩnh vực,Tiếp nhận,Đúng hạn,Quá hạn,Tiếp nhận,Đúng hạn",
            "1,Hộ tịch,5,4,1,10,9", "2,Chứng thực,5,5,0,20,19", ",Tổng cộng,10,9,1,30,28"]
    read = read_bytes("\n".join(rows).encode(), "bieu.csv")
    assert read.values.get("dossiers.resolved_on_time") == 28

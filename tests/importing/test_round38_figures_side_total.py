"""Round 38D, `figures import`: the quarters side by side with their sum ("Quý I | Quý II | Quý III | Quý IV | Tổng
cộng" under "Báo cáo năm 2030", "Quý I | Quý II | Cộng" under "Báo cáo 6 tháng đầu năm 2030"): the sum's section named
no time, so the table was read as one period's, the first quarter's columns kept and the others left out as repeats:
quý I's figures (2 on time) stored as the year's (10), exit 0. A total's section beside sections named for periods is
their sum, the report's own; where a section names the period stated above ("Quý I | Quý II | Cộng" under "Báo cáo quý
II năm 2030"), that one is."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes


def _table(titles: list[str], title: str) -> bytes:
    n = len(titles)
    rows = [title, ",," + ",,".join(titles) + ",", "STT,Lĩnh vực" + ",Tiếp nhận,Đúng hạn" * n]
    rows += [f"{i + 1},{f}" + "".join(f",{k + 1},{k + 1}" for k in range(n))
             for i, f in enumerate(["Hộ tịch", "Đất đai"])]
    rows.append(",Tổng cộng" + "".join(f",{2 * (k + 1)},{2 * (k + 1)}" for k in range(n)))
    return "\n".join(rows).encode()


@pytest.mark.parametrize(("titles", "title", "on_time"), [
    (["Quý I", "Quý II", "Quý III", "Quý IV", "Tổng cộng"], "Báo cáo năm 2030", 10),
    (["Quý I", "Quý II", "Quý III", "Quý IV", "Cộng"], "Báo cáo năm 2030", 10),
    (["Quý I", "Quý II", "Tổng số"], "Báo cáo 6 tháng đầu năm 2030", 6),
    (["Quý I", "Quý II", "Quý III", "Tổng"], "Báo cáo 9 tháng năm 2030", 8),
])
def test_the_sum_beside_the_quarters_is_the_reports(titles, title, on_time):
    read = read_bytes(_table(titles, title), "bieu.csv")
    assert (read.title, read.values.get("dossiers.resolved_on_time")) == (titles[-1], on_time), read.values
    assert read.stated is not None and read.stated.year == 2030


def test_guard_the_section_naming_the_period_stated_is_its():
    read = read_bytes(_table(["Quý I", "Quý II", "Cộng"], "Báo cáo quý II năm 2030"), "bieu.csv")
    assert (read.title, read.values.get("dossiers.resolved_on_time")) == ("Quý II", 4)


def test_guard_one_periods_groups_with_a_total_stay_one_table():
    text = "\n".join(["Báo cáo quý II năm 2030", ",,Trực tuyến,,Trực tiếp,,Tổng cộng,",
                      "STT,Lĩnh vực,Tiếp nhận,Đúng hạn,Tiếp nhận,Đúng hạn,Tiếp nhận,Đúng hạn",
                      "1,Hộ tịch,1,1,2,2,3,3"])
    read = read_bytes(text.encode(), "bieu.csv")
    assert read.others == []


def test_the_command_stores_the_years_sum(tmp_path):
    from parapp.cli.main import main
    from parapp.core.periods import PeriodKind
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "năm 2030.csv"
    f.write_bytes(_table(["Quý I", "Quý II", "Quý III", "Quý IV", "Tổng cộng"], "Báo cáo năm 2030"))
    assert main(["figures", "--db", str(db), "import", str(f)]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.YEAR, "dossiers.resolved_on_time")][0] == 10, stored

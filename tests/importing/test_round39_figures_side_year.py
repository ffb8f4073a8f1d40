"""Round 39D F10, `figures import`: "Quý I | Quý II | Quý III | Quý IV | Cả năm" (or "… | Cộng cả năm") side by side
under "Báo cáo năm 2030": the title was not read as the year where the sections are sorted (a reader of sheet names
was asked), so quý I's section came first, with no period: "Tệp không ghi kỳ báo cáo", exit 2, for a file saying its
year twice. The year's section is read, as "… | Tổng cộng" was (round 38D)."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"]


def _table(titles: list[str], title: str) -> bytes:
    n = len(titles)
    rows = [title, ",," + ",,".join(titles) + ",", "STT,Lĩnh vực" + ",Tiếp nhận,Đúng hạn" * n]
    rows += [f"{i + 1},{f}" + "".join(f",{k + 1},{k + 1}" for k in range(n))
             for i, f in enumerate(["Hộ tịch", "Đất đai"])]
    rows.append(",Tổng cộng" + "".join(f",{2 * (k + 1)},{2 * (k + 1)}" for k in range(n)))
    return "\n".join(rows).encode()


@pytest.mark.parametrize("last", ["Cả năm", "Cộng cả năm", "Tổng cộng cả năm", "Năm 2030"])
@pytest.mark.parametrize("title", ["Báo cáo năm 2030", "BÁO CÁO KẾT QUẢ CCHC NĂM 2030", "Kỳ báo cáo: năm 2030"])
def test_the_years_section_is_read(last, title):
    read = read_bytes(_table([*QUARTERS, last], title), "bieu.csv")
    assert (read.title, read.values.get("dossiers.resolved_on_time")) == (last, 10), (read.title, read.values)
    assert read.stated is not None and read.stated.year == 2030, read.stated


def test_guard_last_year_beside_this_year():
    read = read_bytes(_table(["Năm 2029", "Năm 2030"], "Báo cáo năm 2030"), "bieu.csv")
    assert (read.title, read.values.get("dossiers.resolved_on_time")) == ("Năm 2030", 4)


def test_guard_a_quarters_report_keeps_its_quarter():
    read = read_bytes(_table(["Quý III", "Quý IV", "Cả năm"], "Báo cáo quý IV năm 2030"), "bieu.csv")
    assert (read.title, read.values.get("dossiers.resolved_on_time")) == ("Quý IV", 4)


@pytest.mark.parametrize("last", ["Cả năm", "Tổng cộng"])
def test_a_quarter_asked_beside_the_year_is_taken(tmp_path, last):
    from parapp.cli.main import main
    from parapp.core.periods import PeriodKind
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "năm.csv"
    f.write_bytes(_table([*QUARTERS, last], "Báo cáo năm 2030"))
    assert main(["figures", "--db", str(db), "import", str(f), "--period", "q3", "--year", "2030"]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.Q3, "dossiers.resolved_on_time")][0] == 6, stored

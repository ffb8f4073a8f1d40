"""Round 40D L4 (left by 39D), `figures import`: "Quý I | Quý II | Quý III | Quý IV | Lũy kế cả năm" (or "Lũy kế năm
2030", "Lũy kế 12 tháng") side by side under "Báo cáo năm 2030": "Tệp không ghi kỳ báo cáo", and with `--period year
--year 2030` refused as the table "Quý I": the year's figures (10 on time) out of reach without editing the file. The
year to date beside the quarters of a year's report is the year's section, read as "Cả năm" is (round 39D F10)."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes
from tests.importing.test_round39_figures_side_year import QUARTERS, _table


@pytest.mark.parametrize("last", ["Lũy kế cả năm", "Lũy kế năm 2030", "Lũy kế 12 tháng", "Lũy kế từ đầu năm"])
def test_the_year_to_date_is_the_years_section(last):
    read = read_bytes(_table([*QUARTERS, last], "Báo cáo năm 2030"), "bieu.csv")
    assert (read.title, read.values.get("dossiers.resolved_on_time")) == (last, 10), (read.title, read.values)
    assert read.stated is not None and read.stated.year == 2030, read.stated


@pytest.mark.parametrize(("titles", "title", "own"), [
    (["Quý IV", "Lũy kế cả năm"], "Báo cáo quý IV năm 2030", "Quý IV"),
    (["Năm 2030", "Lũy kế năm 2029"], "Báo cáo năm 2030", "Năm 2030"),
])
def test_guard_another_periods_report_keeps_its_own(titles, title, own):
    read = read_bytes(_table(titles, title), "bieu.csv")
    assert read.title == own, (read.title, read.values)


def test_the_command_stores_the_year(tmp_path):
    from parapp.cli.main import main
    from parapp.core.periods import PeriodKind
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "năm.csv"
    f.write_bytes(_table([*QUARTERS, "Lũy kế cả năm"], "Báo cáo năm 2030"))
    assert main(["figures", "--db", str(db), "import", str(f), "--period", "year", "--year", "2030"]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.YEAR, "dossiers.resolved_on_time")][0] == 10, stored

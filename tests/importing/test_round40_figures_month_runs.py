"""Round 40D F2, `figures import`: a run of months or quarters from the year's start in the title ("Báo cáo tháng 01 -
06 năm 2030", "Báo cáo từ tháng 1 đến tháng 6 năm 2030", "Báo cáo 2 quý đầu năm 2030"): read as the *year* 2030 by
"báo cáo … năm 2030" at the line's end: the half year's figures (5 on time) stored as the year's, exit 0. The run is
read as the span it is: 6 months from January the half year, 1 to 3 quý I, 4 to 6 quý II; any other run no period
(refused, as "11 tháng" is since round 39D)."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("text", "kind"), [
    ("Báo cáo tháng 01 - 06 năm 2030", PeriodKind.H1), ("Báo cáo từ tháng 1 đến tháng 6 năm 2030", PeriodKind.H1),
    ("Báo cáo 2 quý đầu năm 2030", PeriodKind.H1), ("Báo cáo hai quý đầu năm 2030", PeriodKind.H1),
    ("BÁO CÁO TỪ THÁNG 4 ĐẾN THÁNG 6/2030", PeriodKind.Q2), ("Báo cáo tháng 1-9 năm 2030", PeriodKind.NINE_MONTHS),
    ("Báo cáo 3 quý đầu năm 2030", PeriodKind.NINE_MONTHS),
    ("Báo cáo tháng 1 đến hết tháng 12 năm 2030", PeriodKind.YEAR),
])
def test_the_run_is_its_span(text, kind):
    stated = find_period(text)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030), stated


@pytest.mark.parametrize("text", ["Báo cáo từ tháng 1 đến tháng 5 năm 2030", "Báo cáo tháng 7 - 12 năm 2030"])
def test_a_run_of_no_period_is_refused(text):
    stated = find_period(text)
    assert stated is not None and match_period(stated, RULES) is None, stated
    assert contradiction(None, stated, None, None) is not None


def test_guard_a_month_alone_is_still_a_month():
    stated = find_period("Báo cáo tháng 6 năm 2030")
    assert stated is not None and stated.start is not None and stated.start.month == 6, stated


def test_the_command_stores_the_half_year(tmp_path):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "6 tháng.csv"
    f.write_text("Báo cáo tháng 01 - 06 năm 2030\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5\n,Tổng cộng,5,5\n",
                 encoding="utf-8")
    assert main(["figures", "--db", str(db), "import", str(f)]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.H1, "dossiers.resolved_on_time")][0] == 5, stored
    assert (PeriodKind.YEAR, "dossiers.resolved_on_time") not in stored, stored

"""Round 40D L3 (left by 39D), `figures import`: the year written before the period, each in its own cell ("Năm báo
cáo: | 2030 | Kỳ: | Quý II", "Năm: 2030 | Quý: II", or on two lines "Năm báo cáo: 2030" / "Kỳ báo cáo: Quý II"): no
period read, "Tệp không ghi kỳ báo cáo", exit 2 for a file that says it. The period is read with the year before it."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("text", "kind"), [
    ("Năm báo cáo: 2030 Kỳ: Quý II", PeriodKind.Q2), ("Năm báo cáo: 2030 Kỳ báo cáo: Quý III", PeriodKind.Q3),
    ("Năm: 2030 Quý: II", PeriodKind.Q2), ("Năm báo cáo: 2030\nKỳ báo cáo: Quý IV", PeriodKind.Q4),
    ("Năm báo cáo: 2030 Kỳ: 6 tháng đầu năm", PeriodKind.H1), ("Năm báo cáo: 2030 Kỳ báo cáo: Cả năm", PeriodKind.YEAR),
    ("Năm thống kê: 2030 Kỳ thống kê: Quý 2", PeriodKind.Q2), ("Quý: II Năm: 2030", PeriodKind.Q2),
])
def test_the_period_after_its_year(text, kind):
    stated = find_period(text)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030), stated


def test_guard_a_year_alone_is_no_quarter():
    stated = find_period("Năm báo cáo: 2030\nSTT Lĩnh vực")
    assert stated is None or stated.kind in (None, PeriodKind.YEAR), stated


def test_the_command_stores_the_quarter(tmp_path):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "quý II.csv"
    f.write_text("Năm báo cáo:,2030,Kỳ:,Quý II\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5\n,Tổng cộng,5,5\n",
                 encoding="utf-8")
    assert main(["figures", "--db", str(db), "import", str(f)]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.Q2, "dossiers.resolved_on_time")][0] == 5, stored

"""Round 40D F1, `figures import`: a quarter spelled "quí" (the older spelling, common in communes' reports), with a
leading zero ("QUÝ 02"), as "Q2" or "quý thứ hai" ("BÁO CÁO QUÍ 2 NĂM 2030", "Báo cáo Q2 năm 2030"): the quarter went
unread and the title was the *year* 2030 ("báo cáo … năm 2030" at the line's end): the quarter's figures (5 on time)
stored as the year's, exit 0. The quarter is read, however spelled."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize("text", [
    "BÁO CÁO QUÝ 02 NĂM 2030", "Báo cáo quí II năm 2030", "BÁO CÁO QUÍ 2 NĂM 2030", "Báo cáo Q2 năm 2030",
    "Báo cáo quý thứ hai năm 2030", "Kỳ báo cáo: Quý 02/2030", "Báo cáo Q2/2030", "Báo cáo QUÍ II/2030",
])
def test_the_quarter_however_spelled(text):
    stated = find_period(text)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (PeriodKind.Q2, 2030), stated


@pytest.mark.parametrize("text", ["Báo cáo năm 2030 (mẫu Q2)", "Báo cáo quy chế năm 2030"])
def test_guard_no_quarter_where_none_is_named(text):
    stated = find_period(text)
    found = match_period(stated, RULES) if stated else None
    assert found is None or found.kind is PeriodKind.YEAR, stated


def test_the_command_stores_the_quarter(tmp_path):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "quí 2.csv"
    f.write_text("BÁO CÁO QUÍ 2 NĂM 2030\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5\n,Tổng cộng,5,5\n",
                 encoding="utf-8")
    assert main(["figures", "--db", str(db), "import", str(f)]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.Q2, "dossiers.resolved_on_time")][0] == 5, stored
    assert (PeriodKind.YEAR, "dossiers.resolved_on_time") not in stored, stored

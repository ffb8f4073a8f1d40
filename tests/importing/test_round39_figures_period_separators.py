"""Round 39D F8, `figures import`: a period written with its year after a dash, a comma, a dot or a bracket ("BÁO CÁO
QUÝ I - NĂM 2030", "Quý II, năm 2030", "Quý II.2030", "Kỳ báo cáo: Quý II (năm 2030)", "Quý II Năm: 2030", "BÁO CÁO
THÁNG 6 - NĂM 2030"): the quarter or month went unread and the title was the *year* 2030 ("báo cáo … năm 2030" at the
line's end): quý I's figures stored as the year's, exit 0; with `--period q2` the refusal advised dropping --period,
which stored them so. The period is read with its year."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("text", "kind"), [
    ("BÁO CÁO QUÝ I - NĂM 2030", PeriodKind.Q1), ("Báo cáo quý II – năm 2030", PeriodKind.Q2),
    ("Quý II, năm 2030", PeriodKind.Q2), ("Quý II.2030", PeriodKind.Q2),
    ("Kỳ báo cáo: Quý II Năm: 2030", PeriodKind.Q2),
    ("Kỳ báo cáo: Quý II (năm 2030)", PeriodKind.Q2), ("Báo cáo 6 tháng đầu năm - 2030", PeriodKind.H1),
])
def test_the_period_with_its_year_after_a_mark(text, kind):
    stated = find_period(text)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030), stated


@pytest.mark.parametrize("text", ["BÁO CÁO THÁNG 6 - NĂM 2030", "Báo cáo tháng 6, năm 2030"])
def test_a_month_with_its_year_after_a_mark_is_no_period(text):
    stated = find_period(text)
    assert stated is not None and stated.start is not None and stated.start.month == 6, stated
    assert match_period(stated, RULES) is None


def test_the_command_stores_each_quarter_as_asked(tmp_path, capsys):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "hai quý.csv"
    f.write_text("BÁO CÁO QUÝ I - NĂM 2030\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,1,1\n,Tổng cộng,1,1\n\n"
                 "BÁO CÁO QUÝ II - NĂM 2030\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5\n,Tổng cộng,5,5\n",
                 encoding="utf-8")
    assert main(["figures", "--db", str(db), "import", str(f), "--period", "q2", "--year", "2030"]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.Q2, "dossiers.resolved_on_time")][0] == 5, stored
    assert (PeriodKind.YEAR, "dossiers.resolved_on_time") not in stored or \
        stored[(PeriodKind.YEAR, "dossiers.resolved_on_time")][0] not in (1, 5), stored

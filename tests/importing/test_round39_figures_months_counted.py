"""Round 39D F1, `figures import`: a report counting months from the year's start, "Báo cáo 11 tháng năm 2030", "Báo
cáo 4 tháng đầu năm 2030", "Báo cáo 3 tháng đầu năm 2030", above the table: read as the *year* 2030 (the words
"báo cáo … năm 2030" at the line's end), exit 0, "Tệp ghi kỳ báo cáo: Báo cáo 11 tháng năm 2030": eleven months'
figures (3 on time) stored as the year's. Three months from the year's start are its first quarter, twelve the year;
any other count is no period figures are kept for: refused, exit 2, saying so."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes
from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

TABLE = ["STT,Lĩnh vực,Tiếp nhận,Đúng hạn", "1,Hộ tịch,1,1", "2,Đất đai,2,2", ",Tổng cộng,3,3"]
RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize("title", ["Báo cáo 11 tháng năm 2030", "Báo cáo 4 tháng đầu năm 2030",
                                   "BÁO CÁO 10 THÁNG NĂM 2030", "Báo cáo 02 tháng đầu năm 2030",
                                   "Kỳ báo cáo: 11 tháng năm 2030"])
def test_a_count_of_months_is_no_period(title):
    read = read_bytes("\n".join([title, *TABLE]).encode(), "bieu.csv")
    assert read.stated is not None and match_period(read.stated, RULES) is None, read.stated


@pytest.mark.parametrize(("title", "kind"), [
    ("Báo cáo 3 tháng đầu năm 2030", PeriodKind.Q1), ("Báo cáo ba tháng đầu năm 2030", PeriodKind.Q1),
    ("Báo cáo 03 tháng năm 2030", PeriodKind.Q1), ("Báo cáo 12 tháng năm 2030", PeriodKind.YEAR),
    ("Báo cáo 6 tháng đầu năm 2030", PeriodKind.H1), ("Báo cáo 9 tháng năm 2030", PeriodKind.NINE_MONTHS),
    ("Báo cáo kết quả năm 2030", PeriodKind.YEAR),
])
def test_three_and_twelve_months_are_periods(title, kind):
    stated = find_period(title)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030), stated


def test_the_command_refuses_eleven_months(tmp_path, capsys):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "11 tháng.csv"
    f.write_text("\n".join(["Báo cáo 11 tháng năm 2030", *TABLE]), encoding="utf-8")
    capsys.readouterr()
    assert main(["figures", "--db", str(db), "import", str(f)]) == 2
    assert "11 tháng năm 2030" in capsys.readouterr().err
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert (PeriodKind.YEAR, "dossiers.resolved_on_time") not in stored or \
        stored[(PeriodKind.YEAR, "dossiers.resolved_on_time")][0] != 3, stored

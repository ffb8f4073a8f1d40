"""Round 41D L1 (left by 40D), `figures import`: a title naming a quarter and the year, the year written once ("BÁO CÁO
QUÝ IV VÀ CẢ NĂM 2030") was read as the year, one table's figures (5 on time) stored as the year's whatever they were
of, exit 0; with the table in two sections "Quý IV | Cả năm", the quarter's section was read as the year's (5 stored
for the year, where the sheet's year shows 18). Now one table under two periods is refused naming both and the
--period that chooses; sections naming them are each their own period's."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))
ONE = 'STT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5\n,Tổng cộng,5,5\n'
TWO = (',,Quý IV,,Cả năm,\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5,20,18\n'
       ',Tổng cộng,5,5,20,18\n')


@pytest.mark.parametrize(("text", "two"), [
    ("BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030", "--period q4 hoặc --period year"),
    ("Báo cáo quý IV/2030 và năm 2030", "--period q4 hoặc --period year"),
    ("Báo cáo 6 tháng đầu năm và cả năm 2030", "--period h1 hoặc --period year"),
])
def test_two_periods_named_are_refused(text, two):
    stated = find_period(text)
    problem = contradiction(match_period(stated, RULES), stated, None, None)
    assert problem is not None and two in str(problem), stated


@pytest.mark.parametrize("text", ["Báo cáo quý IV năm 2030", "BÁO CÁO QUÝ IV - NĂM 2030",
                                  "Báo cáo tháng 6 và 6 tháng đầu năm 2030", "Báo cáo quý IV năm 2030 và năm 2031"])
def test_guard_one_period_named(text):
    stated = find_period(text)
    assert contradiction(match_period(stated, RULES), stated, None, None) is None, stated


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from parapp.cli.main import main

    path = tmp_path_factory.mktemp("two") / "d.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def _run(db, tmp_path, table, *args):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    f = tmp_path / "quý IV.csv"
    f.write_text('"BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030"\n' + table, encoding="utf-8")
    code = main(["figures", "--db", str(db), "import", str(f), *args])
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    return code, {k[0]: v[0] for k, v in stored.items() if k[1] == "dossiers.resolved_on_time"}


def test_one_table_is_refused_then_stored_where_told(db, tmp_path, capsys):
    code, stored = _run(db, tmp_path, ONE)
    assert code == 2 and 5 not in stored.values(), stored
    assert "--period q4" in capsys.readouterr().err
    code, stored = _run(db, tmp_path, ONE, "--period", "q4", "--year", "2030")
    assert code == 0 and stored.get(PeriodKind.Q4) == 5 and stored.get(PeriodKind.YEAR) != 5, stored


def test_sections_are_each_their_period(db, tmp_path):
    code, stored = _run(db, tmp_path, TWO, "--period", "year", "--year", "2030", "--dry-run")
    assert code == 0
    code, stored = _run(db, tmp_path, TWO, "--period", "year", "--year", "2030")
    assert code == 0 and stored.get(PeriodKind.YEAR) == 18, stored
    code, stored = _run(db, tmp_path, TWO)
    assert code == 0 and stored.get(PeriodKind.Q4) == 5 and stored.get(PeriodKind.YEAR) == 18, stored


KN = (',,Kỳ này,,Lũy kế từ đầu năm,\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5,20,18\n'
      ',Tổng cộng,5,5,20,18\n')


@pytest.mark.parametrize(("table", "args", "kind", "value"), [
    (KN, ["--period", "year"], PeriodKind.YEAR, 18), (KN, ["--period", "q4"], PeriodKind.Q4, 5),
    (TWO, ["--period", "year"], PeriodKind.YEAR, 18),
])
def test_this_time_and_to_date_sections_are_the_quarter_and_the_year(db, tmp_path, table, args, kind, value):
    """Round 41D F4: "Kỳ này | Lũy kế từ đầu năm" under "BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030": --period year stored the "Kỳ
    này" section's 5 as the year's (the year to date shows 18); and "Cả năm" with --period year and no --year was
    refused "Tệp không ghi kỳ báo cáo". "Lũy kế" is the longer of the two, "Kỳ này" the quarter, with the title's
    year."""
    code, stored = _run(db, tmp_path, table, *args, "--dry-run")
    assert code == 0
    from parapp.core.figures_import import read_bytes

    read = read_bytes(('"BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030"\n' + table).encode(), "q.csv")
    periods = {t.stated.kind: t.values["dossiers.resolved_on_time"] for t in [read, *read.others] if t.stated}
    assert periods.get(kind) == value, periods

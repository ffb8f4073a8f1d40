"""Round 40D L1 (left by 39D), `figures import`: "Báo cáo quý II năm 2030 (số liệu từ ngày 01/01/2030 đến ngày
30/6/2030)" above the table: the range won over the quarter named on the same line, the figures (5 on time) silently
stored as the half year's, exit 0. The file contradicts itself: now refused (exit 2, nothing stored) naming both and
asking for --period; with --period q2 (or h1) the figures go where the user says."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))
LINE = "Báo cáo quý II năm 2030 (số liệu từ ngày 01/01/2030 đến ngày 30/6/2030)"


@pytest.mark.parametrize("text", [LINE, "BÁO CÁO QUÝ II NĂM 2030\n(Từ ngày 01/01/2030 đến ngày 30/06/2030)",
                                  "Từ ngày 01/01/2030 đến ngày 30/06/2030 (Quý II năm 2030)"])
def test_a_range_against_the_quarter_named_is_refused(text):
    stated = find_period(text)
    found = match_period(stated, RULES)
    problem = contradiction(found, stated, None, None)
    assert problem is not None, stated
    said = str(problem)
    assert "quý II năm 2030" in said and "6 tháng đầu năm 2030" in said and "--period" in said, said


@pytest.mark.parametrize("text", ["Quý II năm 2030 (Từ ngày 15/3/2030 đến ngày 14/6/2030)",
                                  "Báo cáo từ ngày 01 tháng 04 năm 2030 đến ngày 30 tháng 06 năm 2030",
                                  "BÁO CÁO NĂM 2030\nTừ ngày 01/04/2030 đến ngày 30/06/2030",
                                  "Báo cáo 6 tháng đầu năm 2030 (từ ngày 01/01/2030 đến ngày 30/6/2030)"])
def test_guard_a_range_agreeing_or_under_a_bare_year_is_read(text):
    stated = find_period(text)
    found = match_period(stated, RULES)
    assert found is not None and contradiction(found, stated, None, None) is None, stated


def _run(tmp_path, *args):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "quý II.csv"
    f.write_text(f'"{LINE}"\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5\n,Tổng cộng,5,5\n', encoding="utf-8")
    code = main(["figures", "--db", str(db), "import", str(f), *args])
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    return code, {k[0]: v[0] for k, v in stored.items() if k[1] == "dossiers.resolved_on_time"}


def test_the_command_refuses_and_stores_nothing(tmp_path, capsys):
    code, stored = _run(tmp_path)
    assert code == 2 and 5 not in stored.values(), stored
    err = capsys.readouterr().err
    assert "--period" in err and "quý II năm 2030" in err, err


@pytest.mark.parametrize(("args", "kind"), [(["--period", "q2"], PeriodKind.Q2),
                                            (["--period", "h1", "--year", "2030"], PeriodKind.H1)])
def test_the_period_given_settles_it(tmp_path, args, kind):
    code, stored = _run(tmp_path, *args)
    assert code == 0 and stored.get(kind) == 5, stored
    assert [k for k, v in stored.items() if v == 5] == [kind], stored


def test_another_period_given_is_refused(tmp_path):
    code, stored = _run(tmp_path, "--period", "q3", "--year", "2030")
    assert code == 2 and 5 not in stored.values(), stored


@pytest.mark.parametrize("text", [
    "Số liệu từ ngày 01/04/2030 đến ngày 30/06/2030, so với quý II năm 2029 tăng 5%",
    "Từ ngày 01/04/2030 đến ngày 30/06/2030 tiếp nhận 120 hồ sơ, bằng 6 tháng đầu năm 2029",
])
def test_guard_a_period_compared_with_after_the_range_is_no_contradiction(text):
    """The follow-up: a period named further on the range's line, after words of its own, is one compared with (the
    first version refused these, stored as quý II 2030 before)."""
    stated = find_period(text)
    found = match_period(stated, RULES)
    assert found is not None and (found.kind, found.year) == (PeriodKind.Q2, 2030), stated
    assert contradiction(found, stated, None, None) is None, stated

"""Round 22C: a sheet named for a run of quarters ("Quý I - III", "Quý I+II", "Quý I, II") is no one quarter's.

`figures import --period q1` on a workbook whose sheets are "Quý I - III" (the cumulative table, read first), "Quý I"
and "Quý II" stored the cumulative figures as the first quarter's: the run's name was read as "Quý I".
"""

from __future__ import annotations

import pytest

from parapp.core.figures_period_names import period_in_name
from parapp.core.periods import PeriodKind
from tests.importing.test_round21_figures_sheet_periods import _import, workbook


@pytest.mark.parametrize("first", ["Quý I - III", "Quý I+II", "Quý I, II", "Quý I đến quý III", "Q1 và Q2", "QUY 1-2"])
def test_a_sheet_of_several_quarters_is_not_taken_for_the_first(tmp_path, capsys, first):
    code, out = _import(tmp_path, capsys, workbook(names=(first, "Quý I", "Quý II")), "--period", "q1",
                        "--year", "2026", "--dry-run")
    assert code == 0, out
    assert out["values"]["dossiers.resolved_late"] == 2  # the "Quý I" sheet's, not the run's 6


@pytest.mark.parametrize("name", ["Quý I - III", "Quý I+II", "Quý I, II", "Quý II đến hết quý IV", "q1/2"])
def test_a_run_of_quarters_names_no_period(name):
    assert period_in_name(name) is None


@pytest.mark.parametrize(("name", "kind"), [("Q2-2026", PeriodKind.Q2), ("Quý II/2026", PeriodKind.Q2),
                                            ("Quý III.2026", PeriodKind.Q3), ("QUY 4", PeriodKind.Q4),
                                            ("Quý I (đã sửa)", PeriodKind.Q1)])
def test_one_quarter_with_its_year_still_names_it(name, kind):
    assert period_in_name(name) is kind


@pytest.mark.parametrize("names", [("Quý I",), ("Quý I", "Quý III")])
def test_a_sheet_named_for_another_quarter_is_refused(tmp_path, capsys, names):
    """`--period q2` on a workbook whose only sheets are "Quý I" (and "Quý III") stored the first quarter's figures as
    the second's, with no word (one sheet) or a note about the table with the most figures; a sheet named
    "Quý I năm 2026" was refused, its year written."""
    code, err = _import(tmp_path, capsys, workbook(names=names, mults=(3, 2)[:len(names)]), "--period", "q2",
                        "--year", "2026", "--dry-run")
    assert code == 2, err
    assert "“Quý I”" in err and "quý II năm 2026" in err and "chưa lưu gì" in err


def test_the_sheet_named_for_the_quarter_asked_still_imports(tmp_path, capsys):
    code, out = _import(tmp_path, capsys, workbook(names=("Quý II",), mults=(3,)), "--period", "q2", "--year", "2026")
    assert code == 0 and out["values"]["dossiers.resolved_late"] == 6


@pytest.mark.parametrize("name", ["Q2-2026", "Năm 2026"])
def test_a_sheet_named_for_another_year_is_refused(tmp_path, capsys, name):
    """"Q2-2026" or "Năm 2026" (names that state no period by themselves) imported as 2025's: stored so, no word."""
    kind = "q2" if name.startswith("Q") else "year"
    code, err = _import(tmp_path, capsys, workbook(names=(name,), mults=(3,)), "--period", kind, "--year", "2025",
                        "--dry-run")
    assert code == 2 and name in err, err  # round 40D: "Q2-2026" is read as quý II năm 2026 (said so), not quoted
    code, out = _import(tmp_path, capsys, workbook(names=(name,), mults=(3,)), "--period", kind, "--year", "2026",
                        "--dry-run")
    assert code == 0, out

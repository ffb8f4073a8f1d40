"""Round 22C: a sheet named for a run of quarters ("Quý I - III", "Quý I+II", "Quý I, II") is no one quarter's.

`figures import --period q1` on a workbook whose sheets are "Quý I - III" (the cumulative table, read first), "Quý I"
and "Quý II" stored the cumulative figures as the first quarter's: the run's name was read as "Quý I".
"""

from __future__ import annotations

import pytest

from parapp.core.figures_period import period_in_name
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

"""Round 22C: a statistics export stating a run of quarters ("Kỳ báo cáo: Từ quý I năm 2026 đến quý III năm 2026",
"Quý I, II năm 2026", "Lũy kế quý I đến quý III năm 2026") was read as its first or last quarter, or as the year: the
nine months' figures were stored, with no --period given, as the first quarter's (or the third's); quý I and II as the
year's."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period
from tests.importing.test_round21_figures_sheet_periods import _import, workbook


@pytest.mark.parametrize(("title", "kind"), [
    ("Kỳ báo cáo: Từ quý I năm 2026 đến quý III năm 2026", "9m"),
    ("Kỳ báo cáo: Quý I - Quý III/2026", "9m"),
    ("Lũy kế quý I đến quý III năm 2026", "9m"),
    ("Kỳ báo cáo: Quý I, II năm 2026", "h1"),
    ("Kỳ báo cáo: quý I và quý II năm 2026", "h1"),
    ("Kỳ báo cáo: Quý I-2026 đến Quý IV-2026", "year"),
])
def test_a_run_from_the_first_quarter_is_its_period(tmp_path, capsys, title, kind):
    code, out = _import(tmp_path, capsys, workbook(names=("Sheet1",), mults=(1,), titles=[title]), "--dry-run")
    assert code == 0, out
    assert out["period"]["kind"] == kind and out["period"]["year"] == 2026 and out["period"]["from_file"]


@pytest.mark.parametrize("title", ["Kỳ báo cáo: Từ quý II đến quý III năm 2026", "Kỳ báo cáo: Quý III - IV/2026"])
def test_another_run_is_no_period_kept(tmp_path, capsys, title):
    code, err = _import(tmp_path, capsys, workbook(names=("Sheet1",), mults=(1,), titles=[title]), "--dry-run")
    assert code == 2 and "không phải một kỳ" in err, err


@pytest.mark.parametrize(("text", "kind"), [("Kỳ báo cáo: Quý III/2026", "q3"), ("Quý II năm 2026", "q2"),
                                            ("Kỳ báo cáo: Quý I/2026 (số liệu đến 31/3)", "q1")])
def test_one_quarter_as_before(text, kind):
    assert find_period(text).kind.value == kind


def test_a_run_named_after_the_period_stated_does_not_replace_it():
    assert find_period("Kỳ báo cáo: Quý III/2026\nGhi chú: so với quý I - quý II năm 2025").kind.value == "q3"


@pytest.mark.parametrize("title", ["Kỳ báo cáo: 6 tháng năm 2026", "BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC 6 THÁNG NĂM 2026"])
def test_six_months_of_the_year_is_the_first_half(tmp_path, capsys, title):
    """"Báo cáo 6 tháng năm 2026" is the half-year report ("9 tháng năm 2026" was read as nine months): its figures
    were stored as the year's."""
    code, out = _import(tmp_path, capsys, workbook(names=("Sheet1",), mults=(1,), titles=[title]), "--dry-run")
    assert code == 0, out
    assert out["period"]["kind"] == "h1" and out["period"]["year"] == 2026

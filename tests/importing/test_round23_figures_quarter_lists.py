"""Round 23B: round 22C's runs of quarters in a statistics export, attacked."""

from __future__ import annotations

import pytest

from tests.importing.test_round21_figures_sheet_periods import _import, workbook


@pytest.mark.parametrize(("title", "kind"), [
    ("BÁO CÁO SỐ LIỆU QUÝ I, II, III NĂM 2026", "9m"),
    ("Kỳ báo cáo: quý I, II và III năm 2026", "9m"),
    ("Kỳ báo cáo: Quý I + II + III năm 2026", "9m"),
    ("Kỳ báo cáo: Quý I/2026 - Quý III", "9m"),
    ("Kỳ báo cáo: Từ quý I năm 2026 đến quý II", "h1"),
])
def test_three_quarters_listed_or_the_year_written_first_are_their_period(tmp_path, capsys, title, kind):
    """Finding 5: "Quý I, II, III năm 2026" (three quarters listed, as 22C read two) was taken for the year ("báo cáo
    … năm 2026") and the nine months' figures stored as the year's; "Quý I/2026 - Quý III" (the year after the
    first) as quý I's."""
    code, out = _import(tmp_path, capsys, workbook(names=("Sheet1",), mults=(1,), titles=[title]), "--dry-run")
    assert code == 0, out
    assert out["period"]["kind"] == kind and out["period"]["year"] == 2026 and out["period"]["from_file"]


@pytest.mark.parametrize(("title", "kind"), [
    ("BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC 06 THÁNG ĐẦU NĂM 2026", "h1"),
    ("Báo cáo 09 tháng năm 2026", "9m"),
    ("Báo cáo sáu tháng đầu năm 2026", "h1"),
    ("Báo cáo chín tháng năm 2026", "9m"),
])
def test_six_or_nine_months_written_with_a_zero_or_in_words(tmp_path, capsys, title, kind):
    """Finding 10: "06 tháng đầu năm 2026" (the two figures official titles write) or "sáu tháng" in words was
    read as the year ("báo cáo … năm 2026"), and the half year's figures stored as the year's."""
    code, out = _import(tmp_path, capsys, workbook(names=("Sheet1",), mults=(1,), titles=[title]), "--dry-run")
    assert code == 0, out
    assert out["period"]["kind"] == kind and out["period"]["year"] == 2026


def test_six_months_written_with_a_zero_in_a_sheets_name():
    from parapp.core.figures_period_names import period_in_name
    from parapp.core.periods import PeriodKind

    assert period_in_name("06 tháng") is PeriodKind.H1 and period_in_name("09 tháng") is PeriodKind.NINE_MONTHS

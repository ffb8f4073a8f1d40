"""A fresh-eyes walk (round 41): Biểu 06's total row (one row, 11 numbers) copied and pasted on the Số liệu grid was
refused with "Hãy chọn ô bắt đầu cao hơn hoặc xa hơn về bên trái": no cell would do, the row is wider than the page's
periods. The refusal now sends the clerk to "Nhập biểu thống kê…" → "Dán bảng vừa sao chép", which reads that row by
its column names; nothing is stored by the paste."""

from __future__ import annotations

from parapp.store.figures import period_figures
from tests.ui.test_adversarial_round33e import _figures_page, _paste
from tests.ui.test_figures_window import cell


def test_a_row_of_the_national_form_is_sent_to_the_form_import(qtbot, ui_db, errors):
    page = _figures_page(qtbot, ui_db)
    periods = page.model.columnCount() - cell(page, "dossiers.received", "q1").column()
    row = "\t".join(str(100 + i) for i in range(11)) + "\n"
    assert 11 > periods
    _paste(qtbot, page, cell(page, "dossiers.received", "q1"), row)
    assert errors and "Nhập biểu thống kê" in errors[0] and "Dán bảng vừa sao chép" in errors[0], errors
    assert {f.code: f.value for f in period_figures(ui_db, "q1", 2024)}["dossiers.received"] is None


def test_a_block_as_wide_as_the_periods_keeps_the_old_advice(qtbot, ui_db, errors):
    page = _figures_page(qtbot, ui_db)
    _paste(qtbot, page, cell(page, "dossiers.received", "h1"), "10\t20\t30\t40\n")
    assert errors and "xa hơn về bên trái" in errors[0], errors

"""Round 35E: a year's figures typed down a quarter's column, in the real window at year end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from parapp.store.figures import period_figures
from tests.ui.test_adversarial_round33e import _figures_page
from tests.ui.test_figures_window import cell


def _type_and_enter(qtbot, page, text: str) -> None:
    QTest.keyClicks(page.table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not page.table, "the first figure typed opened no editor"
    QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table and page.table.state() == page.table.State.NoState)
    qtbot.waitUntil(lambda: not [e for e in page.table.findChildren(type(editor)) if e.isVisible()])


def test_enter_passes_over_the_computed_rows_to_the_next_figure_typed(qtbot, ui_db):
    """Typing Quý II down the column: "160" on "Hồ sơ tiếp nhận trực tuyến", Enter put the cursor on "Hồ sơ đã
    giải quyết", a sum ParApp computes; the next figure, "210" for "… trước hạn", went nowhere and nothing said so.
    Enter now passes over the computed rows (sums and rates) as it passes over the area headings."""
    page = _figures_page(qtbot, ui_db)
    model = page.model
    page.table.setCurrentIndex(cell(page, "dossiers.received_online", "q2"))
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    _type_and_enter(qtbot, page, "160")
    qtbot.waitUntil(lambda: model.data(cell(page, "dossiers.received_online", "q2")) == "160")
    early = cell(page, "dossiers.resolved_early", "q2")
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == early.row())
    assert page.table.currentIndex().column() == early.column()
    _type_and_enter(qtbot, page, "210")
    _type_and_enter(qtbot, page, "112")
    _type_and_enter(qtbot, page, "3")
    # past the rates and the pending sum, on to "… đang giải quyết trong hạn"
    within = cell(page, "dossiers.pending_in_time", "q2")
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == within.row())
    stored = {f.code: f.value for f in period_figures(ui_db, "q2", 2024)}
    assert (stored.get("dossiers.resolved_early"), stored.get("dossiers.resolved_on_time"),
            stored.get("dossiers.resolved_late")) == (210, 112, 3)

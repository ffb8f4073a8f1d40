"""Round 35D, Ctrl+V on the Số liệu grid: blank cells and lines trailing a copy cleared the figures beside and below it.

Round 34D made blank cells and lines trailing a copy (a web page's table ends each cell with a tab, its rows with a
blank line) no part of the block when checking that it fits; but they were still pasted. One figure copied so, "5\\t",
pasted on quý I cleared quý II's stored figure; a column "5\\n\\t\\n" cleared the quý I and quý II figures of the row
under it; nothing said. What the size check leaves out of the block is no longer pasted; a blank cell inside the block
still clears its cell, as typing over it would."""

from __future__ import annotations

from parapp.store.figures import period_figures
from tests.ui.test_adversarial_round33e import _figures_page, _paste
from tests.ui.test_figures_window import cell


def _stored(db, kind: str, code: str) -> float | None:
    return {f.code: f.value for f in period_figures(db, kind, 2024)}[code]


def _filled(qtbot, db):
    page = _figures_page(qtbot, db)
    _paste(qtbot, page, cell(page, "dossiers.received", "q1"), "10\t20\n3\t4\n")
    assert _stored(db, "q2", "dossiers.received") == 20 and _stored(db, "q1", "dossiers.received_online") == 3
    return page


def test_a_cell_copied_with_its_tab_leaves_the_next_column_alone(qtbot, ui_db, errors):
    page = _filled(qtbot, ui_db)
    _paste(qtbot, page, cell(page, "dossiers.received", "q1"), "15\t")
    assert not errors, errors
    assert _stored(ui_db, "q1", "dossiers.received") == 15
    assert _stored(ui_db, "q2", "dossiers.received") == 20


def test_blank_lines_trailing_a_column_leave_the_rows_below_alone(qtbot, ui_db, errors):
    page = _filled(qtbot, ui_db)
    _paste(qtbot, page, cell(page, "dossiers.received", "q1"), "15\t\n\t\n \n")
    assert not errors, errors
    assert _stored(ui_db, "q1", "dossiers.received") == 15
    assert (_stored(ui_db, "q1", "dossiers.received_online"), _stored(ui_db, "q2", "dossiers.received_online"),
            _stored(ui_db, "q2", "dossiers.received")) == (3, 4, 20)


def test_a_blank_cell_inside_the_block_still_clears_it(qtbot, ui_db, errors):
    """Guard: spreadsheet semantics inside the block (34D kept them)."""
    page = _filled(qtbot, ui_db)
    _paste(qtbot, page, cell(page, "dossiers.received", "q1"), "15\t\n2\t3\n")
    assert not errors, errors
    assert _stored(ui_db, "q2", "dossiers.received") is None
    online = (_stored(ui_db, "q1", "dossiers.received_online"), _stored(ui_db, "q2", "dossiers.received_online"))
    assert online == (2, 3)


def test_a_blank_cell_pasted_alone_still_clears_the_current_cell(qtbot, ui_db, errors):
    """Guard: an empty cell copied from Excel ("\\r\\n") pasted on a figure clears it, as before."""
    page = _filled(qtbot, ui_db)
    _paste(qtbot, page, cell(page, "dossiers.received", "q2"), "\r\n")
    assert not errors, errors
    assert _stored(ui_db, "q2", "dossiers.received") is None and _stored(ui_db, "q1", "dossiers.received") == 10

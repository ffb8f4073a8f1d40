"""Round 34D, Ctrl+V on the Số liệu grid (round 33E): figures pasted past the grid's end were silently left out.

- A column copied from a spreadsheet with more lines than indicators left below the current cell (the clerk started a
  row too low, or the sheet's column carries a total line): the lines past the last indicator were dropped and the
  rest stored, "all or nothing" broken and not a word said.
- A block wider than the columns right of the current cell (four quarters pasted from "6 tháng"): the quarters past
  "Năm" dropped, the others stored, silent.
Both are now refused whole, with what to do; a paste that fits is stored as before.
"""

from __future__ import annotations

from parapp.store.figures import period_figures
from tests.ui.test_adversarial_round33e import _figures_page, _paste
from tests.ui.test_figures_window import cell


def _stored(db, kind: str) -> dict[str, float]:
    return {f.code: f.value for f in period_figures(db, kind, 2024)}


def test_a_column_longer_than_the_rows_left_is_refused_whole(qtbot, ui_db, errors):
    page = _figures_page(qtbot, ui_db)
    start = cell(page, "edocs.signed", "q1")
    left = sum(1 for r in range(start.row(), page.model.rowCount()) if not page.model.row_at(r).is_group)
    _paste(qtbot, page, start, "\n".join(str(100 - i) for i in range(left + 2)) + "\n")
    assert errors and str(left + 2) in errors[0] and str(left) in errors[0], errors
    assert _stored(ui_db, "q1")["edocs.signed"] is None  # nothing stored, the figures past the end not lost alone


def test_a_block_wider_than_the_columns_left_is_refused_whole(qtbot, ui_db, errors):
    page = _figures_page(qtbot, ui_db)
    _paste(qtbot, page, cell(page, "dossiers.received", "h1"), "10\t20\t30\t40\n")
    assert errors and "4" in errors[0], errors
    assert _stored(ui_db, "h1")["dossiers.received"] is None


def test_a_paste_that_fits_to_the_last_row_and_column_is_stored(qtbot, ui_db, errors):
    """Guard: a column ending on the grid's last indicator, a block ending on "Năm", as before."""
    page = _figures_page(qtbot, ui_db)
    start = cell(page, "edocs.signed", "9m")
    left = sum(1 for r in range(start.row(), page.model.rowCount()) if not page.model.row_at(r).is_group)
    _paste(qtbot, page, start, "\n".join(f"{100 - i}\t{200 - i}" for i in range(left)) + "\r\n")
    assert not errors, errors
    assert _stored(ui_db, "9m")["edocs.signed"] == 100 and _stored(ui_db, "year")["edocs.signed"] == 200


def test_blank_cells_and_lines_trailing_the_copy_are_no_overflow(qtbot, ui_db, errors):
    """Guard: a copy from a web page's table ends its cells with a tab and its rows with a blank line or two."""
    page = _figures_page(qtbot, ui_db)
    start = cell(page, "dossiers.digitised", "year")  # the last indicator row, the last column
    _paste(qtbot, page, start, "42\t\n\t\n \n")
    assert not errors, errors
    assert _stored(ui_db, "year")["dossiers.digitised"] == 42


def test_a_lone_dash_pasted_is_zero_as_excels_accounting_format_shows_it(qtbot, ui_db, errors):
    """Round 34D left it: a column copied from a sheet in Excel's accounting format ("   -   " for 0, also a statistics
    table's "không phát sinh") was refused whole, "“-” … không phải là số"; the figures import reads it as 0."""
    page = _figures_page(qtbot, ui_db)
    _paste(qtbot, page, cell(page, "dossiers.received", "q1"), "12\n -   \n")
    assert not errors, errors
    got = _stored(ui_db, "q1")
    assert got["dossiers.received"] == 12 and got["dossiers.received_online"] == 0


def test_every_dash_read_as_a_minus_sign_is_zero_alone(qtbot, ui_db, errors):
    """Round 36D left it: "‐", "‑", "－", "﹣" or a dash with a zero-width space, alone, were still refused."""
    page = _figures_page(qtbot, ui_db)
    _paste(qtbot, page, cell(page, "dossiers.received", "q2"), "\u2011\t\uff0d\n-\u200b\t\ufe63\n")
    assert not errors, errors
    q2, q3 = _stored(ui_db, "q2"), _stored(ui_db, "q3")
    assert q2["dossiers.received"] == 0 and q2["dossiers.received_online"] == 0
    assert q3["dossiers.received"] == 0 and q3["dossiers.received_online"] == 0

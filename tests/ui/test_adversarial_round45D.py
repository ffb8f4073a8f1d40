"""Round 45D F1 in the window: a Biểu 06 copied from Excel with its "Giải quyết đúng hạn" column hidden and pasted in
"Nhập biểu thống kê…" (Dán): the hidden column's cells were read empty (44C F5) and left out without a word, the
other figures ready to save. The window now says the hidden cells, as a file's are said."""

import datetime as dt

from PySide6.QtCore import QMimeData

from tests.importing.test_round45_figures_html_hidden_columns import _page


def test_a_paste_with_a_hidden_column_says_it(qtbot, ui_db):
    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog

    dlg = FiguresImportDialog(ui_db, dt.date(2030, 10, 2), 2030)
    qtbot.addWidget(dlg)
    mime = QMimeData()
    mime.setHtml(_page((3,)))
    dlg.load_mime(mime)
    assert "cột ẩn" in dlg.notes.text() and "4 ô" in dlg.notes.text(), dlg.notes.text()

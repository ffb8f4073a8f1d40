"""The import preview gives the "Cần xem lại" column room only when a row needs a look.

A fresh-eyes walk (this session) imported a real plan at 1366×768: every row was fine, the empty "Cần xem lại"
column kept 250 pixels beside the task's words, and "Thời hạn", what the clerk checks next, was off the screen."""

import datetime as dt

from parapp.ui.importing.import_dialog import ImportDialog

HEAD = "STT\tNội dung\tLĩnh vực\tThời gian\n"
SECOND = "2\tBan hành kế hoạch\tCải cách thể chế\tQuý I/2026\n"
FINE = HEAD + "1\tRà soát văn bản QPPL của xã\tCải cách thể chế\tQuý II/2026\n" + SECOND
NO_DAY = HEAD + "1\tRà soát văn bản QPPL của xã\tCải cách thể chế\t\n" + SECOND


def _dialog(qtbot, ui_db, text):
    dlg = ImportDialog(ui_db, today=dt.date(2026, 1, 5))
    qtbot.addWidget(dlg)
    dlg.load_text(text, None, "Kế hoạch dán")
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 2, timeout=5000)
    return dlg


def test_the_review_column_is_narrow_when_nothing_needs_a_look(qtbot, ui_db):
    fine = _dialog(qtbot, ui_db, FINE)
    assert fine.table.columnWidth(10) < 150
    needs = _dialog(qtbot, ui_db, NO_DAY)
    assert needs.table.columnWidth(10) >= 250

"""Round 44C L2 (left by 43C): the import window, a table pasted, its rows corrected in the preview (a deadline typed
where the row had none, an area chosen, a row unticked: "Nhập 2 nhiệm vụ"), then a column's meaning chosen ("Ghi chú"
really held the lead): the table was read again from the source, every correction lost without a word and the
unticked row back in ("Nhập 3 nhiệm vụ"; 43C F2 kept them only across a change of year). The corrections now stay:
each row read again takes what the clerk typed or chose for it, the new column giving the rest."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from parapp.ui.importing.import_dialog import ImportDialog

TEXT = ("STT\tNội dung\tGhi chú\tThời hạn\n1\tRà soát văn bản QPPL\tTư pháp\tQuý II\n"
        "2\tNiêm yết công khai TTHC\tVăn phòng\t\n3\tHọp giao ban\tVăn phòng\tQuý I\n")


def test_corrections_in_the_preview_survive_a_change_of_a_column(qtbot, ui_db):
    dlg = ImportDialog(ui_db, today=dt.date(2026, 11, 20))
    qtbot.addWidget(dlg)
    dlg.plan_year.setValue(2026)
    dlg.load_text(TEXT, None, "dán")
    m = dlg.model
    m.setData(m.index(1, 8), "Quý III")
    m.setData(m.index(0, 4), "5")
    m.setData(m.index(2, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "Nhập 2 nhiệm vụ" in dlg.import_btn.text()
    dlg.column_combos[2].setCurrentIndex(dlg.column_combos[2].findData("lead"))
    assert [(t.lead, t.note, t.deadline_text, t.due_date, t.area_code, t.skip) for t in dlg.model.tasks] == [
        ("Tư pháp", "", "Quý II", dt.date(2026, 6, 30), "5", False),
        ("Văn phòng", "", "Quý III", dt.date(2026, 9, 30), "3", False),
        ("Văn phòng", "", "Quý I", dt.date(2026, 3, 31), "", True)]
    assert "Nhập 2 nhiệm vụ" in dlg.import_btn.text()
    dlg.column_combos[1].setCurrentIndex(0)  # "Nội dung" ignored: no task is read, none is made up
    assert not dlg.import_btn.isEnabled() or all(t.content for t in dlg.model.tasks)

"""Round 43C F2: the import window, a table pasted, its rows corrected in the preview (a deadline typed where the row
had none, an area chosen, a row unticked), then the plan's year changed in its box (or a plan of another year chosen
to import into): the table was read again from the file, every correction lost without a word, and the unticked row
back in ("Nhập 3 nhiệm vụ"). The same rows are now kept as corrected, their due dates worked out in the new year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from parapp.ui.importing.import_dialog import ImportDialog

TEXT = ("STT\tNội dung\tChủ trì\tThời hạn\n1\tRà soát văn bản QPPL\tTư pháp\tQuý II\n"
        "2\tNiêm yết công khai TTHC\tVăn phòng\t\n3\tHọp giao ban\tVăn phòng\tQuý I\n")


def test_corrections_in_the_preview_survive_a_change_of_the_plan_year(qtbot, ui_db):
    dlg = ImportDialog(ui_db, today=dt.date(2026, 11, 20))
    qtbot.addWidget(dlg)
    dlg.plan_year.setValue(2026)
    dlg.load_text(TEXT, None, "dán")
    m = dlg.model
    m.setData(m.index(1, 8), "Quý III")
    m.setData(m.index(0, 4), "5")
    m.setData(m.index(2, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "Nhập 2 nhiệm vụ" in dlg.import_btn.text()
    dlg.plan_year.setValue(2027)
    assert [(t.deadline_text, t.due_date, t.area_code, t.skip) for t in dlg.model.tasks] == [
        ("Quý II", dt.date(2027, 6, 30), "5", False), ("Quý III", dt.date(2027, 9, 30), "3", False),
        ("Quý I", dt.date(2027, 3, 31), "", True)]
    assert "Nhập 2 nhiệm vụ" in dlg.import_btn.text()


PLAN_2027 = ("ỦY BAN NHÂN DÂN XÃ BA GIANG\nKẾ HOẠCH\nCải cách hành chính năm 2027\n1. Cải cách thủ tục hành chính\n"
             "- Rà soát, đơn giản hóa thủ tục hành chính. Thời gian: Thường xuyên.\n")


def test_a_plan_of_another_year_chosen_after_the_file_is_read_is_said(qtbot, ui_db):
    """Round 43C F5: a plan "… năm 2027" read into a new plan, then the 2026 plan chosen in "Nhập vào": "Thường
    xuyên" fell due 31/12/2026 without a word, where choosing the plan first says the file's own year (38C). The note
    now follows the plan chosen, in either order, and goes when the file's year is chosen again."""
    from parapp.store import plans

    plans.add_plan(ui_db, {"year": 2026, "title": "Kế hoạch CCHC năm 2026"})
    dlg = ImportDialog(ui_db, today=dt.date(2026, 11, 20))
    qtbot.addWidget(dlg)
    dlg.load_text(PLAN_2027, None, "dán")
    assert "năm kế hoạch 2027" not in dlg.summary.text()
    dlg.plan.setCurrentIndex(1)
    assert dlg.model.tasks[0].due_date == dt.date(2026, 12, 31)
    assert dlg.summary.text().count("Tệp ghi năm kế hoạch 2027, còn kế hoạch được chọn là năm 2026") == 1
    dlg.plan.setCurrentIndex(0)
    dlg.plan_year.setValue(2027)
    assert "năm kế hoạch 2027" not in dlg.summary.text()

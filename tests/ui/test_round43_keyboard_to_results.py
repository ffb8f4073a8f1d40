"""A fresh-eyes walk (round 43), keyboard only: from the register's search box neither Down nor Enter reached the
results (seven Tabs away), and after "Đính kèm tệp…" Enter opened the file dialog again instead of saving."""

from PySide6.QtCore import Qt

from parapp.store import tasks
from parapp.ui.tasks.task_editor import TaskDialog

from .conftest import TODAY


def test_down_or_enter_in_the_search_box_goes_to_the_first_row_found(window, ui_db, qtbot):
    for words in ("Rà soát văn bản QPPL", "Số hóa hồ sơ TTHC"):
        tasks.create_task(ui_db, {"content": words}, today=TODAY)
    window.refresh_all()
    reg = window.register
    window.show_page("register")
    reg.search.setFocus()
    qtbot.keyClicks(reg.search, "so hoa")
    qtbot.keyClick(reg.search, Qt.Key.Key_Down)
    assert reg.table.hasFocus()
    rows = reg.table.selectionModel().selectedRows()
    assert [reg.model.row_at(r.row()).content for r in rows] == ["Số hóa hồ sơ TTHC"]


def test_enter_after_attaching_does_not_open_the_file_dialog_again(qtbot, ui_db):
    task = tasks.create_task(ui_db, {"content": "Rà soát văn bản QPPL"}, today=TODAY)
    dialog = TaskDialog(ui_db, task, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.attach_btn.autoDefault()

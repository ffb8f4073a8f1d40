"""On read-only data (a CD, a locked stick, a full disk) a task's notes, history and evidence can still be read.

Round 21A of issue 21 left it: Enter or a double click on a task did nothing there, and "Sửa…" was off, so the
progress notes and the history of a task could not be seen at all, though nothing about reading them writes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from parapp.store import open_database, tasks
from parapp.store.db import open_readonly


def _register(qtbot, tmp_path):
    from parapp.ui.main_window import MainWindow

    db_path = tmp_path / "parapp.db"
    db = open_database(db_path)
    tid = tasks.create_task(db, {"content": "Rà soát thủ tục hành chính", "deadline_text": "Quý II/2026"})
    tasks.add_note(db, tid, "Đã rà soát 12 thủ tục")
    db.close()
    ro = open_readonly(db_path)
    w = MainWindow(ro)
    qtbot.addWidget(w)
    w.show()
    page = w.page("register")
    return ro, page, tid


def test_a_task_opens_to_be_read_on_read_only_data(qtbot, tmp_path, monkeypatch):
    from parapp.ui.tasks import task_editor

    ro, page, tid = _register(qtbot, tmp_path)
    try:
        shown = []
        monkeypatch.setattr(task_editor.TaskDialog, "exec", lambda self: shown.append(self) or 0)
        page.select_task(tid)
        assert page.edit_btn.isEnabled()
        page.edit_btn.click()
        assert shown, "the task did not open"
        dlg = shown[-1]
        assert "Đã rà soát 12 thủ tục" in dlg.notes_view.toPlainText()
        assert dlg.content.toPlainText() == "Rà soát thủ tục hành chính"
        assert all(w.isReadOnly() for w in dlg.findChildren(QLineEdit) + dlg.findChildren(QPlainTextEdit))
        assert not any(w.isEnabled() for w in dlg.findChildren(QComboBox))
        assert not dlg.attach_btn.isEnabled()
        from PySide6.QtWidgets import QDialogButtonBox

        box = dlg.findChild(QDialogButtonBox)
        assert box.button(QDialogButtonBox.StandardButton.Save).isHidden()
        # Enter on the row opens it the same way
        page.table.activated.emit(page.table.currentIndex())
        assert len(shown) == 2
    finally:
        # The window first: its register reads the rest of the lines on a timer, which fired after the data was
        # closed under a loaded machine's slow teardown ("Cannot operate on a closed database", a CI run).
        page.window().close()
        ro.close()

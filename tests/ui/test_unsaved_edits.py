"""Esc, Hủy or the window's × on an editing dialog with changed fields asks before anything typed is
thrown away (round 14c found a task typed in full lost to one stray Esc, without a word)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from parapp.store import tasks
from tests.ui.conftest import TODAY


@pytest.fixture
def answers(monkeypatch):
    """Answer the question box with the next queued button; record what it asked."""
    asked: list[str] = []
    queue: list[QMessageBox.StandardButton] = []
    really_exec = QMessageBox.exec

    def answer(box):
        if box.icon() != QMessageBox.Icon.Question:
            return really_exec(box)
        asked.append(box.text())
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked, queue


def _task_dialog(qtbot, ui_db):
    from parapp.ui.tasks.task_editor import TaskDialog

    dlg = TaskDialog(ui_db, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _press_escape(dlg):
    QTest.keyClick(dlg.focusWidget() or dlg, Qt.Key.Key_Escape)


def test_escape_on_a_typed_task_asks_and_going_back_keeps_every_word(qtbot, ui_db, answers):
    asked, queue = answers
    dlg = _task_dialog(qtbot, ui_db)
    dlg.content.setPlainText("Rà soát, công bố thủ tục hành chính thuộc thẩm quyền của xã")
    queue.append(QMessageBox.StandardButton.Cancel)
    _press_escape(dlg)
    assert len(asked) == 1 and "chưa được lưu" in asked[0]
    assert dlg.isVisible()
    assert dlg.content.toPlainText() == "Rà soát, công bố thủ tục hành chính thuộc thẩm quyền của xã"


def test_choosing_save_saves_the_task_and_discard_saves_nothing(qtbot, ui_db, answers):
    asked, queue = answers
    dlg = _task_dialog(qtbot, ui_db)
    dlg.content.setPlainText("Niêm yết công khai thủ tục hành chính")
    dlg.deadline_text.setText("30/6/2024")
    queue.append(QMessageBox.StandardButton.Save)
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dlg.result() == QDialog.DialogCode.Accepted and not dlg.isVisible()
    assert [t.content for t in tasks.task_rows(ui_db)] == ["Niêm yết công khai thủ tục hành chính"]

    other = _task_dialog(qtbot, ui_db)
    other.content.setPlainText("Một nhiệm vụ gõ nhầm")
    queue.append(QMessageBox.StandardButton.Discard)
    _press_escape(other)
    assert len(asked) == 2
    assert not other.isVisible() and other.result() == QDialog.DialogCode.Rejected
    assert [t.content for t in tasks.task_rows(ui_db)] == ["Niêm yết công khai thủ tục hành chính"]


def test_an_unchanged_or_typed_back_form_closes_without_a_question(qtbot, ui_db, answers):
    asked, _ = answers
    dlg = _task_dialog(qtbot, ui_db)
    _press_escape(dlg)
    assert not dlg.isVisible()

    again = _task_dialog(qtbot, ui_db)
    again.content.setPlainText("x")
    again.content.setPlainText("")
    _press_escape(again)
    assert not again.isVisible()
    assert asked == []


def test_the_settings_window_asks_too_and_a_close_from_code_does_not(qtbot, ui_db, answers):
    from parapp.ui.settings_dialog import SettingsDialog

    asked, queue = answers
    dlg = SettingsDialog(ui_db)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.commune_name.setText("Ủy ban nhân dân xã Hòa Bình")
    queue.append(QMessageBox.StandardButton.Cancel)
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(asked) == 1 and dlg.isVisible()
    dlg.close()  # the program closing it (the window shutting down): nobody is there to answer
    assert len(asked) == 1 and not dlg.isVisible()

"""Hủy, Esc or the window's × on an editing dialog whose fields were changed asks first: "Lưu",
"Bỏ thay đổi" or "Tiếp tục sửa". Before, a stray Esc threw away a task typed in full without a
word (round 14c), and "nothing the user typed is ever silently dropped".

What is compared is what the fields hold when the dialog was first shown (after it loaded its
record) and what they hold when it is asked to close: a field typed into and typed back is no
change. Lists a dialog saves at once (a task's evidence files) are not fields and never count.
A close that no person asked for (the window closing its dialogs, a test's teardown) is not
questioned: nobody would be there to answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget,
)
from shiboken6 import getCppPointer

from parapp.ui.widgets.texts import tr


def typed_state(dialog: QWidget) -> dict:
    """What each of the dialog's editable fields holds, by field. Only the dialog's own window: a date field's
    calendar is a popup window of its own, whose year box and month menu are made when first opened (round 21A:
    opening it made an untouched form ask "chưa được lưu"). By field, not by place in the list of children: showing
    a tab raises its page, which moves it to the end of that list (round 33E: a look at "Tổ chức bộ máy" in "Thông
    tin của xã", then Hủy, asked about changes never made)."""
    state: dict = {}
    for w in dialog.findChildren(QWidget):
        if w.window() is not dialog:
            continue
        key = getCppPointer(w)[0]
        if isinstance(w, QLineEdit):
            if not w.isReadOnly():
                state[key] = w.text()
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            if not w.isReadOnly():
                state[key] = w.toPlainText()
        elif isinstance(w, QComboBox):
            state[key] = (w.currentIndex(), w.currentText())
        elif isinstance(w, QAbstractSpinBox):
            state[key] = w.text()
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            state[key] = w.isChecked()
    extra = getattr(dialog, "unsaved_extra", None)
    if callable(extra):
        state["extra"] = extra()
    return state


def ask_keep(parent: QWidget) -> QMessageBox.StandardButton:
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(),
                      tr("Những gì bạn vừa nhập chưa được lưu. Lưu lại trước khi đóng?"),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Save).setText(QCoreApplication.translate("buttons", "Lưu"))
    box.button(QMessageBox.StandardButton.Discard).setText(QCoreApplication.translate("buttons", "Bỏ thay đổi"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("buttons", "Tiếp tục sửa"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)  # a second Esc goes back to the form, loses nothing
    return QMessageBox.StandardButton(box.exec())


class AsksBeforeDropping:
    """Mixed into an editing QDialog (before QDialog) that has a save() which accepts when it saved.

    The state kept is plain Python data on the dialog itself (see the rule of lifetimes in
    parapp/ui/__init__.py): no helper object watches the dialog."""

    _typed_at_start: dict | None = None
    _quiet_close = False

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        if self._typed_at_start is None:
            self._typed_at_start = typed_state(self)  # type: ignore[arg-type]

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        # The × of the window is spontaneous; close() from code (the window shutting, a test) is not.
        self._quiet_close = not event.spontaneous()
        try:
            super().closeEvent(event)  # type: ignore[misc]  # QDialog's: reject() while visible
        finally:
            self._quiet_close = False

    def reject(self):
        if self._quiet_close or self._typed_at_start is None or not self.isVisible():  # type: ignore[attr-defined]
            super().reject()  # type: ignore[misc]
            return
        if typed_state(self) == self._typed_at_start:  # type: ignore[arg-type]
            super().reject()  # type: ignore[misc]
            return
        choice = ask_keep(self)  # type: ignore[arg-type]
        if choice == QMessageBox.StandardButton.Discard:
            super().reject()  # type: ignore[misc]
        elif choice == QMessageBox.StandardButton.Save:
            self.save()  # type: ignore[attr-defined]  # closes itself when saved; a refusal keeps the form open
        # Cancel: back to the form, as it was


"""A task shown to be read, on read-only data (a CD, a locked stick, a full disk): every field, the progress notes,
the history and the evidence, none of it editable, nothing to save. Reading writes nothing; round 21A found Enter
and "Sửa…" doing nothing there, so notes and history could not be seen at all."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialogButtonBox, QLineEdit, QPlainTextEdit

from parapp.ui.widgets.texts import tr


def make_view_only(dlg) -> None:
    """Turn a TaskDialog into a view of its task."""
    dlg.setWindowTitle(tr("Xem nhiệm vụ (chỉ đọc)"))
    for w in [*dlg.findChildren(QLineEdit), *dlg.findChildren(QPlainTextEdit)]:
        w.setReadOnly(True)
    for w in dlg.findChildren(QComboBox):
        w.setEnabled(False)
    dlg.attach_btn.setEnabled(False)
    dlg.evidence_box.remove_btn.setEnabled(False)
    for w in (dlg.new_note, dlg.new_note_date):
        w.setVisible(False)
    for b in dlg.outputs.findChildren(QAbstractButton):
        b.setEnabled(False)
    for box in dlg.findChildren(QDialogButtonBox):
        save = box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setVisible(False)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(tr("Đóng"))

"""Shared user-visible words of the window, and message boxes whose buttons
speak Vietnamese (Qt ships no Vietnamese catalogue for its own buttons)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from parapp.core.messages import ParAppError
from parapp.core.status import RECURRENCE_LABELS, STATUS_LABELS, Recurrence, Status


def tr(text: str) -> str:
    """Translate a window string. lupdate files bare tr("…") calls under the empty
    context, so that is the context looked up here."""
    return QCoreApplication.translate("", text)


def trc(context: str, text: str) -> str:
    """Translate a string marked elsewhere with N_(context, text) (non-literal at the call site)."""
    return QCoreApplication.translate(context, text)


def status_label(code: str) -> str:
    return QCoreApplication.translate("status", STATUS_LABELS[Status(code)])


def recurrence_label(code: str) -> str:
    return QCoreApplication.translate("status", RECURRENCE_LABELS[Recurrence(code)])


def error_text(exc: ParAppError) -> str:
    return exc.translated(QCoreApplication.translate)


def fmt_date(d: dt.date | None) -> str:
    """05/01/2024 in Vietnamese; babel's medium form (Jan 5, 2024) in English."""
    if not d:
        return ""
    from parapp.ui.i18n import current

    if current() == "vi":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    from babel.dates import format_date

    return format_date(d, format="medium", locale=current())


def fmt_number(n: int | float) -> str:
    """1.234,5 in Vietnamese, 1,234.5 in English."""
    from babel.numbers import format_decimal

    from parapp.ui.i18n import current

    return format_decimal(n, locale=current())


def name_buttons(box: QDialogButtonBox) -> None:
    """Give a button box's standard buttons the app's own translated words."""
    words = {
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("buttons", "Đồng ý"),
        QDialogButtonBox.StandardButton.Save: QCoreApplication.translate("buttons", "Lưu"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("buttons", "Hủy"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("buttons", "Đóng"),
        QDialogButtonBox.StandardButton.Yes: QCoreApplication.translate("buttons", "Có"),
        QDialogButtonBox.StandardButton.No: QCoreApplication.translate("buttons", "Không"),
    }
    for std, word in words.items():
        b = box.button(std)
        if b is not None:
            b.setText(word)


def save_cancel(dialog) -> QDialogButtonBox:
    """The Lưu / Hủy buttons of an editing dialog, wired to its save() and reject()."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    name_buttons(box)
    box.accepted.connect(dialog.save)
    box.rejected.connect(dialog.reject)
    return box


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Không lưu được"),
                      message, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("buttons", "Đồng ý"))
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, message: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, message,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("buttons", "Có"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("buttons", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes

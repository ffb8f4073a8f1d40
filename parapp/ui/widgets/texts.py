"""Shared user-visible words of the window, and message boxes whose buttons
speak Vietnamese (Qt ships no Vietnamese catalogue for its own buttons)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from parapp.core.messages import Msg, ParAppError
from parapp.core.status import RECURRENCE_LABELS, STATUS_LABELS, Recurrence, Status

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox

# The message boxes' classes are imported where a box is shown: building them (with their enums) is
# time a start does without.


def tr(text: str) -> str:
    """Translate a window string. lupdate files bare tr("…") calls under the empty
    context, so that is the context looked up here."""
    return QCoreApplication.translate("", text)


def trc(context: str, text: str) -> str:
    """Translate a string marked elsewhere with N_(context, text) (non-literal at the call site)."""
    return QCoreApplication.translate(context, text)


def warning_text(w: str) -> str:
    """A warning from the services in the interface's language (a Msg keeps its template and arguments)."""
    return trc("errors", w.template).format(*w.args) if isinstance(w, Msg) else trc("errors", w)


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


def field_date(d: dt.date | None) -> str:
    """A date put in a field the user may edit: 05/01/2024 in either language, the form the field reads back
    (parse_user_date) and its hint asks for; fmt_date's English "Jan 5, 2024" was refused on save (round 30E)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if d else ""


def fmt_number(n: int | float) -> str:
    """1.234,5 in Vietnamese, 1,234.5 in English."""
    from parapp.ui.i18n import current

    if isinstance(n, int):  # counts, the common case: no need to load babel's locale data
        return f"{n:,}".replace(",", "." if current() == "vi" else ",")
    from parapp.core.numbers import format_decimal

    return format_decimal(n, locale=current())


def name_buttons(box: QDialogButtonBox) -> None:
    """Give a button box's standard buttons the app's own translated words."""
    from PySide6.QtWidgets import QDialogButtonBox

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
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    name_buttons(box)
    box.accepted.connect(dialog.save)
    box.rejected.connect(dialog.reject)
    return box


def _fit(box) -> None:
    from parapp.ui.widgets.screen_fit import fit_window

    fit_window(box)


# What a message box shows of its text: it cannot scroll and sizes itself to the text, whatever the
# screen. A backup's list of 30 evidence files left out stood 1,722 px tall on a 1366×768 screen, its
# button out of reach (round 14c). Past this, the first paragraphs are shown and all of it is under
# "Xem chi tiết..." (Qt's own button: a scrolling box).
SHOWN_CHARS = 1200
SHOWN_PARAGRAPHS = 6


def _bound(box, message: str) -> None:
    paragraphs = message.split("\n\n")
    if len(message) <= SHOWN_CHARS and len(paragraphs) <= SHOWN_PARAGRAPHS:
        return
    shown: list[str] = []
    for p in paragraphs[:SHOWN_PARAGRAPHS]:
        if shown and len("\n\n".join([*shown, p])) > SHOWN_CHARS:
            break
        shown.append(p if len(p) <= SHOWN_CHARS else p[:SHOWN_CHARS].rstrip() + "…")
    rest = len(paragraphs) - len(shown)
    more = (tr("Còn {0} mục nữa: bấm “Xem chi tiết...” để đọc hết.").format(rest) if rest
            else tr("Bấm “Xem chi tiết...” để đọc hết."))
    box.setText("\n\n".join([*shown, more]))
    box.setDetailedText(message)


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Không lưu được"),
                      message, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("buttons", "Đồng ý"))
    _bound(box, message)
    _fit(box)
    box.exec()


def inform(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("buttons", "Đồng ý"))
    _bound(box, message)
    _fit(box)
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, message: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, message,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("buttons", "Có"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("buttons", "Không"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    _fit(box)
    return box.exec() == QMessageBox.StandardButton.Yes


VIEWING = "parapp_viewing"


def viewing(button):
    """Mark a button that only looks or prints: on read-only media it stays on, every other
    button of a page is switched off. A property, never the button's (translated) text."""
    button.setProperty(VIEWING, True)
    return button


def copied_table(parent: QWidget | None):
    """What "Dán bảng" pastes: the clipboard's contents, or None after saying how to copy a table first
    (the core's "khung dán đang trống" spoke of a paste box the dialogs do not have)."""
    from PySide6.QtWidgets import QApplication

    mime = QApplication.clipboard().mimeData()
    if mime is None or not ((mime.hasText() and mime.text().strip()) or (mime.hasHtml() and mime.html().strip())):
        show_error(parent, tr("Chưa có bảng nào được sao chép. Hãy bôi đen bảng trong Word hoặc Excel, bấm Ctrl+C, "
                              "rồi bấm lại “Dán bảng”."), tr("Chưa có gì để dán"))
        return None
    return mime

"""Xuất Word… for every printed document, and the register's printed list.

The Word copy is made only when asked for (the preview opens as fast as
before), saved where the user says, and then offered to be opened in the
machine's word processor: the usual next step is a last change before signing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from parapp.files import check_output, write_atomically
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets import file_dialogs
from parapp.ui.widgets.texts import ask_yes_no, show_error, tr


def may_write(parent: QWidget, chosen: str, target: Path, kind: str) -> bool:
    """May an export of `kind` go to `target` (the name chosen in the dialog, its suffix added)?

    Never over the database, a backup or a file of another kind (said, and False); over a file
    of its own kind only once asked. The save dialog asked about the name it was given; when the
    suffix added here names another file that exists, it is asked here."""
    if not attempt(parent, lambda: check_output(target, kind), tr("Không ghi đè tệp này")):
        return False
    if target.exists() and os.path.normcase(str(target)) != os.path.normcase(str(Path(chosen))):
        return ask_yes_no(parent, tr("Thay tệp đã có?"),
                          tr("Tệp “{0}” đã có trong thư mục này. Thay bằng tệp mới?").format(target.name))
    return True


def word_name(pdf_name: str) -> str:
    return str(Path(pdf_name).with_suffix(".docx"))


def export_word(parent: QWidget, make: Callable[[], bytes], suggested_name: str,
                path: str | Path | None = None) -> Path | None:
    """Ask where, write the .docx, offer to open it. Returns the file written, or None."""
    if not path:
        path = file_dialogs.ask_save(parent, tr("Xuất Word"), suggested_name, tr("Tài liệu Word (*.docx)"),
                                     suffix="docx")
    if not path:
        return None
    target = Path(path if str(path).lower().endswith(".docx") else f"{path}.docx")
    if not may_write(parent, path, target, "docx"):
        return None
    if not attempt(parent, lambda: write_atomically(target, make(), kind="docx"), tr("Không xuất được bản Word")):
        return None
    if offer_to_open(parent, target):
        open_file(parent, target)
    return target


def offer_to_open(parent: QWidget, target: Path) -> bool:
    box = QMessageBox(QMessageBox.Icon.Information, tr("Đã xuất bản Word"),
                      tr("Đã lưu bản Word tại:\n{0}\n\nMở tệp này ngay để sửa?").format(target),
                      QMessageBox.StandardButton.NoButton, parent)
    open_btn = box.addButton(tr("Mở tệp"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_btn)
    from parapp.ui.widgets.screen_fit import fit_window

    fit_window(box)
    box.exec()
    return box.clickedButton() is open_btn


def open_file(parent: QWidget, target: Path) -> bool:
    if QDesktopServices.openUrl(QUrl.fromLocalFile(os.fspath(target))):
        return True
    show_error(parent, tr("Không mở được tệp (máy chưa có phần mềm mở tệp Word?). Tệp đã được lưu tại: {0}")
               .format(target))
    return False

"""Read-only media (a write-protected USB stick, a folder the user may not write to): each
page, as it is built, has everything that would write switched off; viewing, previewing and
printing stay. Buttons that only view carry the VIEWING property, so no label is matched."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from parapp.ui.main_window import PAGE_FIGURES, PAGE_OFFICIALS, PAGE_PLANS, PAGE_REPORTS, PAGE_TASKS
from parapp.ui.widgets.texts import VIEWING


def disable_editing(index: int, page: QWidget) -> None:
    if index == PAGE_FIGURES:
        page.set_readonly(True)
    if index not in (PAGE_TASKS, PAGE_REPORTS, PAGE_OFFICIALS, PAGE_PLANS):
        return
    for b in page.findChildren(QPushButton):
        if not b.property(VIEWING):
            b.setEnabled(False)
    try:
        page.table.activated.disconnect()  # Enter or a double click would open an editor
    except (RuntimeError, TypeError):
        pass
    page.readonly = True
    for again in ("update_row_buttons", "update_buttons"):  # the page's own rules, run again now it is read-only
        if hasattr(page, again):
            getattr(page, again)()

"""Read-only media (a write-protected USB stick, a folder the user may not write to): a page's
set_read_only() switches off everything that would write; viewing, previewing and printing
stay. Buttons that only view carry the VIEWING property, so no label is matched."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from parapp.ui.widgets.texts import VIEWING


def disable_editing(page: QWidget) -> None:
    """For a page of buttons over a table: every button that writes off, the table opens no editor."""
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

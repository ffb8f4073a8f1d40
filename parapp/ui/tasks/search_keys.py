"""From the register's search box to what it found, by keyboard.

A fresh-eyes walk (round 43) working with the keyboard only: from the search box neither Down nor Enter reached the
results; the table was seven Tabs away (Bỏ lọc, four lists, the days box). Down or Enter in the box now goes to the
first row shown (Enter there opens it, as the README says).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QTableView

_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _ToResults(QObject):
    def __init__(self, search: QLineEdit, table: QTableView):
        super().__init__(search)
        self.table = table

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in _KEYS and self.table.model().rowCount():
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False


def lead_to_results(search: QLineEdit, table: QTableView) -> None:
    search.installEventFilter(_ToResults(search, table))

"""A read-only table model over a list of rows, described by its columns.

Used for the small tables (officials, plans, per-official counts); the task
register has its own model for filtering at scale.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor


@dataclass
class Column:
    header: str
    value: Callable[[Any], Any]
    align_center: bool = False


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None,
                 dimmed: Callable[[Any], bool] | None = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._dimmed = dimmed

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = col.value(row)
            return "" if v is None else str(v)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text, whatever the column's width: nothing a user needs stays cut off.
            v = col.value(row)
            return str(v) if v not in (None, "") else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_center:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._dimmed and self._dimmed(row):
            return QBrush(QColor("#888888"))
        return None

"""The preview table the import dialogs share (a plan's tasks, a province's criteria set): one
row a line read, in columns (field, header, editable), the first a check box that leaves the
row out. What a subclass says is how a cell reads (cell) and what an edit does (edit); the
table's shape, the check box and the edit's plumbing are here, once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

SKIP = "skip"  # the check box's column: every row read has a `skip` flag


class PreviewRowsModel(QAbstractTableModel):
    context = ""  # the translation context of the headers (N_(context, header))
    columns: list[tuple[str, str, bool]] = []  # (field, header, editable)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.corrections = 0  # cells corrected by hand since the rows were read: closing asks before dropping them

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.corrections = 0
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section][1])
        return None

    def flags(self, index):
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name, _, editable = self.columns[index.column()]
        if name == SKIP:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        elif editable:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        name = self.columns[index.column()][0]
        if name == SKIP:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Unchecked if row.skip else Qt.CheckState.Checked
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return None  # the check box says it all
        return self.cell(index, row, name, role)

    def cell(self, index: QModelIndex, row, name: str, role):
        """What the cell of `row` in column `name` shows for `role` (its colours, tooltip, text)."""
        raise NotImplementedError

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        row = self.rows[index.row()]
        name, _, editable = self.columns[index.column()]
        if name == SKIP and role == Qt.ItemDataRole.CheckStateRole:
            row.skip = Qt.CheckState(value) != Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and editable:
            self.edit(row, name, value)
        else:
            return False
        self.corrections += 1
        self.edited(index.row())
        return True

    def edit(self, row, name: str, value) -> None:
        """A corrected cell: stored as typed, unless a subclass reads it further."""
        setattr(row, name, str(value))

    def edited(self, row: int) -> None:
        """After a row changed: the view repaints it."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

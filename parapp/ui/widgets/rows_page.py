"""A page that lists rows in a table, with a bar of buttons and add/edit dialogs
(officials, plans): the scaffolding they share."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from parapp.ui.widgets.read_only import disable_editing
from parapp.ui.widgets.texts import VIEWING, viewing


MAX_COLUMN = 360  # pixels: a third of the table on a 1366×768 screen


class RowsPage(QWidget):
    changed = Signal()
    dialog_class: type  # opened as dialog_class(db, row_id=None, parent=page)
    dialog_id = ""  # the dialog's attribute holding the id of the row it added

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.readonly = False  # set by set_read_only() on read-only media

    def setup(self, model, buttons: list[tuple], stretch_column: int | None = None, row_actions: tuple = ()) -> None:
        """`buttons`: (text, slot[, views only]); those whose slot is in `row_actions` act on the chosen row."""
        self.model = model
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # a list: Tab leaves it for its buttons (round 21A)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        # A very long name or title wraps within its share rather than pushing the other columns off the page
        # (round 21A: a 150-letter name hid "Chức danh" to "Tình trạng" behind the horizontal scroll bar).
        header.setMaximumSectionSize(MAX_COLUMN)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _: self.edit())  # Enter or a double click
        bar = QHBoxLayout()
        self.buttons = {}
        self.row_buttons = []  # on only when a row is chosen
        for text, slot, *views in buttons:
            b = QPushButton(text)
            if views and views[0]:
                viewing(b)  # stays on where the data cannot be written
            b.clicked.connect(slot)
            bar.addWidget(b)
            self.buttons[text] = b
            if slot in row_actions:
                self.row_buttons.append(b)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self.update_row_buttons)
        model.modelReset.connect(self.update_row_buttons)
        self.reload()
        self.update_row_buttons()

    def update_row_buttons(self, *_args) -> None:
        """A button that acts on a row is on only when a row is chosen (an empty page's "Sửa…" did nothing)."""
        chosen = self.table.currentIndex().isValid() and bool(self.table.selectionModel().selectedRows())
        for b in self.row_buttons:
            b.setEnabled(chosen and (not self.readonly or bool(b.property(VIEWING))))

    def reload(self) -> None:
        raise NotImplementedError

    def set_read_only(self) -> None:
        disable_editing(self)

    def current_row(self):
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def _after_change(self, row_id=None) -> None:
        self.reload()
        # The row saved stays chosen: its row buttons (the next step, "Xem nhiệm vụ") went grey (round 30E)
        for i in range(self.model.rowCount()):
            if row_id is not None and getattr(self.model.row_at(i), "id", None) == row_id:
                self.table.selectRow(i)
                break
        self.changed.emit()

    def add(self) -> None:
        dlg = self.dialog_class(self.db, None, parent=self)
        if dlg.exec():
            self._after_change(getattr(dlg, self.dialog_id, None))

    def edit(self) -> None:
        row = self.current_row()
        if row and self.dialog_class(self.db, row.id, parent=self).exec():
            self._after_change(row.id)

"""A short list of documents (kind, number, date, issuer, summary), edited in place:
the documents a task produced, or what a report answers to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from parapp.core.citations import DOC_KINDS, DocRef, cite
from parapp.core.dates import parse_user_date
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.rows_model import Column, RowsTableModel
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import field_date, save_cancel, tr
from parapp.ui.widgets.unsaved_edits import AsksBeforeDropping


class DocDialog(AsksBeforeDropping, QDialog):
    def __init__(self, doc: DocRef | None = None, parent=None, *, with_scope: tuple[str, str] | None = None,
                 scope: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Văn bản"))
        fit_window(self)
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.addItems(DOC_KINDS)  # the documents print these words, whatever the interface language
        self.number = QLineEdit()
        self.number.setPlaceholderText(tr("ví dụ: 15/QĐ-UBND"))
        self.issued_on = QLineEdit()
        self.issued_on.setPlaceholderText(tr("ngày/tháng/năm"))
        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText(tr("để trống nếu do Ủy ban nhân dân xã ban hành"))
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(tr("trích yếu, ví dụ: về việc ban hành Quy chế làm việc"))
        self.summary.setMinimumWidth(420)
        self.scope = None
        form = QFormLayout(self)
        form.addRow(tr("Loại văn bản *"), self.kind)
        form.addRow(tr("Số, ký hiệu"), self.number)
        form.addRow(tr("Ngày ban hành"), self.issued_on)
        form.addRow(tr("Cơ quan ban hành"), self.issuer)
        form.addRow(tr("Trích yếu"), self.summary)
        if with_scope:
            self.scope = QComboBox()
            self.scope.addItem(with_scope[0], "")
            self.scope.addItem(with_scope[1], "period")
            self.scope.setCurrentIndex(0 if not scope else 1)
            form.addRow(tr("Dùng cho"), self.scope)
        form.addRow(save_cancel(self))
        if doc:
            self.kind.setCurrentText(doc.kind)
            self.number.setText(doc.number)
            self.issued_on.setText(field_date(doc.issued_on))
            self.issuer.setText(doc.issuer)
            self.summary.setText(doc.summary)
        self.result_doc: DocRef | None = None

    def save(self) -> None:
        from parapp.store.report_inputs import check_doc

        done = attempt(self, lambda: check_doc(DocRef(
            self.kind.currentText(), self.number.text(), parse_user_date(self.issued_on.text(), "issued_on"),
            self.issuer.text(), self.summary.text())))
        if done:
            self.result_doc = done.value
            self.accept()


class DocListWidget(QWidget):
    """Rows of (scope, document); `scopes` names the two scopes when the list has them
    (the whole year, or this period only)."""

    def __init__(self, parent=None, scopes: tuple[str, str] | None = None, height: int = 130):
        super().__init__(parent)
        self.scopes = scopes
        cols = [Column(tr("Văn bản"), lambda r: cite(r[1]))]
        if scopes:
            cols.append(Column(tr("Dùng cho"), lambda r: scopes[0] if not r[0] else scopes[1]))
        self.model = RowsTableModel(cols, parent=self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # a list: Tab leaves it for its buttons (round 21A)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(height)
        self.view.doubleClicked.connect(lambda _: self.edit())
        self.add_btn = QPushButton(tr("Thêm văn bản…"))
        self.edit_btn = QPushButton(tr("Sửa…"))
        self.remove_btn = QPushButton(tr("Bỏ"))
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.remove_btn.clicked.connect(self.remove)
        bar = QHBoxLayout()
        for b in (self.add_btn, self.edit_btn, self.remove_btn):
            bar.addWidget(b)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(bar)
        self.changed = False

    def set_rows(self, rows: list[tuple[str, DocRef]]) -> None:
        self.model.set_rows(rows)
        self.view.resizeRowsToContents()
        self.changed = False

    def rows(self) -> list[tuple[str, DocRef]]:
        return self.model.rows()

    def documents(self) -> list[DocRef]:
        return [d for _, d in self.model.rows()]

    def set_editable(self, editable: bool) -> None:
        for b in (self.add_btn, self.edit_btn, self.remove_btn):
            b.setEnabled(editable)

    def _dialog(self, row=None):
        return DocDialog(row[1] if row else None, self, with_scope=self.scopes, scope=row[0] if row else "")

    def add(self) -> None:
        dlg = self._dialog()
        if dlg.exec():
            scope = dlg.scope.currentData() if dlg.scope else ""
            self.model.set_rows(self.model.rows() + [(scope, dlg.result_doc)])
            self.view.resizeRowsToContents()
            self.changed = True

    def edit(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid() or not self.add_btn.isEnabled():
            return
        rows = self.model.rows()
        dlg = self._dialog(rows[idx.row()])
        if dlg.exec():
            scope = dlg.scope.currentData() if dlg.scope else ""
            rows[idx.row()] = (scope, dlg.result_doc)
            self.model.set_rows(rows)
            self.view.resizeRowsToContents()
            self.changed = True

    def remove(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return
        rows = self.model.rows()
        del rows[idx.row()]
        self.model.set_rows(rows)
        self.changed = True

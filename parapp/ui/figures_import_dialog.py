"""Import the one-stop system's statistics export, with a preview; add a province's own indicator."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSpinBox, QTableView, QVBoxLayout,
)

from parapp.core.figures import FLOW, STOCK_END, STOCK_START
from parapp.core.figures_import import FiguresImport
from parapp.core.figures_import import MEANING_LABELS, read_tables, tables_from_text
from parapp.core.messages import ParAppError
from parapp.store.catalogues import catalogue_code_for_year, list_areas
from parapp.services.figures import read_statistics, store_statistics
from parapp.services.figures import add_indicator, indicator_set, period_figures, windows
from parapp.ui import file_dialogs
from parapp.ui.figures_model import KIND_COLUMNS, column_titles, value_text
from parapp.ui.rows_model import Column, RowsTableModel
from parapp.ui.screen_fit import fit_window
from parapp.ui.texts import error_text, fmt_number, name_buttons, save_cancel, show_error, tr, trc

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace



def _msg(m) -> str:
    return trc("figures", m.template).format(*m.args) if hasattr(m, "template") else str(m)


class FiguresImportDialog(QDialog):
    def __init__(self, db: Workspace, today: dt.date, year: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.result: FiguresImport | None = None
        self.setWindowTitle(tr("Nhập biểu thống kê hồ sơ thủ tục hành chính"))
        fit_window(self, 1000, 640)
        paste = QPushButton(tr("Dán bảng vừa sao chép"))
        paste.clicked.connect(lambda: self.load_mime(QApplication.clipboard().mimeData()))
        open_btn = QPushButton(tr("Chọn tệp…"))
        open_btn.clicked.connect(self.choose_file)
        hint = QLabel(tr("Xuất biểu thống kê tình hình giải quyết hồ sơ của kỳ từ Hệ thống thông tin giải quyết thủ "
                         "tục "
                         "hành chính (Excel, Word hoặc CSV), rồi chọn tệp; hoặc sao chép cả bảng (kèm hai dòng tiêu "
                         "đề) "
                         "và bấm Dán."))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(paste)
        top.addWidget(open_btn)
        top.addWidget(hint, 1)
        self.kind = QComboBox()
        for k, title in zip(KIND_COLUMNS, column_titles()[2:]):
            self.kind.addItem(title, k.value)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.kind.setCurrentIndex(self._current_quarter(year))
        self.kind.currentIndexChanged.connect(self._refresh_values)
        self.year.valueChanged.connect(self._refresh_values)
        target = QHBoxLayout()
        target.addWidget(QLabel(tr("Số liệu của kỳ")))
        target.addWidget(self.kind)
        target.addWidget(QLabel(tr("năm")))
        target.addWidget(self.year)
        target.addStretch()
        self.source = QLabel(tr("Chưa có bảng nào."))
        self.source.setWordWrap(True)
        self.columns = RowsTableModel([Column(tr("Cột trong bảng"), lambda c: c.title),
                                       Column(tr("Hiểu là"), lambda c: trc("figures", MEANING_LABELS.get(c.meaning,
                                                                                                         "")))],
                                      parent=self)
        self.values = RowsTableModel([Column(tr("Chỉ tiêu"), lambda r: r[0]),
                                      Column(tr("Trong bảng"), lambda r: r[1], align_center=True),
                                      Column(tr("Đang có"), lambda r: r[2], align_center=True)], parent=self)
        views = QHBoxLayout()
        for model, stretch in ((self.columns, 0), (self.values, 0)):
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().hide()
            view.setWordWrap(True)
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            views.addWidget(view, 1)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Lưu số liệu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(target)
        layout.addWidget(self.source)
        layout.addLayout(views, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)

    def _current_quarter(self, year: int) -> int:
        """The quarter the statistics most likely cover: the last one that has ended (or is under way)."""
        wins = windows(self.db, year)
        best = 0
        for i, k in enumerate(KIND_COLUMNS[:4]):
            if wins[k].window_start <= self.today:
                best = i
        return best

    def target_year(self) -> int:
        return self.year.value()

    def choose_file(self) -> None:
        path = file_dialogs.ask_open(self, tr("Chọn biểu thống kê"),
                                     tr("Biểu thống kê (*.xlsx *.docx *.csv *.tsv *.txt *.html);;Mọi tệp (*)"),
                                     file_dialogs.IMPORTS)
        if path:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        self._load(lambda: read_statistics(path), path.name)

    def load_mime(self, mime) -> None:
        text = mime.text() if mime.hasText() else ""
        html = mime.html() if mime.hasHtml() else None
        self._load(lambda: read_tables(tables_from_text(text, html)), tr("bảng vừa dán"))

    def _load(self, read, name: str) -> None:
        try:
            result = read()
        except ParAppError as exc:
            show_error(self, error_text(exc), tr("Không đọc được"))
            return
        self.result = result
        self.source.setText(tr("Đọc từ {0}: {1}").format(name, _msg(result.rows_used)))
        self.columns.set_rows(result.recognised)
        self.notes.setText("\n".join(_msg(n) for n in result.notes))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(result.values))
        self._refresh_values()

    def _refresh_values(self, *_):
        if not self.result:
            return
        current = {f.code: f for f in period_figures(self.db, self.kind.currentData(), self.year.value())}
        by = indicator_set(self.db).by_code()
        self.values.set_rows([(by[c].name if c in by else c,
                               fmt_number(int(v)) if float(v).is_integer() else fmt_number(v),
                               value_text(current[c]) if c in current else "") for c, v in self.result.values.items()])

    def save(self) -> None:
        if not self.result:
            return
        try:
            store_statistics(self.db, self.kind.currentData(), self.year.value(), self.result)
        except ParAppError as exc:
            show_error(self, error_text(exc))
            return
        self.accept()


class IndicatorDialog(QDialog):
    """A province's own indicator, stated in the reports beside the national ones."""

    def __init__(self, db: Workspace, year: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(tr("Thêm chỉ tiêu của tỉnh"))
        fit_window(self)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("ví dụ: tinh.ho_so_lien_thong"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(tr("ví dụ: hồ sơ"))
        self.area = QComboBox()
        for a in list_areas(db, catalogue_code_for_year(year)):
            self.area.addItem(a.name, a.code)
        self.combine = QComboBox()
        self.combine.addItem(tr("Cộng dồn qua các kỳ (số hồ sơ, văn bản…)"), FLOW)
        self.combine.addItem(tr("Đọc ở cuối kỳ (số đang tồn tại)"), STOCK_END)
        self.combine.addItem(tr("Đọc ở đầu kỳ (số chuyển sang)"), STOCK_START)
        form = QFormLayout(self)
        form.addRow(tr("Tên chỉ tiêu *"), self.name)
        form.addRow(tr("Mã *"), self.code)
        form.addRow(tr("Đơn vị tính"), self.unit)
        form.addRow(tr("Lĩnh vực"), self.area)
        form.addRow(tr("Cách cộng"), self.combine)
        form.addRow(save_cancel(self))

    def save(self) -> None:
        try:
            add_indicator(self.db, self.code.text(), self.name.text(), self.unit.text(), self.area.currentData() or "",
                          self.combine.currentData())
        except ParAppError as exc:
            show_error(self, error_text(exc))
            return
        self.accept()

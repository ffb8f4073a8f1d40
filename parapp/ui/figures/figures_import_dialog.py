"""Import the one-stop system's statistics export, with a preview: what each column was
read as (and a choice to change it), the period the file states, and what would be stored."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QSpinBox,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from parapp.core.figures import ENTERABLE
from parapp.core.figures_import import (
    MEANING_CODES, MEANING_LABELS, MEANING_ORDER, FiguresImport, read_pasted,
)
from parapp.core.figures_period import contradiction
from parapp.core.messages import ParAppError
from parapp.services.figures import (
    file_period, import_plan, indicator_set, period_figures, read_statistics, store_statistics, table_for_period,
    windows,
)
from parapp.ui.importing.base import ImportDialogBase
from parapp.ui.widgets.operation import attempt
from parapp.ui.figures.figures_model import KIND_COLUMNS, column_titles, value_text
from parapp.ui.widgets.rows_model import Column, RowsTableModel
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import error_text, fmt_number, name_buttons, tr, trc

if TYPE_CHECKING:
    from parapp.core.figures_header import HeaderColumn
    from parapp.store.workspace import Workspace

SKIP = "__skip__"
_UNKNOWN_BG = QColor("#fff3cd")


def _msg(m) -> str:
    return trc("figures", m.template).format(*m.args) if hasattr(m, "template") else str(m)


class _ColumnsModel(RowsTableModel):
    """The file's columns: a column not understood stands out until the official says what it is."""

    def __init__(self, dialog: "FiguresImportDialog"):
        super().__init__([Column(tr("Cột"), lambda c: c.index + 1, align_center=True),
                          Column(tr("Tiêu đề trong bảng"), lambda c: c.title),
                          Column(tr("Hiểu là"), lambda c: "")], parent=dialog)
        self.dialog = dialog

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            col = self.row_at(index.row())
            if self.dialog.result is not None and col in self.dialog.result.not_understood:
                return QBrush(_UNKNOWN_BG)
        return super().data(index, role)


class FiguresImportDialog(ImportDialogBase):
    def __init__(self, db: Workspace, today: dt.date, year: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.result: FiguresImport | None = None
        self.whole: FiguresImport | None = None  # the file as read: the table first read, the others in it
        self.table: FiguresImport | None = None  # the file's table shown, before the meanings chosen for it
        # A sheet's table (by id) → it with the meanings chosen by hand on it: a look at another period's sheet and
        # back threw them away (round 22A).
        self.chosen: dict[int, FiguresImport] = {}
        self.source_name = ""
        self.setWindowTitle(tr("Nhập biểu thống kê hồ sơ thủ tục hành chính"))
        fit_window(self, 1100, 680)
        top = self.source_bar(tr("Dán bảng vừa sao chép"),
                              tr("Xuất biểu thống kê tình hình giải quyết hồ sơ của kỳ (Biểu 06) từ Hệ thống thông tin "
                                 "giải quyết thủ tục hành chính (Excel, Word, HTML hoặc CSV), rồi chọn tệp; hoặc sao "
                                 "chép cả bảng (kèm các dòng tiêu đề) và bấm Dán."))
        self.kind = QComboBox()
        for k, title in zip(KIND_COLUMNS, column_titles()[2:]):
            self.kind.addItem(title, k.value)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.kind.setCurrentIndex(self._current_quarter(year))
        self.picked = False  # the clerk chose the period since the file was read (the proposal blocks signals)
        self.kind.currentIndexChanged.connect(self._period_picked)
        # Round 41D: the item the box already shows chosen again is the clerk's choice too (no change, no signal above:
        # "Lưu" stayed off under a file naming two periods when the default was the right one)
        self.kind.activated.connect(self._period_picked)
        self.year.valueChanged.connect(self._period_picked)
        target = QHBoxLayout()
        target.addWidget(QLabel(tr("Số liệu của kỳ")))
        target.addWidget(self.kind)
        target.addWidget(QLabel(tr("năm")))
        target.addWidget(self.year)
        self.period_note = QLabel()
        self.period_note.setWordWrap(True)
        target.addWidget(self.period_note, 1)
        self.source = QLabel(tr("Chưa có bảng nào."))
        self.source.setWordWrap(True)
        self.columns = _ColumnsModel(self)
        self.values = RowsTableModel([Column(tr("Chỉ tiêu"), lambda r: r[0]),
                                      Column(tr("Trong bảng"), lambda r: r[1], align_center=True),
                                      Column(tr("Đang có"), lambda r: r[2], align_center=True)], parent=self)
        self.columns_view = self._view(self.columns, 1)
        self.columns_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.columns_view.setColumnWidth(2, 250)
        views = QSplitter()
        views.addWidget(self._titled(tr("Các cột của bảng: chọn lại nghĩa nếu cần"), self.columns_view))
        views.addWidget(self._titled(tr("Số liệu sẽ lưu"), self._view(self.values, 0)))
        views.setSizes([640, 420])
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.problems = self.problems_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Lưu số liệu"))
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(target)
        layout.addWidget(self.source)
        layout.addWidget(views, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)

    @staticmethod
    def _view(model, stretch: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setWordWrap(True)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    @staticmethod
    def _titled(title: str, view: QTableView) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(title))
        lay.addWidget(view)
        return box

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

    def file_question(self) -> tuple[str, str]:
        return tr("Chọn biểu thống kê"), tr("Biểu thống kê (*.xlsx *.xls *.docx *.csv *.tsv *.txt *.html *.htm);;"
                                             "Mọi tệp (*)")

    def load_file(self, path: Path) -> None:
        self.read_source(lambda: read_statistics(path), Path(path).name)

    def load_mime(self, mime) -> None:
        text = mime.text() if mime.hasText() else ""
        html = mime.html() if mime.hasHtml() else None
        self.read_source(lambda: read_pasted(text, html), tr("bảng vừa dán"))  # its hidden cells said (45D)

    def _period_picked(self, *_) -> None:
        self.picked = True
        self._refresh_values()

    def loaded(self, result: FiguresImport) -> None:
        self.result = self.whole = self.table = result
        self.chosen = {}
        self.picked = False
        self._propose_period()
        self._show_result()

    def _propose_period(self) -> None:
        """The file's own period, when it states one we keep figures for."""
        assert self.result is not None
        found = file_period(self.db, self.result)
        if found is None or contradiction(found, self.result.stated, None, None):
            return  # none, or two (round 40D: the range's was proposed over the quarter named beside it)
        for w in (self.kind, self.year):
            w.blockSignals(True)
        self.year.setValue(found.year)
        self.kind.setCurrentIndex(KIND_COLUMNS.index(found.kind))
        for w in (self.kind, self.year):
            w.blockSignals(False)

    def _show_result(self) -> None:
        assert self.result is not None
        result = self.result
        self.source.setText(tr("Đọc từ {0}: {1}").format(self.source_name, _msg(result.rows_used)))
        shown = [c for c in result.columns if c.path and not c.label]
        self.columns.set_rows(shown)
        for row, col in enumerate(shown):
            self.columns_view.setIndexWidget(self.columns.index(row, 2), self._meaning_combo(col))
        self.columns_view.resizeRowsToContents()
        self._refresh_values()

    def _meaning_combo(self, col: HeaderColumn) -> QComboBox:
        combo = QComboBox()
        combo.addItem(tr("Bỏ qua (không lấy)"), SKIP)
        for m in MEANING_ORDER:
            combo.addItem(trc("figures", MEANING_LABELS[m]), m)
        taken = set(MEANING_CODES.values())
        for ind in indicator_set(self.db).indicators:
            if ind.combine in ENTERABLE and ind.code not in taken:
                combo.addItem(ind.name, ind.code)
        at = combo.findData(col.meaning) if col.meaning else 0
        if self.result is not None and col in self.result.not_understood:
            combo.setItemText(0, tr("Chưa hiểu: hãy chọn"))
        combo.setCurrentIndex(max(at, 0))
        combo.setToolTip(col.title)
        combo.currentIndexChanged.connect(lambda _i, c=col, box=combo: self._meaning_chosen(c, box.currentData()))
        return combo

    def _meaning_chosen(self, col: HeaderColumn, meaning: str) -> None:
        if self.result is None:
            return
        done = attempt(self, lambda: self.result.reread({col.index: None if meaning == SKIP else meaning}))
        if not done:
            return
        self.result = done.value
        if self.table is not None:
            self.chosen[id(self.table)] = self.result
        self._show_result()

    def chosen_period(self) -> tuple[str, int]:
        return self.kind.currentData(), self.year.value()

    def _refresh_values(self, *_):
        if not self.result:
            return
        table = table_for_period(self.db, self.whole, *self.chosen_period()) if self.whole else self.table
        if table is not self.table:  # a workbook of a sheet a period: the sheet of the one chosen (round 21)
            self.table = table
            self.result = self.chosen.get(id(table), table)
            self._show_result()
            return
        result = self.result
        kind, year = self.chosen_period()
        problems: list[str] = []
        if result.stated is None:
            stated = tr("Tệp không ghi kỳ báo cáo: hãy chọn kỳ và năm.")
        else:
            found = file_period(self.db, result)
            clash = contradiction(found, result.stated, None, None) if found else None
            if clash and not self.picked:
                # The file names two periods: the boxes' default, one of them by chance, was stored with one click
                # (round 40D left it); the clerk chooses first.
                problems.append(tr("Tệp ghi hai kỳ khác nhau: hãy chọn kỳ và năm của số liệu ở trên rồi lưu."))
            stated = _msg(clash) if clash else (tr("Tệp ghi kỳ báo cáo “{0}”: số liệu của {1} năm {2}.").format(
                result.stated.text, self.kind.itemText(KIND_COLUMNS.index(found.kind)), found.year) if found
                else tr("Tệp ghi kỳ báo cáo “{0}”.").format(result.stated.text))
        values = dict(result.values)
        notes = [_msg(n) for n in result.notes]
        try:
            plan = import_plan(self.db, result, kind, year)
            values = plan.values
            notes += [_msg(n) for n in plan.notes]
        except ParAppError as exc:
            problems.append(error_text(exc))
        unknown = result.not_understood
        if unknown:
            notes.insert(0, tr("Cột chưa hiểu (không lấy, trừ khi chọn nghĩa cho nó): {0}.").format(
                "; ".join(f"{c.index + 1}. {c.title}" for c in unknown)))
        self.period_note.setText(stated)
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.notes.setText("\n".join(notes))
        current = {f.code: f for f in period_figures(self.db, kind, year)}
        inds = indicator_set(self.db)
        by = inds.by_code()
        order = {ind.code: i for i, ind in enumerate(inds.indicators)}
        self.values.set_rows([(by[c].name if c in by else c,
                               fmt_number(int(v)) if float(v).is_integer() else fmt_number(v),
                               value_text(current[c]) if c in current else "")
                              for c, v in sorted(values.items(), key=lambda cv: order.get(cv[0], len(order)))])
        self.save_button.setEnabled(bool(values) and not problems)

    def save(self) -> None:
        if not self.result:
            return
        kind, year = self.chosen_period()
        done = attempt(self, lambda: store_statistics(self.db, kind, year, self.result))
        if not done:
            return
        self.stored = done.value  # what the page no longer holds typed and unstored (round 39B)
        self.accept()

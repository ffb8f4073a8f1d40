"""Số liệu: the figures every report states, a year at a time.

Typed straight into the grid (quarters, or a cumulative period to override
what its quarters give), pasted or imported from the one-stop system's
statistics export, with a preview before anything is stored.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from parapp.store.catalogues import catalogue_code_for_year, list_areas
from parapp.services.figures import indicator_set, set_period_figures, year_figures
from parapp.core.messages import ParAppError
from parapp.ui.figures.figures_model import FIRST_VALUE_COLUMN, KIND_COLUMNS, FiguresModel, GridRow, column_titles
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.texts import show_error, tr
from parapp.ui.widgets.table_fit import TypingGrid, fit_header_widths
from parapp.ui.widgets.typed_words import WaitingRefused, holding_up

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace



# Every dash parse_number reads as a minus sign (round 36D: "‐", "‑", "－", "﹣" alone were still refused)
_NIL = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d")

class FiguresPage(QWidget):
    changed = Signal()

    def __init__(self, db: Workspace, today: dt.date, parent=None):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.readonly = False
        self.unstored: dict[tuple[int, str, str], str] = {}  # (year, kind, code): typed, not yet stored (a full disk)
        self.stored_keys: list[tuple[int, str, str]] = []  # of those, stored by the last keep_typed
        self.refused_keys: set[tuple[int, str, str]] = set()  # of those, refused by it (said)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(self.reload)
        self.import_btn = QPushButton(tr("Nhập biểu thống kê…"))
        self.import_btn.setToolTip(tr("Biểu thống kê hồ sơ xuất từ Hệ thống thông tin giải quyết thủ tục hành chính "
                                      "(Excel, Word, CSV) hoặc dán bảng vừa sao chép"))
        self.import_btn.clicked.connect(self.import_statistics)
        self.add_btn = QPushButton(tr("Thêm chỉ tiêu của tỉnh…"))
        self.add_btn.clicked.connect(self.add_indicator)
        hint = QLabel(tr("Gõ số liệu từng quý; 6 tháng, 9 tháng và năm tự cộng từ các quý khi đã có đủ các quý của kỳ "
                         "(chữ nghiêng, màu xám) — gõ đè để nhập trực tiếp, bấm Delete trên ô để trở lại số tự tính. "
                         "Tỷ lệ luôn tự tính. Dán (Ctrl+V) được một cột hay một bảng số sao chép từ Excel, từ ô đang "
                         "chọn trở xuống."))
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Năm")))
        bar.addWidget(self.year)
        bar.addWidget(self.import_btn)
        bar.addWidget(self.add_btn)
        bar.addStretch()
        self.model = FiguresModel(self)
        self.model.edited.connect(self._typed)
        self.table = TypingGrid()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        # Delete on a cell clears it: a half-year typed over goes back to the sum of its quarters.
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.clear_cell,
                  context=Qt.ShortcutContext.WidgetShortcut)
        # Ctrl+V: a column (or a block) copied from a spreadsheet, as on the PAR INDEX page (round 33E: it did nothing).
        QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste,
                  context=Qt.ShortcutContext.WidgetShortcut)
        # Two lines a row: an indicator's name wraps rather than being cut on a small screen (and is
        # whole in its tooltip); an area's heading spans the whole row.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(2, 2 + len(KIND_COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(c, 76)
        fit_header_widths(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        self.reload()

    def set_readonly(self, readonly: bool) -> None:
        self.readonly = readonly
        self.model.readonly = readonly
        self.import_btn.setEnabled(not readonly)
        self.add_btn.setEnabled(not readonly)

    def set_read_only(self) -> None:
        self.set_readonly(True)

    def print_shown(self, window) -> None:
        from parapp.ui.preview.printing import preview_table

        year = self.year.value()
        cols = self.model.columnCount()
        preview_table(window, self.db, self.today, "Số liệu cải cách hành chính", [f"Năm {year}"], self.model,
                      [60, 14] + [12] * (cols - 2), f"Số liệu CCHC năm {year}.pdf", center_cols=set(range(2, cols)))

    def reload(self) -> None:
        year = self.year.value()
        self.shown_year = year  # the year the grid's cells belong to
        inds = indicator_set(self.db)
        per_kind = year_figures(self.db, year)
        catalogue = catalogue_code_for_year(year)
        areas = list_areas(self.db, catalogue)
        by_area: dict[str, list[GridRow]] = {}
        for i, ind in enumerate(inds.indicators):
            values = {k: per_kind[k][i] for k in KIND_COLUMNS}
            by_area.setdefault(inds.area_of(ind, catalogue), []).append(GridRow(ind.name, ind, values))
        rows: list[GridRow] = []
        for a in areas:
            if a.code in by_area:
                rows.append(GridRow(a.name))
                rows += by_area.pop(a.code)
        for rest in by_area.values():
            rows.append(GridRow(tr("Chỉ tiêu khác")))
            rows += rest
        self.model.set_rows(rows)
        self._show_unstored()
        self.table.clearSpans()
        for r, row in enumerate(rows):
            if row.is_group:
                self.table.setSpan(r, 0, 1, self.model.columnCount())

    def _typed(self, kind: str, code: str, text: str) -> None:
        # Stored once the cell's editor has closed: storing reloads the grid (a model reset), and a
        # reset from inside the editor's commit left the view a closed editor that committed again on
        # losing focus ("commitData called with an editor that does not belong to this view"); a
        # refusal's message box took the focus from an editor still open.
        # The year is the grid's, taken now: a click on the year's arrows both ends the editing and
        # turns the year, and the value typed belongs to the year it was typed in.
        QTimer.singleShot(0, self, partial(self._store_typed, self.shown_year, kind, code, text))

    def _store_typed(self, year: int, kind: str, code: str, text: str) -> None:
        # Kept until stored: round 39B, a figure typed on a full disk was said and its cell went back to the stored
        # value, the number gone. It stays in its cell, stored with the next one typed or before the window closes.
        key = (year, kind, code)
        self.unstored[key] = text
        try:
            stored = self.keep_typed(typed_now=key)
        finally:
            self._show_unstored()
        if not stored and key in self.refused_keys:  # refused (not a number, said): the cell shows what is stored
            self.unstored.pop(key, None)
            self._show_unstored()

    def _reload_in_place(self) -> None:
        here = self.table.currentIndex()  # the grid is loaded again: the cursor stays where typing goes on
        row, column = (here.row(), here.column()) if here.isValid() else (-1, -1)
        self.reload()
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, column))

    def keep_typed(self, typed_now: tuple[int, str, str] | None = None) -> bool:
        """The figures typed and not yet stored (a full disk) are stored, each on its own: True once they all are (or
        there were none), False when one was refused (said; it waits on in its cell, the others are stored); a storage
        error is raised (widgets.typed_words says it, and the window stays open with those not stored)."""
        self.stored_keys, self.refused_keys = [], set()
        if not self.unstored:
            return True
        pending = dict(self.unstored)

        def store() -> None:
            # Round 41B: they were stored together, all or none, so one refused against later data (80 online of
            # 40 received, pasted over meanwhile) held up, and dropped, every figure typed after it.
            # Tried again while another gets stored: corrections that agree only together (received 100 → 40 and
            # online 50 → 30, typed in that order) refused the first, checked against the second's old value.
            waiting, refused = list(pending), {}
            while waiting:
                refused = {}
                for key in waiting:
                    try:
                        set_period_figures(self.db, key[1], key[0], {key[2]: pending[key]})  # its own transaction
                    except ParAppError as exc:
                        refused[key] = exc
                        continue
                    self.stored_keys.append(key)
                    if self.unstored.get(key) == pending[key]:
                        del self.unstored[key]
                waiting = list(refused) if len(refused) < len(waiting) else []  # none more stored: those left cannot be
            self.refused_keys = set(refused)
            if refused:
                said = sorted(refused, key=lambda key: key != typed_now)  # the figure just typed first, in its words
                raise WaitingRefused([(None if key == typed_now else self._where(key, pending[key]), refused[key])
                                      for key in said],
                                     tr("Số đó vẫn chờ trong ô chữ đỏ: hãy gõ lại số đúng vào ô đó, hoặc chọn ô rồi "
                                        "bấm Delete để bỏ số đó.") + (" " + tr("Các số khác đã lưu.")
                                                                      if self.stored_keys else ""))

        try:
            return bool(attempt(self, store))
        finally:
            if self.stored_keys:  # some stored, before a refusal or a storage error too (the close, the day's change
                self._reload_in_place()  # as well as typing): shown stored, not red, and the other pages told
                self.changed.emit()

    def keep_for_output(self) -> bool:
        """keep_typed() before another page's output made from the stored figures (a report drafted): a storage error
        says that the red figure holds it up, and how to go on without it."""
        # Each named with its year: one typed for another year is not in the grid shown.
        waiting = lambda: tr("số gõ trong ô chữ đỏ ở trang Số liệu ({0})").format("; ".join(  # noqa: E731
            tr("{0} ở “{1}”, cột {2} năm {3}").format(text, *self._place(key), key[0])
            for key, text in self.unstored.items()))
        with holding_up(waiting, tr("sang trang Số liệu, chọn ô chữ đỏ đó (ở năm của nó) rồi bấm Delete")):
            return self.keep_typed()

    def _where(self, key: tuple[int, str, str], text: str) -> str:
        """A figure typed before, still waiting, as the clerk finds it: the number, its indicator, column and year."""
        return tr("Số {0} gõ trước đó ở “{1}”, cột {2} năm {3}, chưa lưu được:").format(text, *self._place(key), key[0])

    def _place(self, key: tuple[int, str, str]) -> tuple[str, str]:
        """The indicator's name and the column's title of a figure's key."""
        _year, kind, code = key
        name = next((ind.name for ind in indicator_set(self.db).indicators if ind.code == code), code)
        return name, column_titles()[FIRST_VALUE_COLUMN + [k.value for k in KIND_COLUMNS].index(kind)]

    def drop_typed(self) -> None:  # the clerk chose to close without them
        self.unstored.clear()
        self._show_unstored()

    def _show_unstored(self) -> None:
        self.model.unstored = {(kind, code): text for (year, kind, code), text in self.unstored.items()
                               if year == self.shown_year}
        self.table.viewport().update()

    def clear_cell(self) -> None:
        index = self.table.currentIndex()
        waiting = self._waiting_at(index)
        if waiting is not None:  # takes back the number typed only: it cleared the stored one too (round 40B)
            del self.unstored[waiting]
            self._show_unstored()
            return
        if index.isValid() and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable and index.data():
            self.model.setData(index, "")

    def _waiting_at(self, index) -> tuple[int, str, str] | None:
        """The key of the number typed and not yet stored that the cell shows, if it shows one."""
        if not index.isValid() or index.column() < FIRST_VALUE_COLUMN:  # read-only too: dropping it writes nothing
            return None
        row = self.model.row_at(index.row())
        if row.indicator is None or index.column() - FIRST_VALUE_COLUMN >= len(KIND_COLUMNS):
            return None
        key = (self.shown_year, KIND_COLUMNS[index.column() - FIRST_VALUE_COLUMN].value, row.indicator.code)
        return key if key in self.unstored else None

    def paste(self) -> None:
        """Numbers copied from a spreadsheet fill the grid from the current cell: a line a row down (the area
        headings, not in the spreadsheet, passed over), a tab a column across; a cell that is always computed (a
        rate) is left as it is. Checked and stored as typing is, all or nothing."""
        start = self.table.currentIndex()
        if self.readonly or not start.isValid() or start.column() < FIRST_VALUE_COLUMN:
            return
        lines = QApplication.clipboard().text().replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        rows = [r for r in range(start.row(), self.model.rowCount()) if not self.model.row_at(r).is_group]
        # Round 34D: lines past the last indicator, or cells past "Năm", were left out and the rest stored, silent
        # (blank cells or lines trailing the copy say nothing and fit anywhere).
        tall = max(1, len(lines) - next((k for k, line in enumerate(reversed(lines)) if line.strip()), len(lines)))
        wide, room = max(len(line.rstrip().split("\t")) for line in lines), self.model.columnCount() - start.column()
        if wide > self.model.columnCount() - FIRST_VALUE_COLUMN:
            # Wider than this page's periods from any cell: a row of the national form (a fresh-eyes walk, round 41,
            # pasted Biểu 06's total row and was told to start further left, which no cell allows).
            said = tr("Bảng sao chép có {0} cột, nhiều hơn số cột kỳ của trang này ({1}): có lẽ là một dòng của biểu "
                      "thống kê. Chưa dán gì. Hãy bấm “Nhập biểu thống kê…” rồi “Dán bảng vừa sao chép”: ParApp đọc "
                      "từng cột theo tên của biểu.")
            show_error(self, said.format(wide, self.model.columnCount() - FIRST_VALUE_COLUMN), tr("Không dán được"))
            return
        if tall > len(rows) or wide > room:
            said = tr("Bảng sao chép có {0} dòng, {1} cột nhưng từ ô đang chọn chỉ còn {2} dòng chỉ tiêu, {3} cột kỳ: "
                      "chưa dán gì. Hãy chọn ô bắt đầu cao hơn hoặc xa hơn về bên trái, hoặc sao chép ít hơn.")
            show_error(self, said.format(tall, wide, len(rows), room), tr("Không dán được"))
            return
        per_kind: dict[str, dict[str, str]] = {}
        # Round 35D: what the check above leaves out of the block is not pasted either (a web table's "5\t" cleared the
        # next quarter's figure, its trailing blank line the row below's).
        for line, r in zip(lines[:tall], rows):
            for col, text in enumerate(line.split("\t")[:wide], start.column()):
                index = self.model.index(r, col)
                if col >= self.model.columnCount():
                    break
                if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    kind = KIND_COLUMNS[col - FIRST_VALUE_COLUMN].value
                    value = re.sub("[\u200b-\u200d\u2060\ufeff]", "", text).strip()  # zero-width marks
                    # A lone dash is zero: Excel's accounting format shows 0 as "-", and a statistics table's "-" is
                    # "không phát sinh", as the figures import reads it; refused, a column copied from such a sheet
                    # could not be pasted at all (round 34D left it).
                    per_kind.setdefault(kind, {})[self.model.row_at(r).indicator.code] = (
                        "0" if value in _NIL else value)
        if not per_kind:
            return
        year = self.shown_year

        def store() -> None:
            with self.db.atomic():
                for kind, values in per_kind.items():
                    set_period_figures(self.db, kind, year, values)

        if not attempt(self, store, tr("Không dán được")):
            return
        for kind, values in per_kind.items():  # pasted over a number kept unstored: the paste is the later word
            for code in values:
                self.unstored.pop((year, kind, code), None)
        self.reload()
        self.table.setCurrentIndex(self.model.index(start.row(), start.column()))
        self.changed.emit()

    def import_statistics(self) -> None:
        from parapp.ui.figures.figures_import_dialog import FiguresImportDialog

        dlg = FiguresImportDialog(self.db, self.today, self.year.value(), self)
        if dlg.exec():
            plan = dlg.stored  # imported over numbers kept unstored (a full disk): the import is the later word
            for code in plan.values:
                self.unstored.pop((plan.year, getattr(plan.kind, "value", plan.kind), code), None)
            self.year.setValue(dlg.target_year())
            self.reload()
            self.changed.emit()

    def add_indicator(self) -> None:
        from parapp.ui.figures.indicator_dialog import IndicatorDialog

        if IndicatorDialog(self.db, self.year.value(), self).exec():
            self.reload()

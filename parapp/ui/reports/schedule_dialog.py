"""Settings → reporting schedule: a preset, then every window and deadline editable."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
)

from parapp.core.messages import ParAppError
from parapp.core.periods import (
    KIND_LABELS, KIND_ORDER, PRESET_LABELS, PRESETS, PeriodKind, PeriodRule, DayOfYear, quarter_like,
    format_deadline, parse_day, parse_deadline_cell, periods_for_year,
)
from parapp.store.periods import current_preset, load_rules, save_rules
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import error_text, fmt_date, save_cancel, show_error, tr
from parapp.ui.widgets.unsaved_edits import AsksBeforeDropping

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace


COL_KIND, COL_ON, COL_START, COL_END, COL_DEADLINE, COL_EXAMPLE = range(6)


def _all_kinds(rules: list[PeriodRule]) -> list[PeriodRule]:
    """Every kind gets a row; those the schedule lacks start switched off."""
    have = {r.kind: r for r in rules}
    blank = {
        PeriodKind.Q2: PeriodRule(PeriodKind.Q2, DayOfYear(1, 4), DayOfYear(30, 6), days_after_end=5, enabled=False),
        PeriodKind.Q4: PeriodRule(PeriodKind.Q4, DayOfYear(1, 10), DayOfYear(31, 12), days_after_end=5, enabled=False),
    }
    for kind, like in ((PeriodKind.Q2, PeriodKind.Q1), (PeriodKind.Q4, PeriodKind.Q3)):
        if like in have:  # the schedule's own rule, three months on
            blank[kind] = quarter_like(have[like], kind)
    fallback = {r.kind: replace(r, enabled=False) for r in PRESETS["15-14"]}
    return [have.get(k) or blank.get(k) or fallback[k] for k in KIND_ORDER]



def shown_day(d: DayOfYear) -> str:
    """A rule's day as the window's language says it: "15/12 năm trước", "15/12 previous year" (both read back)."""
    return f"{d.day:02d}/{d.month:02d}" + {-1: tr(" năm trước"), 1: tr(" năm sau")}.get(d.offset, "")

class ScheduleModel(QAbstractTableModel):
    """Editable rows of the schedule; a cell that cannot be read is refused with a message."""

    rejected = Signal(str)

    def __init__(self, rules: list[PeriodRule], year: int, parent=None):
        super().__init__(parent)
        self.rules = _all_kinds(rules)
        self.year = year

    def set_rules(self, rules: list[PeriodRule]) -> None:
        self.beginResetModel()
        self.rules = _all_kinds(rules)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Kỳ báo cáo"), tr("Có báo cáo"), tr("Số liệu từ"), tr("Số liệu đến"), tr("Hạn gửi"),
                    tr("Năm {0}").format(self.year)][section]
        return None

    def flags(self, index):
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_ON:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in (COL_START, COL_END, COL_DEADLINE):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rules[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_ON:
            return Qt.CheckState.Checked if r.enabled else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_KIND:
                return QCoreApplication.translate("periods", KIND_LABELS[r.kind])
            if col in (COL_START, COL_END):
                return shown_day(r.start if col == COL_START else r.end)
            if col == COL_DEADLINE:
                if r.deadline is None and role == Qt.ItemDataRole.DisplayRole:
                    return tr("{0} ngày sau kỳ").format(r.days_after_end)
                return shown_day(r.deadline) if r.deadline else format_deadline(r)
            if col == COL_EXAMPLE and role == Qt.ItemDataRole.DisplayRole:
                p = periods_for_year([replace(r, enabled=True)], self.year)[0]
                return tr("{0} – {1}, hạn {2}").format(fmt_date(p.window_start), fmt_date(p.window_end),
                                                       fmt_date(p.deadline))
        if role == Qt.ItemDataRole.ForegroundRole and not r.enabled:
            return Qt.GlobalColor.gray
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        row, col = index.row(), index.column()
        r = self.rules[row]
        try:
            if col == COL_ON and role == Qt.ItemDataRole.CheckStateRole:
                r = replace(r, enabled=Qt.CheckState(value) == Qt.CheckState.Checked)
            elif col == COL_START:
                r = replace(r, start=parse_day(str(value)))
            elif col == COL_END:
                r = replace(r, end=parse_day(str(value)))
            elif col == COL_DEADLINE:
                cell = parse_deadline_cell(str(value))
                r = replace(r, deadline=None, days_after_end=cell) if isinstance(cell, int) else \
                    replace(r, deadline=cell, days_after_end=None)
            else:
                return False
        except ParAppError as exc:
            self.rejected.emit(error_text(exc))
            return False
        self.rules[row] = r
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_EXAMPLE))
        return True


class ScheduleDialog(AsksBeforeDropping, QDialog):
    def __init__(self, db: Workspace, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.db = db
        self.today = today or dt.date.today()
        self.setWindowTitle(tr("Lịch báo cáo định kỳ"))
        fit_window(self, 900, 420)
        self.preset = QComboBox()
        for key, label in PRESET_LABELS.items():
            self.preset.addItem(QCoreApplication.translate("periods", label), key)
        self.preset.addItem(tr("Tự khai báo"), "custom")
        self.preset.setCurrentIndex(max(self.preset.findData(current_preset(db)), 0))
        apply_btn = QPushButton(tr("Áp dụng mẫu"))
        apply_btn.clicked.connect(self._apply_preset)
        self.model = ScheduleModel(load_rules(db), self.today.year, self)
        self.model.dataChanged.connect(self._edited)
        self.model.rejected.connect(lambda msg: show_error(self, msg))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        help_text = QLabel(tr("Sửa trực tiếp trong bảng: ngày dạng 15/12, thêm “năm trước” cho ngày của năm trước; "
                              "hạn gửi là một ngày (20/3) hoặc số ngày sau kỳ (+5)."))
        help_text.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Mẫu lịch")))
        top.addWidget(self.preset, 1)
        top.addWidget(apply_btn)
        buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(help_text)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        if key in PRESETS:
            self.model.set_rules(PRESETS[key])

    def _edited(self, *_):
        self.preset.setCurrentIndex(self.preset.findData("custom"))

    def unsaved_extra(self) -> str:
        return repr(self.model.rules)  # the rules are edited in the table, not in fields

    def save(self) -> None:
        key = self.preset.currentData()
        rules = [r for r in self.model.rules if r.enabled or r.kind not in (PeriodKind.Q2, PeriodKind.Q4)]
        done = attempt(self, lambda: save_rules(self.db, rules, self.today.year, preset=key))
        if not done:
            return
        warnings = done.value
        if warnings:  # allowed, but the official should know
            show_error(self, "\n".join(warnings), tr("Lưu ý về lịch báo cáo"))
        self.accept()

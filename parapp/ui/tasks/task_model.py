"""The register table: a QAbstractTableModel over register lines from the store.

Filtering and sorting happen in Python over the loaded lines (core.task_filter),
which keeps a keystroke in the search box well under 100 ms for 50,000 tasks;
a QSortFilterProxyModel would call back into Python once per row.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from parapp.core.status import Status, is_done_late, is_due_soon, is_overdue
from parapp.core.task_filter import TaskFilter, apply_filter, narrows, sort_key
from parapp.store.tasks import TaskRow
from parapp.ui.widgets.texts import fmt_date, status_label

COL_STT, COL_CONTENT, COL_AREA, COL_CODE, COL_LEAD, COL_DUE, COL_STATUS, COL_PLAN = range(8)
_SORT_FIELDS = ["stt", "content", "area_code", "par_code", "lead", "due", "status", "plan_label"]

OVERDUE_BG = QColor("#fde4e1")
OVERDUE_FG = QColor("#b3261e")
SOON_BG = QColor("#fff4d6")
DONE_FG = QColor("#1e6b34")
DROPPED_FG = QColor("#777777")
NO_LEAD_FG = QColor("#a15c00")


def _headers() -> list[str]:
    translate = QCoreApplication.translate  # lupdate reads translate(context, text)
    return [translate("tasks", "STT"), translate("tasks", "Nội dung nhiệm vụ"), translate("tasks", "Lĩnh vực"),
            translate("tasks", "Mã TCTP"), translate("tasks", "Chủ trì"), translate("tasks", "Thời hạn"),
            translate("tasks", "Trạng thái"), translate("tasks", "Kế hoạch")]


class TaskTableModel(QAbstractTableModel):
    def __init__(self, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self._all: list[TaskRow] = []
        self._visible: list[int] = []
        self._visible_on: dt.date | None = None  # the day `_visible` was filtered on (overdue, due soon)
        self._filter = TaskFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.today = today or dt.date.today()
        self._headers = _headers()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data in -------------------------------------------------------------
    def set_rows(self, rows: Sequence[TaskRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        if self._sort:
            self._apply_sort(*self._sort)
        self._visible = apply_filter(self._all, self._filter, self.today)
        self._visible_on = self.today
        self.endResetModel()

    def set_filter(self, f: TaskFilter) -> None:
        self.beginResetModel()
        # Typing on in the search box only narrows what is shown: look only at the rows shown.
        known = narrows(self._filter, f) if self._visible_on == self.today else None
        self._filter = f
        self._visible = apply_filter(self._all, f, self.today, None if known is None else self._visible, known or 0)
        self._visible_on = self.today
        self.endResetModel()

    @property
    def filter(self) -> TaskFilter:
        return self._filter

    def row_at(self, row: int) -> TaskRow:
        return self._all[self._visible[row]]

    def visible_rows(self) -> list[TaskRow]:
        return [self._all[i] for i in self._visible]

    def all_rows(self) -> list[TaskRow]:
        return self._all

    def row_of_task(self, task_id: int) -> int | None:
        for pos, i in enumerate(self._visible):
            if self._all[i].id == task_id:
                return pos
        return None

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._all[self._visible[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        overdue = is_overdue(r.status, r.due, self.today)
        if role == Qt.ItemDataRole.BackgroundRole:
            if overdue:
                return QBrush(OVERDUE_BG)
            if is_due_soon(r.status, r.due, self.today):
                return QBrush(SOON_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and col in (COL_DUE, COL_STATUS):
                return QBrush(OVERDUE_FG)
            if r.status == Status.DONE.value and col == COL_STATUS:
                return QBrush(DONE_FG)
            if r.status == Status.DROPPED.value:
                return QBrush(DROPPED_FG)
            if col == COL_LEAD and not r.lead:
                return QBrush(NO_LEAD_FG)
            return None
        if role == Qt.ItemDataRole.FontRole and overdue and col in (COL_DUE, COL_STATUS):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_STT, COL_CODE, COL_DUE):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def _display(self, r: TaskRow, col: int) -> str:
        if col == COL_STT:
            return r.stt
        if col == COL_CONTENT:
            return r.content.replace("\n", " ")
        if col == COL_AREA:
            return f"{r.area_code}. {r.area_name}" if r.area_code else ""
        if col == COL_CODE:
            return r.par_code
        if col == COL_LEAD:
            return r.lead or "⚠ " + QCoreApplication.translate("tasks", "Chưa giao")
        if col == COL_DUE:
            if r.due is None:
                return QCoreApplication.translate("tasks", "Chưa có hạn")
            return fmt_date(r.due)
        if col == COL_STATUS:
            if is_overdue(r.status, r.due, self.today):
                return QCoreApplication.translate("tasks", "Quá hạn {0} ngày").format((self.today - r.due).days)
            if r.status == Status.DONE.value and r.completed_on:
                on = fmt_date(r.completed_on)
                if is_done_late(r.status, r.due, r.completed_on):  # as the printed appendix says it
                    return QCoreApplication.translate("tasks", "Hoàn thành (trễ hạn) {0}").format(on)
                return QCoreApplication.translate("tasks", "Hoàn thành {0}").format(on)
            return status_label(r.status)
        if col == COL_PLAN:
            return r.plan_label
        return ""

    def _tooltip(self, r: TaskRow, col: int) -> str | None:
        """The whole text of every cell: a narrow column never hides what matters."""
        translate = QCoreApplication.translate
        if col == COL_CONTENT:
            return r.content
        if col == COL_AREA and r.area_name:
            return f"{r.area_code}. {r.area_name}"
        if col == COL_DUE and r.deadline_text:
            return translate("tasks", "Thời hạn ghi trong kế hoạch: {0}").format(r.deadline_text)
        if col == COL_LEAD:
            if not r.lead:
                return translate("tasks", "Nhiệm vụ chưa có người chủ trì. Bấm “Sửa…” để giao cho một người.")
            if r.coordinators:
                return r.lead + "\n" + translate("tasks", "Phối hợp: {0}").format(r.coordinators)
            return r.lead
        text = self._display(r, col)
        return text or None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        # A reset rather than layoutChanged: cheaper than remapping 50,000
        # persistent indexes, and the view reselects by task id afterwards.
        self.beginResetModel()
        self._sort = (column, order)
        self._apply_sort(column, order)
        self._visible = apply_filter(self._all, self._filter, self.today)
        self._visible_on = self.today
        self.endResetModel()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        self._all.sort(key=sort_key(_SORT_FIELDS[column]), reverse=order == Qt.SortOrder.DescendingOrder)

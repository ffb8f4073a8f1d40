"""The register table: a QAbstractTableModel over register lines from the store.

Filtering and sorting happen in Python over the loaded lines (core.task_filter),
which keeps a keystroke in the search box well under 100 ms for 50,000 tasks;
a QSortFilterProxyModel would call back into Python once per row.

Reading those lines takes about half a second for 50,000 tasks, most of it SQLite decoding
their text. The window opens on the ids alone (set_order: the register's order, read from an
index) and reads the lines a page at a time as the view asks for them; the whole register is
read once something needs all of it (a search, another order, the overview, the reminders), or
soon after the window is shown (load_all). What is shown is the same either way.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont

from parapp.core.status import Status, is_done_late, line_due_soon, line_ended, line_overdue
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


_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_USER = int(Qt.ItemDataRole.UserRole)
_ALIGN, _BACKGROUND = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND, _FONT = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _USER, _ALIGN, _BACKGROUND, _FOREGROUND, _FONT))
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


def _headers() -> list[str]:
    translate = QCoreApplication.translate  # lupdate reads translate(context, text)
    return [translate("tasks", "STT"), translate("tasks", "Nội dung nhiệm vụ"), translate("tasks", "Lĩnh vực"),
            translate("tasks", "Mã TCTP"), translate("tasks", "Chủ trì"), translate("tasks", "Thời hạn"),
            translate("tasks", "Trạng thái"), translate("tasks", "Kế hoạch")]


# The order the store gives the lines in (store.tasks.task_rows): what is due first.
STORE_ORDER = (COL_DUE, Qt.SortOrder.AscendingOrder)
_BLOCK = 128  # lines read at a time while the register is read on demand
_GONE = TaskRow(0, None, "", "", None, "", "", "", None, "", "", "", None, "not_started", None, "", "")


class TaskTableModel(QAbstractTableModel):
    def __init__(self, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self._all: list[TaskRow | None] = []  # None: a line not read yet (while _read_all is set)
        self._visible: Sequence[int] = []
        self._ids: list[int] = []  # while lines are read on demand: every task's id, in the store's order
        self._read_lines: Callable[[list[int]], list[TaskRow]] | None = None
        self._read_all: Callable[[], list[TaskRow]] | None = None
        self._visible_on: dt.date | None = None  # the day `_visible` was filtered on (overdue, due soon)
        self._filter = TaskFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.today = today or dt.date.today()
        self._headers = _headers()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data in -------------------------------------------------------------
    def set_rows(self, rows: Sequence[TaskRow], in_store_order: bool = False) -> None:
        """`in_store_order`: the rows come as the store orders them (what is due first), so the
        register's first order needs no sort."""
        self.beginResetModel()
        self._forget_order()
        self._all = list(rows)
        if self._sort and not (in_store_order and self._sort == STORE_ORDER):
            self._apply_sort(*self._sort)
        self._visible = apply_filter(self._all, self._filter, self.today)
        self._visible_on = self.today
        self.endResetModel()

    def set_order(self, ids: list[int], read_lines: Callable[[list[int]], list[TaskRow]],
                  read_all: Callable[[], list[TaskRow]]) -> bool:
        """Every task's id in the store's order; lines are read with `read_lines` (some ids) as the view
        shows them, and all at once with `read_all` when something needs them all. Only while the
        register shows everything in the store's order; else, as set_rows, at once. True if on demand."""
        if self._sort not in (None, STORE_ORDER) or not self._filter.is_empty():
            self.set_rows(read_all(), in_store_order=True)
            return False
        self.beginResetModel()
        self._ids, self._read_lines, self._read_all = list(ids), read_lines, read_all
        self._all = [None] * len(self._ids)
        self._visible = range(len(self._ids))
        self._visible_on = self.today
        self.endResetModel()
        return True

    @property
    def reading_on_demand(self) -> bool:
        """Some lines are still to be read (load_all reads them)."""
        return self._read_all is not None

    def _forget_order(self) -> None:
        self._ids, self._read_lines, self._read_all = [], None, None

    def load_all(self) -> None:
        """Read every line not read yet (nothing changes on the screen: the same lines, in the same order)."""
        read_all = self._read_all
        if read_all is None:
            return
        rows = read_all()
        if [r.id for r in rows] == self._ids:
            self._forget_order()
            self._all = rows
            self._visible = range(len(rows)) if self._filter.is_empty() else \
                apply_filter(self._all, self._filter, self.today)
            return
        self.set_rows(rows, in_store_order=True)  # the register changed meanwhile: shown as it is now

    def _line(self, i: int) -> TaskRow:
        """The line at `i` of the store's order, read with the block around it when not read yet."""
        r = self._all[i]
        if r is not None:
            return r
        assert self._read_lines is not None
        start = i - i % _BLOCK
        block = self._ids[start:start + _BLOCK]
        by_id = {line.id: line for line in self._read_lines(block)}
        for k, task_id in enumerate(block):
            self._all[start + k] = by_id.get(task_id)
        r = self._all[i]
        if r is None:
            # Gone since the ids were read. The window holds the writer lock and reloads after its own
            # changes, so this is a restore's doing: the register is read again as it is now, once the
            # view has done asking (a model is not reset from inside data()).
            QTimer.singleShot(0, self, self.load_all)
            return _GONE._replace(id=self._ids[i])
        return r

    def set_filter(self, f: TaskFilter) -> None:
        if self._read_all is not None:
            if f.is_empty():  # nothing to look at: every line, still in the store's order
                self.beginResetModel()
                self._filter = f
                self.endResetModel()
                return
            self.load_all()
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
        return self._line(self._visible[row])

    def visible_rows(self) -> list[TaskRow]:
        self.load_all()
        return [self._all[i] for i in self._visible]  # type: ignore[misc] - all read

    def all_rows(self) -> list[TaskRow]:
        self.load_all()
        return self._all  # type: ignore[return-value] - all read

    def total(self) -> int:
        """How many tasks the register holds, shown or not."""
        return len(self._all)

    def row_of_task(self, task_id: int) -> int | None:
        if self._read_all is not None:  # every line shown, in the store's order
            try:
                return self._ids.index(task_id)
            except ValueError:
                return None
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
        # Called some ten times per cell painted: roles as plain ints, and nothing read for a role
        # this model does not answer (a tenth of the first page's start went here).
        if role not in _ROLES or not index.isValid():
            return None
        r = self._line(self._visible[index.row()])
        col = index.column()
        if role == _DISPLAY:
            return self._display(r, col)
        if role == _TOOLTIP:
            return self._tooltip(r, col)
        if role == _USER:
            return r.id
        if role == _ALIGN:
            return _CENTER if col in (COL_STT, COL_CODE, COL_DUE) else None
        overdue = line_overdue(r, self.today)
        if role == _BACKGROUND:
            if overdue:
                return QBrush(OVERDUE_BG)
            if line_due_soon(r, self.today):
                return QBrush(SOON_BG)
            return None
        if role == _FOREGROUND:
            if overdue and col in (COL_DUE, COL_STATUS):
                return QBrush(OVERDUE_FG)
            if r.status == Status.DONE.value and col == COL_STATUS:
                return QBrush(DONE_FG)
            if r.status == Status.DROPPED.value or r.carried_year is not None:
                return QBrush(DROPPED_FG)
            if col == COL_LEAD and not r.lead:
                return QBrush(NO_LEAD_FG)
            return None
        return self._bold if overdue and col in (COL_DUE, COL_STATUS) else None  # _FONT

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
            if r.carried_year is not None:
                return QCoreApplication.translate("tasks", "Chuyển sang năm {0}").format(r.carried_year)
            if line_overdue(r, self.today):
                return QCoreApplication.translate("tasks", "Quá hạn {0} ngày").format((self.today - r.due).days)
            if r.status == Status.DONE.value and r.completed_on:
                on = fmt_date(r.completed_on)
                # as the printed appendix says it
                if is_done_late(r.status, r.due, r.completed_on, r.recurrence, r.plan_year):
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
        if col == COL_STATUS and r.carried_year is not None:
            return text + "\n" + translate("tasks", "Chưa hoàn thành trong năm của nó; kế hoạch năm {0} tiếp tục việc "
                                                     "này (tìm theo nội dung). Không tính quá hạn, không nhắc nữa."
                                            ).format(r.carried_year)
        if col == COL_STATUS and Status(r.status).is_open and line_ended(r, self.today):
            assert r.due is not None
            ended = translate("tasks", "Việc lặp lại của năm {0}: hết năm thì không tính quá hạn, không nhắc nữa; kế "
                                       "hoạch năm sau giao lại việc này.")
            return text + "\n" + ended.format(max(r.due.year, r.plan_year or 0))
        return text or None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        # A reset rather than layoutChanged: cheaper than remapping 50,000
        # persistent indexes, and the view reselects by task id afterwards.
        if self._read_all is not None:
            if (column, order) == STORE_ORDER:  # the order the lines are read in already
                self.beginResetModel()
                self._sort = (column, order)
                self.endResetModel()
                return
            self.load_all()
        self.beginResetModel()
        self._sort = (column, order)
        self._apply_sort(column, order)
        self._visible = apply_filter(self._all, self._filter, self.today)
        self._visible_on = self.today
        self.endResetModel()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        self._all.sort(key=sort_key(_SORT_FIELDS[column]), reverse=order == Qt.SortOrder.DescendingOrder)

"""Nhiệm vụ → "Chuyển việc chưa xong sang năm sau…": a year's unfinished tasks, each ticked to be carried
into the next year's plan (services.carrying), with a new deadline for them or none."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSpinBox, QTableView, QVBoxLayout,
)

from parapp.core.dates import parse_user_date
from parapp.core.messages import ValidationError
from parapp.core.years import YEAR_MAX, YEAR_MIN
from parapp.services.carrying import CarryChoice, carry_choice, carry_over, not_yet_due
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import error_text, fmt_date, name_buttons, show_error, status_label, tr

if TYPE_CHECKING:
    from parapp.store.tasks import TaskRow
    from parapp.store.workspace import Workspace

# STT as the register shows it, not the database's number (a fresh-eyes walk, round 41: "12" of a row the
# register shows as STT 3; the number `parapp carry --task` takes is in `parapp carry --dry-run`).
_HEADERS = ("", "STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Năm sau")


class CarryModel(QAbstractTableModel):
    """The unfinished tasks with a tick each: all ticked at first (carrying everything is the common case) but
    those not yet due (services.carrying.not_yet_due), whose reminders go on until the clerk ticks them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[TaskRow] = []
        self.ticked: set[int] = set()
        self.already: dict[int, int] = {}
        self.stt: dict[int, str] = {}

    def set_rows(self, rows: list[TaskRow], already: dict[int, int] | None = None, waiting: set[int] = frozenset(),
                 stt: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.already, self.stt = list(rows), dict(already or {}), dict(stt or {})
        self.ticked = {r.id for r in rows if r.id not in waiting}
        self.endResetModel()

    def tick_all(self, on: bool) -> None:
        self.ticked = {r.id for r in self.rows} if on else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def chosen(self) -> list[int]:
        return [r.id for r in self.rows if r.id in self.ticked]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(_HEADERS[section]) if _HEADERS[section] else ""
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if col == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if r.id in self.ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 6:
                return self._next_year(r.id, role)
            text = ("", r.stt, r.content, r.lead or tr("(chưa giao)"), fmt_date(r.due) or r.deadline_text,
                    status_label(r.status))[col]
            return text if role == Qt.ItemDataRole.DisplayRole or col in (2, 3) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _next_year(self, task_id: int, role) -> str:
        found = self.already.get(task_id)
        # Named by the STT the register and the plan show, never the database's number (a fresh-eyes walk, round 41,
        # read "đã có: số 16" of the row the register showed as STT 7).
        stt = self.stt.get(found, "") if found is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if found is None:
                return tr("Thêm một nhiệm vụ mới vào kế hoạch năm sau.")
            return tr("Kế hoạch năm sau đã có việc này: nối vào đó, không thêm lần nữa.")
        if found is None:
            return tr("thêm mới")
        return tr("đã có: STT {0}").format(stt) if stt else tr("đã có")

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt's name
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        task_id = self.rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(task_id)
        else:
            self.ticked.discard(task_id)
        self.dataChanged.emit(index, index)
        return True


def default_year(today: dt.date) -> int:
    """The year whose leftovers are carried: this one from October (the plan for next year is being made),
    else the one just ended."""
    return today.year if today.month >= 10 else today.year - 1


class CarryDialog(QDialog):
    def __init__(self, db: Workspace, today: dt.date, parent=None):
        super().__init__(parent)
        self.db, self.today = db, today
        self.plan_id: int | None = None
        self.carried = 0
        self.choice: CarryChoice | None = None
        self.setWindowTitle(tr("Chuyển việc chưa xong sang năm sau"))
        fit_window(self, 1000, 560)
        self.year = QSpinBox()
        self.year.setRange(YEAR_MIN, YEAR_MAX)
        self.year.setValue(default_year(today))
        self.year.setAccessibleName(tr("Năm có việc chưa xong"))
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.due = QLineEdit()
        self.due.setPlaceholderText(tr("ngày/tháng/năm – để trống: giao hạn sau"))
        self.due.setMinimumWidth(self.due.fontMetrics().horizontalAdvance(self.due.placeholderText()) + 24)
        self.due.setAccessibleName(tr("Thời hạn mới"))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Việc chưa xong của năm")))
        top.addWidget(self.year)
        top.addWidget(QLabel(tr("sang")))
        top.addWidget(self.target, 1)
        due_row = QHBoxLayout()
        due_row.addWidget(QLabel(tr("Thời hạn mới cho các việc được chuyển:")))
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        intro = QLabel(tr("Mỗi việc được chọn có một nhiệm vụ mới trong kế hoạch năm sau: cùng nội dung, lĩnh vực, mã "
                          "tiêu chí, người chủ trì và tình trạng. Việc cũ giữ nguyên trong năm của nó: báo cáo năm "
                          "ghi “chưa hoàn thành; chuyển sang năm sau thực hiện”, và việc cũ không còn bị nhắc. Việc "
                          "lặp lại (thường xuyên, hằng năm…) không có ở đây: kế hoạch năm sau giao lại. Việc kế "
                          "hoạch năm sau đã có (cùng nội dung) được nối vào việc đó, không thêm lần nữa."))
        intro.setWordWrap(True)
        self.model = CarryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 32), (1, 56), (3, 200), (4, 100), (5, 120), (6, 100)):
            self.table.setColumnWidth(col, width)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        ticks = QHBoxLayout()
        for text, on in ((tr("Chọn tất cả"), True), (tr("Bỏ chọn tất cả"), False)):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, on=on: self.model.tick_all(on))
            ticks.addWidget(b)
        ticks.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self.buttons)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.carry)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.waiting)
        layout.addLayout(ticks)
        layout.addLayout(due_row)
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(lambda *_: self._count())
        self.model.modelReset.connect(self._count)
        self.year.valueChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        got = attempt(self, lambda: carry_choice(self.db, self.year.value()), tr("Không đọc được danh sách việc"))
        self.choice = got.value if got else None
        waiting = not_yet_due(self.choice.tasks, self.today) if self.choice else set()
        already = self.choice.already if self.choice else {}
        stt = {r[0]: r[1] for r in self.db.execute(  # a handful: the next plan's tasks the same work links to
            f"SELECT id, stt FROM tasks WHERE id IN ({', '.join('?' * len(already))})", list(already.values()))
               } if already else {}
        self.model.set_rows(self.choice.tasks if self.choice else [], already, waiting, stt)
        self.waiting.setText(tr("{0} việc chưa đến hạn không được chọn sẵn: chuyển đi thì ParApp thôi nhắc việc đó "
                                "trong năm {1}.").format(len(waiting), self.year.value()))
        self.waiting.setVisible(bool(waiting))
        if self.choice is None:
            return
        made = "" if self.choice.target is not None else tr(" (kế hoạch mới, sửa số và ngày sau)")
        self.target.setText(f"“{self.choice.target_label}”{made}")
        self.empty.setText(tr("Năm {0} không còn nhiệm vụ nào chưa hoàn thành để chuyển.").format(self.year.value())
                           if not self.choice.tasks else "")
        self.empty.setVisible(not self.choice.tasks)
        self.table.resizeRowsToContents()

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Row heights once the stretched column has its real width: measured before, each row was as tall as
        # its words in a column a few characters wide.
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.resizeRowsToContents()

    def _count(self) -> None:
        n = len(self.model.chosen())
        self.ok.setText(tr("Chuyển {0} nhiệm vụ").format(n))
        self.ok.setEnabled(n > 0)

    def carry(self) -> None:
        if self.choice is None:
            return
        try:
            due = parse_user_date(self.due.text(), "due")
        except ValidationError as exc:
            show_error(self, tr("Thời hạn mới: {0}").format(error_text(exc)))
            self.due.setFocus()
            return
        choice, chosen = self.choice, self.model.chosen()
        done = attempt(self, lambda: carry_over(self.db, choice, chosen, due=due, today=self.today),
                       tr("Không chuyển được"))
        if not done:
            return
        self.plan_id, self.carried = done.value[0], len(done.value[1])
        self.accept()


def carry_unfinished(register) -> int:
    """The window's action (menu and overview), over the register page: the dialog, then the register read again
    and every page showing tasks told (the old tasks now carried, the new ones in next year's plan). How many tasks
    were carried."""
    if register.readonly:
        return 0
    dlg = CarryDialog(register.db, register.today, register)
    if not dlg.exec() or not dlg.carried:
        return 0
    register.reload()
    register.changed.emit()
    return dlg.carried

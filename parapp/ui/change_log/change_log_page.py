"""The change log: every change to officials, plans, tasks, notes, reports and
evidence, who made it and when, filtered by official or date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from parapp.store import officials
from parapp.store.change_log import list_log, log_names
from parapp.ui.change_log import log_words as words
from parapp.ui.widgets.rows_model import Column, RowsTableModel
from parapp.ui.widgets.table_fit import fit_header_widths
from parapp.ui.widgets.texts import tr, trc, viewing

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace



class ChangeLogPage(QWidget):
    def __init__(self, db: Workspace, parent=None):
        super().__init__(parent)
        self.db = db
        self.official = QComboBox()
        self.official.setMinimumContentsLength(16)
        self.official.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.since, self.until = QDateEdit(), QDateEdit()
        for w in (self.since, self.until):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
        today = QDate.currentDate()
        self.since.setDate(today.addMonths(-1))
        self.until.setDate(today)
        # The two dates keep their order: a "from" set past "to" (or the reverse) moves the other one with it, so
        # "Xem" never shows an empty log for days picked the wrong way round (round 22A).
        self.since.dateChanged.connect(lambda d: self.until.setDate(d) if d > self.until.date() else None)
        self.until.dateChanged.connect(lambda d: self.since.setDate(d) if d < self.since.date() else None)
        refresh = viewing(QPushButton(tr("Xem")))
        refresh.clicked.connect(self.reload)
        bar = QHBoxLayout()
        for label, w in ((tr("Làm việc với tư cách"), self.official), (tr("Từ ngày"), self.since),
                         (tr("đến ngày"), self.until)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(refresh)
        bar.addStretch()
        self.names = None
        self.model = RowsTableModel([
            Column(tr("Thời điểm"), lambda e: words.when(e.at)),
            Column(tr("Người dùng máy"), lambda e: e.os_user),
            Column(tr("Làm việc với tư cách"), lambda e: e.official or tr("(chưa chọn)")),
            Column(tr("Đối tượng"), lambda e: words.subject(e, self.names)),
            Column(tr("Thao tác"), lambda e: trc("log", words.ACTION.get(e.action, e.action))),
            Column(tr("Nội dung thay đổi"), lambda e: words.describe(e, self.names)),
        ], parent=self)
        table = QTableView()
        table.setTabKeyNavigation(False)  # a list: Tab leaves it for its buttons (round 21A)
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Two lines a row, wrapped; a longer change is whole in the cell's tooltip.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 10)
        h = table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((0, 125), (1, 90), (2, 150), (3, 280), (4, 60)):
            table.setColumnWidth(col, width)
        h.setStretchLastSection(True)
        fit_header_widths(table)
        self.table = table
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(table)
        self.official.currentIndexChanged.connect(self._fill)
        self.reload()

    def refill_officials(self) -> None:
        current = self.official.currentData()
        self.official.blockSignals(True)
        self.official.clear()
        self.official.addItem(tr("Mọi người"), None)
        for o in officials.list_officials(self.db):
            self.official.addItem(o.label, o.id)
        self.official.setCurrentIndex(max(self.official.findData(current), 0))
        self.official.blockSignals(False)

    def reload(self) -> None:
        """Who may be chosen, then the entries of the chosen person and dates."""
        self.refill_officials()
        self._fill()

    def set_read_only(self) -> None:
        """Nothing here writes."""

    def print_shown(self, window) -> None:
        from parapp.ui.preview.printing import preview_table

        since, until = self.since.date().toPython(), self.until.date().toPython()
        lines = ["Từ ngày {0} đến ngày {1}".format(since.strftime("%d/%m/%Y"), until.strftime("%d/%m/%Y"))]
        name = "Nhật ký thay đổi {0} – {1}.pdf".format(since.strftime("%d-%m-%Y"), until.strftime("%d-%m-%Y"))
        preview_table(window, self.db, window.today, "Nhật ký thay đổi dữ liệu", lines, self.model,
                      [22, 16, 28, 40, 10, 90], name)

    def _fill(self) -> None:
        since = self.since.date().toPython()
        until = self.until.date().toPython()
        self.names = log_names(self.db)
        self.model.set_rows(list_log(self.db, official_id=self.official.currentData(), since=since, until=until))


def task_history_text(db: Workspace, task_id: int) -> str:
    names = log_names(db)
    lines = []
    for e in reversed(list_log(db, task_id=task_id)):
        what = words.describe(e, names)
        subject = words.subject(e, names) if e.entity != "tasks" else trc("log", words.ENTITY["tasks"]).lower()
        lines.append(f"{words.when(e.at)} – {words.who(e)}: {trc('log', words.ACTION.get(e.action, e.action))} "
                     f"{subject[:1].lower() + subject[1:]}" + (f" – {what}" if what else ""))
    return "\n".join(lines)

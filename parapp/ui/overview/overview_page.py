"""Today's numbers: overdue, due in the next 14 days, done this year, per official."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QGridLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from parapp.core.overview import Overview
from parapp.core.task_filter import DUE_SOON, OPEN, OVERDUE
from parapp.ui.widgets.rows_model import Column, RowsTableModel
from parapp.ui.widgets.texts import fmt_date, fmt_number, tr


class _Tile(QFrame):
    """A big number with its caption; a click shows those tasks."""

    clicked = Signal()

    def __init__(self, caption: str, colour: str):
        super().__init__()
        self.setObjectName("tile")
        self.setMinimumHeight(96)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("#tile { border: 1px solid #d0d0d0; border-radius: 6px; background: white; }"
                           "#tile:hover { background: #f3f6fb; }")
        self.number = QLabel("0")
        self.number.setStyleSheet(f"color: {colour}; font-size: 26pt; font-weight: bold;")
        text = QLabel(caption)
        text.setStyleSheet(f"color: {colour}; font-size: 11pt;")
        text.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.number)
        box.addWidget(text)

    def set_value(self, n: int) -> None:
        self.number.setText(fmt_number(n))

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        self.clicked.emit()
        super().mousePressEvent(event)


class OverviewPage(QWidget):
    show_status = Signal(str)  # a task_filter status value
    open_reports = Signal()
    carry_asked = Signal()  # the year-end line: "Chuyển việc chưa xong sang năm sau…"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.tiles = {
            OVERDUE: _Tile(tr("nhiệm vụ quá hạn"), "#b3261e"),
            DUE_SOON: _Tile(tr("đến hạn trong 14 ngày tới"), "#8a5a00"),
            "done": _Tile(tr("hoàn thành trong năm nay"), "#1e6b34"),
            OPEN: _Tile(tr("đang mở (chưa xong)"), "#1f3b73"),
        }
        grid = QGridLayout()
        for i, (key, tile) in enumerate(self.tiles.items()):
            tile.clicked.connect(lambda k=key: self.show_status.emit(k))
            grid.addWidget(tile, 0, i)
        self.no_due = QLabel()
        self.next_report = QLabel()
        self.next_report.setWordWrap(True)
        self.next_report.setCursor(Qt.CursorShape.PointingHandCursor)
        self.next_report.mousePressEvent = lambda _e: self.open_reports.emit()
        self.carry = QLabel()
        self.carry.setWordWrap(True)
        self.carry.setStyleSheet("padding: 8px; background: #fff4d6;")
        self.carry.setCursor(Qt.CursorShape.PointingHandCursor)
        self.carry.mousePressEvent = lambda _e: self.carry_asked.emit()
        self.carry.hide()
        self.readonly = False
        self.per_lead = RowsTableModel([
            Column(tr("Người chủ trì"), lambda c: c.lead or tr("(chưa giao)")),
            Column(tr("Đang mở"), lambda c: c.open, align_center=True),
            Column(tr("Quá hạn"), lambda c: c.overdue, align_center=True),
            Column(tr("Đến hạn 14 ngày"), lambda c: c.due_soon, align_center=True),
            Column(tr("Hoàn thành năm nay"), lambda c: c.done_this_year, align_center=True),
        ], parent=self)
        table = QTableView()
        table.setTabKeyNavigation(False)  # a list: Tab leaves it for its buttons (round 21A)
        table.setModel(self.per_lead)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        sub = QLabel(tr("Theo người chủ trì"))
        sub.setStyleSheet("font-weight: bold; margin-top: 12px;")
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.next_report)
        layout.addWidget(self.carry)
        layout.addLayout(grid)
        layout.addWidget(self.no_due)
        layout.addWidget(line)
        layout.addWidget(sub)
        layout.addWidget(table)

    def reload(self) -> None:
        """The window fills the overview (refresh_overview): it knows the register's rows when they are read."""

    def set_read_only(self) -> None:
        """Nothing here writes; the year-end line, which leads to carrying work, is not offered."""
        self.readonly = True
        self.carry.hide()

    def print_shown(self, window) -> None:
        """A one-page summary: the tiles and the next report."""
        from parapp.core.overview import summarise
        from parapp.core.report_words import period_phrase
        from parapp.document.list_documents import overview_document
        from parapp.store.tasks import task_rows
        from parapp.ui.preview.printing import commune, preview_document

        ov = summarise(task_rows(window.db), window.today)
        st = window.next_report()
        nxt = ""
        if st is not None:  # printed words are Vietnamese whatever the interface language
            also = "".join(f" và báo cáo {period_phrase(x)}" for x in st.also_due)
            nxt = "Báo cáo tiếp theo: báo cáo {0}{1}, hạn gửi {2}.".format(period_phrase(st.period), also,
                                                                              st.period.deadline.strftime("%d/%m/%Y"))
        doc = overview_document(ov, commune(window.db), window.today, nxt)
        preview_document(window, doc, "Tình hình nhiệm vụ CCHC ngày {0}.pdf".format(window.today.strftime("%d-%m-%Y")))

    def set_next_report(self, st) -> None:
        """The next report due; from two weeks before its deadline, a warning."""
        if st is None:
            self.next_report.setText(tr("Không còn báo cáo định kỳ nào phải gửi trong lịch hiện tại."))
            self.next_report.setStyleSheet("padding: 8px; background: #eef3fb;")
            return
        p = st.period
        days = (p.deadline - self.today_shown).days
        from parapp.ui.chasing.words import period_words

        label = period_words(p)
        if getattr(st, "also_due", ()):
            label = tr("{0} (cùng hạn: báo cáo {1})").format(label, ", ".join(period_words(x) for x in st.also_due))
        when = tr("hôm nay") if days == 0 else tr("còn {0} ngày").format(days) if days > 0 \
            else tr("đã quá hạn {0} ngày").format(-days)
        state = {"not_started": tr("chưa soạn"), "draft": tr("đang là bản nháp"),
                 "final": tr("đã chốt, chưa gửi"), "signed": tr("đã ký, chưa gửi")}.get(st.state, "")
        self.next_report.setText(tr("Báo cáo tiếp theo: báo cáo {0} – hạn gửi {1} ({2}); {3}. Bấm để mở trang Báo cáo.")
                                 .format(label, fmt_date(p.deadline), when, state))
        urgent = days <= 14
        self.next_report.setStyleSheet("padding: 8px; font-weight: bold; color: #8a1c12; background: #fde4e1;"
                                       if urgent else "padding: 8px; background: #eef3fb;")

    def set_overview(self, ov: Overview, today: dt.date, commune: str) -> None:
        self.today_shown = today
        self.heading.setText(tr("{0} – hôm nay {1}").format(commune or tr("ParApp"), fmt_date(today)))
        self.tiles[OVERDUE].set_value(ov.overdue)
        self.tiles[DUE_SOON].set_value(ov.due_soon)
        self.tiles["done"].set_value(ov.done_this_year)
        self.tiles[OPEN].set_value(ov.open)
        self.no_due.setText(tr("{0} nhiệm vụ đang mở chưa có hạn hoàn thành.").format(ov.no_due_date)
                            if ov.no_due_date else "")
        self.per_lead.set_rows(ov.per_lead)
        self.carry.setText(tr("Năm {0} còn {1} nhiệm vụ chưa hoàn thành (không kể việc lặp lại). Bấm để chuyển sang "
                              "kế hoạch năm {2}.").format(ov.carry_year, ov.to_carry, (ov.carry_year or 0) + 1))
        self.carry.setVisible(bool(ov.to_carry) and not self.readonly)

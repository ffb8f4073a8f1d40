"""The reminder as a strip across the top of the window: what is late, what falls due this week,
which report is due, each a link to the page that shows it. It is always there after the day's
reminder (a notification bubble passes; this stays until it is closed), and it is all there is
where the desktop has no notification area."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from typing import TYPE_CHECKING

from parapp.ui.widgets.plain_looks import fill_background, set_text_colour
from parapp.ui.widgets.texts import tr, viewing

if TYPE_CHECKING:  # the strip is made at start-up, hidden; its words load with the first reminder
    from parapp.core.reminders import Reminders

OVERDUE_LINK, WEEK_LINK, REPORT_LINK = "overdue", "week", "report"


class ReminderBanner(QFrame):
    link = Signal(str)      # OVERDUE_LINK, WEEK_LINK or REPORT_LINK:<index into the reports>
    letter = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        fill_background(self, "#fde4e1")  # a palette, not a stylesheet: the strip is made before the first page
        self.text = QLabel()
        set_text_colour(self.text, "#5c130c")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.linkActivated.connect(self.link.emit)
        self.letter_btn = viewing(QPushButton())
        self.letter_btn.clicked.connect(self.letter.emit)
        self.close_btn = viewing(QPushButton())
        self.close_btn.clicked.connect(self.hide)
        self.shown: Reminders | None = None
        self.retranslate()
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.letter_btn)
        row.addWidget(self.close_btn)
        self.hide()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        from PySide6.QtGui import QColor, QPainter

        painter = QPainter(self)
        painter.setPen(QColor("#e0a8a0"))  # the line under the strip
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def retranslate(self) -> None:
        """The interface's language changed: the buttons, and what the strip says, in the new one."""
        self.letter_btn.setText(tr("Soạn công văn đôn đốc…"))
        self.close_btn.setText(tr("Ẩn"))
        self.close_btn.setToolTip(tr("Ẩn lời nhắc đến ngày mai (xem lại: Nhiệm vụ → Nhắc việc hôm nay)"))
        if self.shown is not None and self.isVisible():
            self.show_reminders(self.shown)

    def show_reminders(self, rem: Reminders) -> None:
        import html  # here, not on the way to the first page

        from parapp.ui.chasing.words import overdue_words, report_words, week_words

        def a(href: str, text: str) -> str:
            return f'<a href="{href}" style="color: #8a1c12;">{html.escape(text)}</a>'

        parts = []
        if rem.overdue:
            parts.append(a(OVERDUE_LINK, overdue_words(rem)))
        if rem.due_soon:
            parts.append(a(WEEK_LINK, week_words(rem)))
        for i, r in enumerate(rem.reports_late + rem.reports_due):
            parts.append(a(f"{REPORT_LINK}:{i}", report_words(r, rem.today)))
        self.shown = rem
        head = html.escape(tr("Nhắc việc:"))
        self.text.setText(f"<b>{head}</b> " + " &nbsp;·&nbsp; ".join(parts))
        self.letter_btn.setVisible(bool(rem.overdue or rem.due_soon))
        self.show()

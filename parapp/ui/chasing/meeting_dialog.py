"""Danh sách việc cho giao ban… (officials page): one printed page per office, or per person,
of what it leads that is open, late or falling due, for the Monday meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QRadioButton, QSpinBox, QVBoxLayout,
)

from parapp.core.meeting_lists import DUE_SOON, OVERDUE
from parapp.core.reminders import BY_OFFICE, BY_PERSON, REMIND_DAYS
from parapp.services.chasing import LEFT, meeting_document_for, meeting_groups
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import fmt_number, show_error, tr

NAME_ROLE = Qt.ItemDataRole.UserRole


class MeetingListsDialog(QDialog):
    def __init__(self, db, today: dt.date, parent=None, by: str = BY_OFFICE):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.setWindowTitle(tr("Danh sách việc cho cuộc họp giao ban"))
        intro = QLabel(tr("Mỗi đơn vị (hoặc mỗi người) một trang: các nhiệm vụ đang mở do mình chủ trì, việc quá "
                          "hạn trước, rồi việc sắp đến hạn, có cột ghi ý kiến tại cuộc họp."))
        intro.setWordWrap(True)
        self.by_office = QRadioButton(tr("Mỗi đơn vị một trang"))
        self.by_person = QRadioButton(tr("Mỗi người chủ trì một trang"))
        group = QButtonGroup(self)
        group.addButton(self.by_office)
        group.addButton(self.by_person)
        (self.by_person if by == BY_PERSON else self.by_office).setChecked(True)
        radios = QHBoxLayout()
        radios.addWidget(self.by_office)
        radios.addWidget(self.by_person)
        radios.addStretch()
        self.days = QSpinBox()
        self.days.setRange(0, 366)
        self.days.setValue(REMIND_DAYS)
        self.days.setSuffix(tr(" ngày tới"))
        self.groups = QListWidget()
        self.groups.setWordWrap(True)  # a long office name wraps instead of hiding its counts
        self.groups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups.setMinimumHeight(150)
        form = QFormLayout()
        form.addRow(tr("In theo"), radios)
        form.addRow(tr("Sắp đến hạn trong"), self.days)
        form.addRow(tr("In trang của"), self.groups)
        buttons = QDialogButtonBox()
        self.preview_btn = buttons.addButton(tr("Xem trước và in…"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_btn.setDefault(True)
        buttons.accepted.connect(self.preview)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.by_office.toggled.connect(self.refill)
        self.days.valueChanged.connect(self.refill)
        self.refill()
        fit_window(self, 680, 480)

    def by(self) -> str:
        return BY_PERSON if self.by_person.isChecked() else BY_OFFICE

    def refill(self) -> None:
        self.groups.clear()
        for ml in meeting_groups(self.db, self.today, self.days.value(), self.by()):
            name = ml.name or tr("(chưa giao người chủ trì)")
            if name.endswith(LEFT):  # an official who has left, in the interface's language
                name = tr("{0} (đã nghỉ)").format(name.removesuffix(LEFT))
            text = tr("{0}: {1} đang mở ({2} quá hạn, {3} sắp đến hạn)").format(
                name, fmt_number(len(ml.tasks)), fmt_number(ml.count(OVERDUE)), fmt_number(ml.count(DUE_SOON)))
            item = QListWidgetItem(text)
            item.setData(NAME_ROLE, ml.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.groups.addItem(item)
        self.preview_btn.setEnabled(self.groups.count() > 0)

    def chosen(self) -> list[str]:
        return [self.groups.item(i).data(NAME_ROLE) for i in range(self.groups.count())
                if self.groups.item(i).checkState() == Qt.CheckState.Checked]

    def preview(self) -> None:
        from parapp.docx.document_docx import write_document
        from parapp.pdf.document_pdf import render_document
        from parapp.pdf.fonts import choose
        from parapp.ui.preview.pdf_preview import PdfPreview

        names = self.chosen()
        if not names:
            show_error(self, tr("Hãy chọn ít nhất một đơn vị hoặc người."), tr("Không in được"))
            return
        def work():
            lists = [ml for ml in meeting_groups(self.db, self.today, self.days.value(), self.by())
                     if ml.name in names]
            doc = meeting_document_for(self.db, self.today, self.days.value(), self.by(), lists=lists)
            font = choose()
            return lists, doc, font, render_document(doc, font)

        done = attempt(self, work, tr("Không in được"))
        if not done:
            return
        lists, doc, font, pdf = done.value
        note = tr("{0} trang danh sách (mỗi nơi một trang) – phông chữ: {1}.").format(len(lists), font.name)
        name = f"Danh sách việc giao ban ngày {self.today:%d-%m-%Y}.pdf"
        PdfPreview(pdf, name, note, self, word=lambda: write_document(doc)).exec()

"""Soạn công văn đôn đốc…: whom the urging letter goes to, how far ahead it looks, the day to
report back and who signs; then the same preview as every document (print, PDF, Word)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QListWidgetItem,
    QSpinBox, QVBoxLayout,
)

from parapp.core.reminders import REMIND_DAYS
from parapp.core.urging_letter import default_reply_by
from parapp.services.letters import (
    LetterChoice, chased_groups, letter_docx, letter_pdf, remember_signer, resolve_signer,
)
from parapp.store.settings import load_settings
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import fmt_number, show_error, tr, warning_text

NAME_ROLE = Qt.ItemDataRole.UserRole


class LetterDialog(QDialog):
    def __init__(self, db, today: dt.date, parent=None):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.setWindowTitle(tr("Soạn công văn đôn đốc"))
        intro = QLabel(tr("Công văn đôn đốc các đơn vị có nhiệm vụ cải cách hành chính quá hạn hoặc sắp đến hạn, "
                          "theo thể thức Nghị định 30/2020. Chọn nơi nhận, xem trước rồi in, lưu PDF hoặc xuất Word "
                          "để sửa."))
        intro.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setRange(0, 366)
        self.days.setValue(REMIND_DAYS)
        self.days.setSuffix(tr(" ngày tới"))
        self.offices = QListWidget()
        self.offices.setWordWrap(True)  # a long office name wraps instead of hiding its counts
        self.offices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.offices.setMinimumHeight(120)
        self.reply_by = QDateEdit()
        self.reply_by.setCalendarPopup(True)
        self.reply_by.setDisplayFormat("dd/MM/yyyy")
        self.reply_by.setMinimumDate(QDate(today.year, today.month, today.day))
        r = default_reply_by(today)
        self.reply_by.setDate(QDate(r.year, r.month, r.day))
        self.signer = QComboBox()
        s = load_settings(db)
        self.signer.addItem(tr("Chủ tịch ký (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)"), "chairman")
        for v in s.vice_chairmen:
            self.signer.addItem(tr("{0} ký thay (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)").format(v), f"vice:{v}")
        self.signer.setCurrentIndex(max(self.signer.findData(resolve_signer(db, None)), 0))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00;")
        form = QFormLayout()
        form.addRow(tr("Việc sắp đến hạn trong"), self.days)
        form.addRow(tr("Gửi đến"), self.offices)
        form.addRow(tr("Hạn báo cáo lại"), self.reply_by)
        form.addRow(tr("Người ký"), self.signer)
        buttons = QDialogButtonBox()
        self.preview_btn = buttons.addButton(tr("Xem trước và in…"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_btn.setDefault(True)
        buttons.accepted.connect(self.preview)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.days.valueChanged.connect(self.refill)
        self.refill()
        fit_window(self, 620, 520)

    def refill(self) -> None:
        """The offices with tasks late or due within the chosen days, all ticked."""
        from parapp.core.reminders import unassigned
        from parapp.services.chasing import reminders
        from parapp.services.letters import departed

        groups, wording = chased_groups(self.db, self.today, self.days.value())
        self.offices.clear()
        for g in groups:
            text = tr("{0}: {1} quá hạn, {2} sắp đến hạn").format(
                wording.get(g.name) or g.name, fmt_number(len(g.overdue)), fmt_number(len(g.due_soon)))
            item = QListWidgetItem(text)
            item.setData(NAME_ROLE, g.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.offices.addItem(item)
        rem = reminders(self.db, self.today, self.days.value())
        loose, gone = unassigned(rem), departed(rem)
        notes = []
        if not groups:
            notes.append(tr("Không có nhiệm vụ nào quá hạn hay sắp đến hạn có người chủ trì: chưa cần công văn "
                            "đôn đốc."))
        if loose:
            notes.append(tr("{0} nhiệm vụ quá hạn hoặc sắp đến hạn chưa giao cho ai chủ trì nên không có trong công "
                            "văn; hãy giao người chủ trì ở trang Nhiệm vụ.").format(fmt_number(len(loose))))
        if gone:  # left out of the offices above (round 21C)
            notes.append(tr("{0} nhiệm vụ quá hạn hoặc sắp đến hạn do người đã nghỉ chủ trì ({1}) nên không có trong "
                            "công văn; hãy giao lại cho người đang công tác ở trang Nhiệm vụ.").format(
                fmt_number(len(gone)), ", ".join(dict.fromkeys(t.lead for t in gone))))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self.preview_btn.setEnabled(bool(groups))

    def chosen_offices(self) -> list[str]:
        return [self.offices.item(i).data(NAME_ROLE) for i in range(self.offices.count())
                if self.offices.item(i).checkState() == Qt.CheckState.Checked]

    def choice(self) -> LetterChoice:
        return LetterChoice(offices=self.chosen_offices(), days=self.days.value(),
                            reply_by=self.reply_by.date().toPython(), signer=self.signer.currentData())

    def preview(self) -> None:
        from parapp.ui.preview.pdf_preview import PdfPreview

        choice = self.choice()
        if not choice.offices:
            show_error(self, tr("Hãy chọn ít nhất một nơi nhận."), tr("Chưa soạn được"))
            return
        done = attempt(self, lambda: letter_pdf(self.db, self.today, choice), tr("Chưa soạn được"))
        if not done:
            return
        printed = done.value
        if not self.db.readonly:
            remember_signer(self.db, choice.signer or "chairman")  # the next letter is signed the same way
        note = tr("Công văn đôn đốc – phông chữ: {0}. Số và ngày văn bản để trống cho văn thư điền.").format(
            printed.font)
        for w in printed.warnings:
            note += " " + warning_text(w)
        name = f"Công văn đôn đốc CCHC ngày {self.today:%d-%m-%Y}.pdf"
        db, today = self.db, self.today
        PdfPreview(printed.pdf, name, note, self, word=lambda: letter_docx(db, today, choice).docx).exec()

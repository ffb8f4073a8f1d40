"""Đánh dấu hoàn thành: a short form, because a done task is what the report cites.

The day it was finished (today unless changed), what it achieved, the
documents it produced (kind, number, date, summary: the report quotes them),
the evidence files the PAR INDEX assessors ask for, and, when it was
finished after its deadline, why: the report names late tasks and their
reasons, so that reason is required.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from parapp.core.validation import is_late
from parapp.store.report_inputs import list_outputs
from parapp.store.carrying import carried_from, plan_year
from parapp.store.tasks import get_task
from parapp.ui.widgets import file_dialogs
from parapp.ui.widgets.doc_list import DocListWidget
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import fmt_date, name_buttons, tr
from parapp.ui.widgets.unsaved_edits import AsksBeforeDropping


class MarkDoneDialog(AsksBeforeDropping, QDialog):
    """Esc or Hủy with something typed or chosen asks first (round 21A: a result typed in full was lost to
    one stray Esc, without a word)."""

    def __init__(self, db, task_id: int, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.db = db
        self.task_id = task_id
        self.today = today or dt.date.today()
        self.task = get_task(db, task_id)
        self.files: list[Path] = []
        self.setWindowTitle(tr("Đánh dấu hoàn thành"))

        content = self.task.content[:400]  # a task with no STT is named without a number (its id is none)
        what = QLabel(tr("Nhiệm vụ {0}: {1}").format(self.task.stt, content) if self.task.stt
                      else tr("Nhiệm vụ: {0}").format(content))
        came = carried_from(db, task_id)
        year = plan_year(db, get_task(db, came).plan_id) if came is not None else None
        if year is not None:  # the register sends a carried task's result here (register_page.mark_done)
            what.setText(what.text() + "\n" + tr("(Chuyển từ kế hoạch năm {0})").format(year))
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        self.what = what
        due = self.task.due_date
        self.completed_on = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.completed_on.setCalendarPopup(True)
        self.completed_on.setDisplayFormat("dd/MM/yyyy")
        # No maximum: Qt checks each section as it is typed against it, so on 06/12 a day 07–31 typed day first spilled
        # into the month ("20112026" became 02/01/2026, a fresh-eyes walk, round 41). A day after today is refused on
        # saving, said, the field focused.
        self.due_hint = QLabel(tr("Hạn hoàn thành: {0}").format(fmt_date(due)) if due else tr("Nhiệm vụ chưa có hạn."))
        self.result_text = QPlainTextEdit(self.task.result)
        self.result_text.setTabChangesFocus(True)
        self.result_text.setPlaceholderText(tr("Điều nhiệm vụ đạt được, như báo cáo sẽ nêu: ví dụ “Đã ban hành "
                                               "Kế hoạch tuyên truyền CCHC năm 2026”"))
        self.result_text.setMinimumHeight(54)
        self.result_text.setMaximumHeight(80)
        self.outputs = DocListWidget(self, height=70)
        self.outputs.view.setMaximumHeight(110)
        self.outputs.set_rows([("", d) for d in list_outputs(db, task_id)])
        self.files_list = QListWidget()
        self.files_list.setMaximumHeight(60)
        add_file = QPushButton(tr("Thêm tệp kiểm chứng…"))
        add_file.clicked.connect(lambda: self.add_file())
        files_box = QWidget()
        fl = QVBoxLayout(files_box)
        fl.setContentsMargins(0, 0, 0, 0)
        from parapp.store.evidence import list_evidence

        held = [e.original_name for e in list_evidence(db, task_id)]
        # What the task already holds, said: a fresh-eyes walk (round 43) saw this list empty on a task with two
        # evidence files and attached them again.
        self.held = QLabel(tr("Đã đính kèm: {0}").format("; ".join(held)) if held else "")
        self.held.setWordWrap(True)
        self.held.setVisible(bool(held))
        fl.addWidget(self.held)
        fl.addWidget(self.files_list)
        self.drop_file_btn = QPushButton(tr("Bỏ tệp đã chọn"))  # a file chosen by mistake (a fresh-eyes walk)
        self.drop_file_btn.clicked.connect(self.drop_file)
        self.drop_file_btn.setEnabled(False)
        self.files_list.currentRowChanged.connect(lambda i: self.drop_file_btn.setEnabled(i >= 0))
        row = QHBoxLayout()
        row.addWidget(add_file)
        row.addWidget(self.drop_file_btn)
        row.addStretch()
        fl.addLayout(row)
        self.delay_label = QLabel(tr("Lý do chậm"))
        self.delay_reason = QPlainTextEdit(self.task.delay_reason)
        self.delay_reason.setTabChangesFocus(True)
        self.delay_reason.setMaximumHeight(54)

        form_box = QWidget()
        box = QVBoxLayout(form_box)
        form = QFormLayout()
        box.addLayout(form)
        box.addStretch(1)
        form.addRow(what)
        form.addRow(tr("Ngày hoàn thành *"), self.completed_on)
        form.addRow("", self.due_hint)
        # Right under the date: whether a reason is needed follows from it.
        form.addRow(self.delay_label, self.delay_reason)
        form.addRow(tr("Kết quả đạt được"), self.result_text)
        form.addRow(tr("Văn bản đã ban hành"), self.outputs)
        form.addRow(tr("Tài liệu kiểm chứng"), files_box)
        scroll = QScrollArea()  # a small screen at 125 %: the form scrolls, the buttons stay
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Ghi nhận hoàn thành"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.completed_on.dateChanged.connect(self._update_delay)
        self._update_delay()
        fit_window(self, 660, 560)

    def unsaved_extra(self) -> tuple:
        """What the fields do not hold: the documents listed and the evidence files chosen."""
        return tuple(self.outputs.documents()), tuple(self.files)

    def completed_date(self) -> dt.date:
        return self.completed_on.date().toPython()

    def late(self) -> bool:
        return is_late(self.task.due_date, self.completed_date())

    def _update_delay(self) -> None:
        late = self.late()
        due = self.task.due_date
        if late:
            days = (self.completed_date() - due).days
            self.delay_label.setText(tr("Lý do chậm *"))
            self.delay_label.setToolTip(tr("Hoàn thành sau hạn {0} ngày: báo cáo nêu lý do này.").format(days))
            self.delay_label.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.delay_reason.setPlaceholderText(tr("Bắt buộc: hoàn thành sau hạn {0} ngày. Vì sao chậm?").format(days))
        else:
            self.delay_label.setText(tr("Lý do chậm"))
            self.delay_label.setToolTip("")
            self.delay_label.setStyleSheet("")
            self.delay_reason.setPlaceholderText(tr("Không cần: hoàn thành đúng hạn."))

    def add_file(self, path: str | None = None) -> None:
        if not path:
            path = file_dialogs.ask_open(self, tr("Chọn tài liệu kiểm chứng"), purpose=file_dialogs.EVIDENCE)
        if path:
            self.files.append(Path(path))
            self.files_list.addItem(Path(path).name)

    def drop_file(self) -> None:
        i = self.files_list.currentRow()
        if 0 <= i < len(self.files):
            del self.files[i]
            self.files_list.takeItem(i)

    def save(self) -> None:
        from parapp.services.task_completion import complete_task

        def focus(exc) -> None:
            if exc.field == "delay_reason":
                self.delay_reason.setFocus()
            elif exc.field == "completed_on":
                self.completed_on.setFocus()

        if attempt(self, lambda: complete_task(
                self.db, self.task_id, completed_on=self.completed_date(), result=self.result_text.toPlainText(),
                outputs=self.outputs.documents(), delay_reason=self.delay_reason.toPlainText(), evidence=self.files,
                data_dir=self.db.data_dir, today=self.today), failed=focus):
            self.accept()

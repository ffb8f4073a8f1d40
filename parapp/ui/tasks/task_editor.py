"""Create or edit one task: its text, who leads, its deadline, its status and
progress notes. Nothing is written until "Lưu"; a refused save keeps every
field as typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget,
)

from parapp.core.dates import parse_user_date
from parapp.core.deadline_text import parse_deadline
from parapp.core.status import Recurrence, Status
from parapp.store import carrying, officials, plans, tasks
from parapp.store.catalogues import catalogue_code_for_year, list_areas
from parapp.ui.tasks.evidence_box import EvidenceBox
from parapp.ui.tasks.lead_offices import offer_offices, spelled
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.doc_list import DocListWidget
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import field_date, fmt_date, recurrence_label, save_cancel, status_label, tr
from parapp.ui.widgets.unsaved_edits import AsksBeforeDropping

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace



def _text_box(height: int = 60) -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setTabChangesFocus(True)
    w.setMinimumHeight(height)
    return w


class TaskDialog(AsksBeforeDropping, QDialog):
    def __init__(self, db: Workspace, task_id: int | None = None, parent=None,
                 today: dt.date | None = None, plan_id: int | None = None):
        super().__init__(parent)
        self.db = db
        self.task_id = task_id
        self.today = today or dt.date.today()
        self.setWindowTitle(tr("Sửa nhiệm vụ") if task_id else tr("Thêm nhiệm vụ"))
        fit_window(self, 760, 640)
        self._build()
        self._fill_choices()
        if task_id is not None:
            self._load(tasks.get_task(db, task_id))
        elif plan_id is not None:
            self._select(self.plan, plan_id)
        self._update_deadline_hint()
        self.content.setFocus()  # Ctrl+N, then typing: the words are the task's (round 21A: they went to the tab bar)

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget()
        main, details, progress, outcome, history = QWidget(), QWidget(), QWidget(), QWidget(), QWidget()
        self.tabs.addTab(main, tr("Nhiệm vụ"))
        self.tabs.addTab(details, tr("Chi tiết"))
        self.tabs.addTab(progress, tr("Tiến độ"))
        self.tabs.addTab(outcome, tr("Kết quả"))
        self.tabs.addTab(history, tr("Lịch sử"))

        f = QFormLayout(main)
        self.plan = QComboBox()
        self.stt = QLineEdit()
        self.stt.setMaximumWidth(120)
        self.content = _text_box(90)
        self.area = QComboBox()
        self.par_code = QLineEdit()
        self.par_code.setPlaceholderText(tr("ví dụ 2.2.1"))
        self.par_code.setMaximumWidth(160)
        self.lead = QComboBox()
        self.lead_text = QLineEdit()
        self.lead_text.setPlaceholderText(tr("đơn vị hoặc chức danh như ghi trong kế hoạch"))
        self.coordinators = QLineEdit()
        self.deadline_text = QLineEdit()
        self.deadline_text.setPlaceholderText(tr("như ghi trong kế hoạch: Quý I/2024, Trước ngày 01/6/2024, Hàng năm…"))
        self.deadline_hint = QLabel()
        self.deadline_hint.setWordWrap(True)
        self.due_date = QLineEdit()
        self.due_date.setPlaceholderText(tr("ngày/tháng/năm – để trống để tính từ thời hạn"))
        self.due_date.setMaximumWidth(320)
        f.addRow(tr("Kế hoạch"), self.plan)
        f.addRow(tr("STT"), self.stt)
        f.addRow(tr("Nội dung *"), self.content)
        f.addRow(tr("Lĩnh vực"), self.area)
        f.addRow(tr("Mã tiêu chí (TCTP)"), self.par_code)
        f.addRow(tr("Người chủ trì"), self.lead)
        f.addRow(tr("Chủ trì (theo văn bản)"), self.lead_text)
        f.addRow(tr("Phối hợp"), self.coordinators)
        f.addRow(tr("Thời gian thực hiện"), self.deadline_text)
        f.addRow("", self.deadline_hint)
        f.addRow(tr("Hạn hoàn thành"), self.due_date)

        g = QFormLayout(details)
        self.product, self.cause, self.remedy = _text_box(), _text_box(), _text_box()
        self.budget, self.note = QLineEdit(), _text_box()
        self.recurrence = QComboBox()
        for r in Recurrence:
            self.recurrence.addItem(recurrence_label(r.value), r.value)
        g.addRow(tr("Sản phẩm"), self.product)
        g.addRow(tr("Nguyên nhân"), self.cause)
        g.addRow(tr("Giải pháp"), self.remedy)
        g.addRow(tr("Kinh phí"), self.budget)
        g.addRow(tr("Lặp lại"), self.recurrence)
        g.addRow(tr("Ghi chú"), self.note)

        p = QFormLayout(progress)
        self.status = QComboBox()
        for s in Status:
            self.status.addItem(status_label(s.value), s.value)
        self.completed_on = QLineEdit()
        self.completed_on.setPlaceholderText(tr("ngày/tháng/năm – mặc định hôm nay"))
        self.completed_on.setMaximumWidth(320)
        self.delay_reason = QLineEdit()
        self.dropped_reason = QLineEdit()
        self.notes_view = QPlainTextEdit()
        self.notes_view.setReadOnly(True)
        self.new_note = _text_box(50)
        self.new_note.setPlaceholderText(tr("Việc đã làm, kết quả, văn bản kiểm chứng…"))
        self.new_note_date = QLineEdit(field_date(self.today))
        self.new_note_date.setMaximumWidth(160)
        p.addRow(tr("Trạng thái"), self.status)
        p.addRow(tr("Ngày hoàn thành"), self.completed_on)
        p.addRow(tr("Lý do chậm"), self.delay_reason)
        p.addRow(tr("Lý do dừng"), self.dropped_reason)
        p.addRow(tr("Các lần cập nhật"), self.notes_view)
        p.addRow(tr("Ghi chép mới"), self.new_note)
        p.addRow(tr("Ngày ghi"), self.new_note_date)
        self.evidence_box = EvidenceBox(self)
        box = self.evidence_box  # the names the rest of the window and the tests know
        self.evidence, self.evidence_view, self.attach_btn = box.model, box.view, box.attach_btn
        p.addRow(tr("Tài liệu kiểm chứng"), box)

        o = QFormLayout(outcome)
        self.result_text = _text_box(60)  # not "result": QDialog.result() is the dialog's outcome
        self.result_text.setPlaceholderText(tr("Điều nhiệm vụ đạt được, như báo cáo sẽ nêu: ví dụ “Đã kiểm tra 5 công "
                                               "chức, không phát hiện vi phạm”"))
        self.outputs = DocListWidget(self)
        self.support_request = _text_box(50)
        self.support_request.setPlaceholderText(tr("Nếu nhiệm vụ chậm cần cấp trên hỗ trợ: câu kiến nghị sẽ in ở mục V "
                                                   "của báo cáo, ví dụ “Đề nghị Sở Nội vụ hướng dẫn …”"))
        o.addRow(tr("Kết quả đạt được"), self.result_text)
        o.addRow(tr("Văn bản đã ban hành"), self.outputs)
        o.addRow(tr("Kiến nghị cấp trên"), self.support_request)

        self.history_view = QPlainTextEdit()
        self.history_view.setReadOnly(True)
        QVBoxLayout(history).addWidget(self.history_view)

        buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        self.carried = QLabel()  # said for a task carried into next year's plan (_load)
        self.carried.setWordWrap(True)
        self.carried.setStyleSheet("background: #fff4ce; padding: 6px;")
        self.carried.hide()
        layout.addWidget(self.carried)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

        self.deadline_text.textChanged.connect(self._update_deadline_hint)
        self.due_date.textChanged.connect(self._update_deadline_hint)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _fill_choices(self) -> None:
        self._plans = plans.list_plans(self.db)
        self.plan.addItem(tr("(không thuộc kế hoạch)"), None)
        for p in self._plans:
            self.plan.addItem(p.label, p.id)
        self.lead.addItem(tr("(chưa giao)"), None)
        for o in officials.list_officials(self.db, include_inactive=False):
            self.lead.addItem(o.label, o.id)
        self._offices = offer_offices(self.db, self.lead_text)
        self._fill_areas()

    def _plan_year(self) -> int:
        pid = self.plan.currentData()
        p = next((p for p in self._plans if p.id == pid), None)
        return p.year if p else self.today.year

    def _fill_areas(self, keep: int | None = None) -> None:
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(tr("(theo mã tiêu chí)"), None)
        for a in list_areas(self.db, catalogue_code_for_year(self._plan_year())):
            self.area.addItem(f"{a.code}. {a.name}", a.id)
        self.area.blockSignals(False)
        if keep is not None:
            self._select(self.area, keep, add_missing=True)

    def _plan_changed(self) -> None:
        self._fill_areas(self.area.currentData())
        self._update_deadline_hint()

    def _status_changed(self) -> None:
        s = self.status.currentData()
        self.completed_on.setEnabled(s == Status.DONE.value)
        self.dropped_reason.setEnabled(s == Status.DROPPED.value)

    def _update_deadline_hint(self) -> None:
        if self.due_date.text().strip():
            self.deadline_hint.setText(tr("Dùng hạn hoàn thành đã nhập bên dưới."))
            return
        text = self.deadline_text.text().strip()
        if not text:
            self.deadline_hint.setText(tr("Chưa có thời hạn."))
            return
        d = parse_deadline(text, self._plan_year())
        if d.due:
            self.deadline_hint.setText(tr("→ Hạn hoàn thành: {0}").format(fmt_date(d.due)))
        else:
            self.deadline_hint.setText(tr("Không đọc được ngày từ thời hạn này; nhiệm vụ sẽ chưa có hạn. Hãy nhập hạn "
                                          "hoàn thành nếu biết."))

    @staticmethod
    def _select(combo: QComboBox, value, add_missing: bool = False) -> None:
        i = combo.findData(value)
        if i < 0 and add_missing and value is not None:
            return
        combo.setCurrentIndex(max(i, 0))

    # -- load and save -------------------------------------------------------
    def _load(self, t: dict) -> None:
        self._select(self.plan, t.plan_id)
        self._fill_areas(t.area_id)
        self.stt.setText(t.stt)
        self.content.setPlainText(t.content)
        self.par_code.setText(t.par_code)
        if t.lead_official_id is not None and self.lead.findData(t.lead_official_id) < 0:
            o = officials.get_official(self.db, t.lead_official_id)  # left the commune: still shown
            self.lead.addItem(tr("{0} (đã nghỉ)").format(o.label), o.id)
        self._select(self.lead, t.lead_official_id)
        self.lead_text.setText(t.lead_text)
        self.coordinators.setText(t.coordinators)
        self.deadline_text.setText(t.deadline_text)
        derived = parse_deadline(t.deadline_text, self._plan_year()).due
        if t.due_date != derived:
            self.due_date.setText(field_date(t.due_date))
        for key in ("product", "cause", "remedy", "note", "support_request"):
            getattr(self, key).setPlainText(getattr(t, key))
        self.result_text.setPlainText(t.result)
        from parapp.store.report_inputs import list_outputs

        self.outputs.set_rows([("", d) for d in list_outputs(self.db, self.task_id)])
        self.budget.setText(t.budget)
        self._select(self.recurrence, t.recurrence)
        self._select(self.status, t.status)
        self.completed_on.setText(field_date(t.completed_on))
        self.delay_reason.setText(t.delay_reason)
        self.dropped_reason.setText(t.dropped_reason)
        notes = tasks.list_notes(self.db, self.task_id)
        self.notes_view.setPlainText("\n\n".join(f"{fmt_date(n['note_date'])}: {n['text']}" for n in notes)
                                     or tr("Chưa có ghi chép tiến độ."))
        hist = tasks.assignment_history(self.db, self.task_id)
        from parapp.ui.change_log.change_log_page import task_history_text

        self.history_view.setPlainText(
            tr("Người chủ trì qua các thời kỳ:") + "\n" + ("\n".join(
                tr("Từ {0}: {1}").format(fmt_date(h["since"]), h["lead"]) for h in hist) or tr("Chưa giao cho ai."))
            + "\n\n" + tr("Lịch sử thay đổi:") + "\n" + task_history_text(self.db, self.task_id))
        self._load_evidence()
        if t.carried_to is not None:  # its result belongs to the successor (store.tasks refuses done here)
            # None when a failing disk left the link pointing nowhere: not "Không tìm thấy nhiệm vụ số 1058" (41A)
            successor = carrying.successor_of(self.db, self.task_id)
            plan_id = tasks.get_task(self.db, successor).plan_id if successor is not None else None
            where = plans.get_plan(self.db, plan_id).label if plan_id is not None else tr("năm sau")
            said = tr("Việc này đã chuyển sang “{0}”: tiến độ, hoàn thành hoặc dừng thực hiện ghi ở nhiệm vụ cùng nội "
                      "dung trong kế hoạch đó (nút “Đánh dấu hoàn thành” ở sổ nhiệm vụ mở phiếu của nhiệm vụ đó).")
            self.carried.setText(said.format(where))
            self.carried.show()
            self.status.setEnabled(False)  # not offered, rather than refused at "Lưu" after the rest was typed
            self.status.setToolTip(self.carried.text())

    def _load_evidence(self) -> None:
        self.evidence_box.load()

    def attach_evidence(self, path: str | None = None) -> None:
        self.evidence_box.attach(path)

    def open_evidence(self) -> None:
        self.evidence_box.open()

    def values(self) -> dict:
        """What the form holds, as the store expects it (not yet validated)."""
        data = {
            "plan_id": self.plan.currentData(),
            "stt": self.stt.text(),
            "content": self.content.toPlainText(),
            "area_id": self.area.currentData(),
            "par_code": self.par_code.text(),
            "lead_official_id": self.lead.currentData(),
            "lead_text": spelled(self.db, self.lead_text.text(), self._offices),
            "coordinators": self.coordinators.text(),
            "deadline_text": self.deadline_text.text(),
            "product": self.product.toPlainText(),
            "cause": self.cause.toPlainText(),
            "remedy": self.remedy.toPlainText(),
            "budget": self.budget.text(),
            "note": self.note.toPlainText(),
            "recurrence": self.recurrence.currentData(),
            "status": self.status.currentData(),
            "delay_reason": self.delay_reason.text(),
            "dropped_reason": self.dropped_reason.text(),
            "result": self.result_text.toPlainText(),
            "support_request": self.support_request.toPlainText(),
        }
        # Empty: the store works the date out from the deadline as written (one rule, in one place).
        data["due_date"] = self.due_date.text().strip() or None
        if data["status"] == Status.DONE.value and self.completed_on.text().strip():
            data["completed_on"] = self.completed_on.text()
        return data

    def unsaved_extra(self) -> str:
        # The output documents are edited in a list, not in fields; the evidence list is saved at once.
        return repr(self.outputs.documents())

    def save(self) -> None:
        def work():
            note_date = parse_user_date(self.new_note_date.text(), "note_date") or self.today
            self.task_id = tasks.save_task(self.db, self.task_id, self.values(), note=self.new_note.toPlainText(),
                                           note_date=note_date, today=self.today,
                                           outputs=self.outputs.documents())

        if not attempt(self, work, failed=lambda exc: self._focus_field(exc.field)):
            return
        self.accept()

    def _focus_field(self, field: str | None) -> None:
        # Fields whose widget has another name: "result" is QDialog.result(), and a too long "Kết quả đạt
        # được" ended in a TypeError here instead of its message (round 11).
        name = {"result": "result_text", "note_date": "new_note_date"}.get(field or "", field)
        widget = getattr(self, name, None) if name else None
        if not isinstance(widget, QWidget):
            return
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

"""The year's reporting periods, each with its report's state, and the actions on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from parapp.services import delivery
from parapp.services.reporting import finalize_report
from parapp.core.dates import parse_user_date
from parapp.core.messages import N_
from parapp.core.periods import KIND_LABELS, PeriodKind
from parapp.store import report_records as reports  # the store's name; the window's follows with #22's ui part
from parapp.store.periods import year_periods
from parapp.store.report_schedule import before_parapp, first_use
from parapp.ui.reports.report_delivery import (
    ask_number, attach_signed_copy, awaiting_text, number_text, open_signed_copy, state_text,
)
from parapp.ui.reports.report_editor import ReportEditor
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.rows_model import Column, RowsTableModel
from parapp.ui.reports.report_outputs import figures_settled, preview_period_pdf
from parapp.ui.reports.schedule_dialog import ScheduleDialog
from parapp.ui.widgets.read_only import disable_editing
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.unsaved_edits import AsksBeforeDropping
from parapp.ui.widgets.texts import (
    VIEWING, ask_yes_no, field_date, fmt_date, name_buttons, show_error, tr, trc, viewing,
)

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace


CHANNELS = [N_("reports", "Hệ thống quản lý văn bản và điều hành"), N_("reports",
                                                                       "Hệ thống thông tin báo cáo của tỉnh"),
            N_("reports", "Thư điện tử công vụ"), N_("reports", "Gửi bản giấy qua bưu điện"),
            N_("reports", "Gửi trực tiếp")]


class SentDialog(AsksBeforeDropping, QDialog):
    """Esc with a number or a channel typed asks first (round 21A). `record` stores what the form says: a refusal
    (a day still ahead, before the report was finalised, not a document number) is said with the form still open,
    what was typed kept (round 22A: the form had closed first, and a refused number was typed again from nothing)."""

    def __init__(self, parent=None, today: dt.date | None = None, number: str = "", record=None):
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(tr("Đánh dấu đã gửi"))
        fit_window(self)
        self.sent_on = QLineEdit(field_date(today or dt.date.today()))
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.addItems([trc("reports", c) for c in CHANNELS])
        self.number = QLineEdit(number)  # the number printed on it, where the office numbered it
        self.number.setPlaceholderText(tr("ví dụ: 15/BC-UBND"))
        form = QFormLayout(self)
        form.addRow(tr("Ngày gửi"), self.sent_on)
        form.addRow(tr("Gửi qua"), self.channel)
        form.addRow(tr("Số văn bản"), self.number)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.date: dt.date | None = None

    def _check(self) -> None:
        done = attempt(self, lambda: parse_user_date(self.sent_on.text(), "sent_on"))
        if not done:
            return
        self.date = done.value
        if self.date is None:
            show_error(self, tr("Hãy nhập ngày gửi."))
            return
        if self.record is not None and not attempt(
                self, lambda: self.record(self.date, self.number.text(), self.channel.currentText())):
            return
        self.accept()

    def save(self) -> None:  # "Lưu" on the question asked before dropping what was typed
        self._check()


class ReportsPage(QWidget):
    changed = Signal()

    def __init__(self, db: Workspace, today: dt.date, parent=None):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.started = today  # when the commune began using ParApp (the change log's first entry)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setPrefix(tr("Năm "))
        self.model = RowsTableModel([
            Column(tr("Kỳ báo cáo"), lambda s: QCoreApplication.translate("periods", KIND_LABELS[s.period.kind])),
            Column(tr("Số liệu từ"), lambda s: fmt_date(s.period.window_start), align_center=True),
            Column(tr("Số liệu đến"), lambda s: fmt_date(s.period.window_end), align_center=True),
            Column(tr("Hạn gửi"), lambda s: fmt_date(s.period.deadline), align_center=True),
            Column(tr("Tình trạng"), state_text),
            Column(tr("Đúng hạn?"), self._timeliness),
            Column(tr("Số văn bản"), number_text),
        ], parent=self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # a list: Tab leaves it for its buttons (round 21A)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _: self.open_draft())  # Enter or a double click
        self.open_btn = QPushButton(tr("Mở / soạn báo cáo"))
        self.final_btn = QPushButton(tr("Chốt báo cáo…"))
        self.sent_btn = QPushButton(tr("Đánh dấu đã gửi…"))
        self.copy_btn = QPushButton(tr("Tạo bản nháp mới từ bản đã chốt"))
        self.signed_btn = QPushButton(tr("Gắn bản đã ký…"))
        self.signed_btn.setToolTip(tr("PDF đã ký số (kiểm tra khớp từng byte với báo cáo đã chốt), hoặc bản giấy đã "
                                      "ký tay, đóng dấu rồi quét"))
        self.signed_btn.clicked.connect(self.attach_signed)
        self.open_signed_btn = viewing(QPushButton(tr("Mở bản đã ký")))
        self.open_signed_btn.clicked.connect(self.open_signed)
        self.print_btn = viewing(QPushButton(tr("Xem và in…")))
        self.print_btn.clicked.connect(self.print_current)
        schedule_btn = QPushButton(tr("Lịch báo cáo…"))
        self.open_btn.clicked.connect(self.open_draft)
        self.final_btn.clicked.connect(self.finalize)
        self.sent_btn.clicked.connect(self.mark_sent)
        self.copy_btn.clicked.connect(self.copy_final)
        schedule_btn.clicked.connect(self.edit_schedule)
        self.year.valueChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        # What the records clerk still has to send, of any year, at the top of the page.
        self.awaiting = QLabel()
        self.awaiting.setWordWrap(True)
        self.awaiting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.awaiting.setStyleSheet("QLabel { background: #fff8e1; border: 1px solid #e0c068; padding: 6px; }")
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addStretch()
        top.addWidget(schedule_btn)
        bar = QHBoxLayout()
        for b in (self.open_btn, self.print_btn, self.final_btn, self.signed_btn, self.open_signed_btn, self.sent_btn):
            bar.addWidget(b)
        bar.addStretch()
        bar2 = QHBoxLayout()
        bar2.addWidget(self.copy_btn)
        bar2.addStretch()
        hint = QLabel(tr("Bản nháp được soạn tự động từ sổ nhiệm vụ; chỉ cần sửa câu chữ rồi chốt."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.awaiting)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        layout.addLayout(bar2)
        layout.addWidget(hint)
        self.reload()

    def _timeliness(self, s: reports.PeriodStatus) -> str:
        if s.state == reports.STATE_SENT:
            return tr("Gửi trễ hạn") if s.late else tr("Đúng hạn")
        if s.answered_by is not None:  # quý III or 9 tháng: the other one was made instead (store.report_records)
            return tr("Không cần: đã có báo cáo “{0}”").format(trc("periods", KIND_LABELS[PeriodKind(s.answered_by)]))
        if before_parapp(s, self.started):
            return tr("Trước khi dùng ParApp")  # sent some other way: not "overdue by 257 days"
        if s.drafts == 0 and s.report is None and self.today < s.period.window_start:
            return tr("Chưa đến kỳ (từ {0})").format(fmt_date(s.period.window_start))
        days = (s.period.deadline - self.today).days
        if days < 0:
            return tr("Chưa gửi, quá hạn {0} ngày").format(-days)
        return tr("Còn {0} ngày").format(days)

    def reload(self) -> None:
        keep = self.table.currentIndex().row()
        self.started = first_use(self.db, self.today)
        periods = year_periods(self.db, self.year.value())
        self.model.set_rows(reports.period_statuses(self.db, periods, self.today))
        self.awaiting.setText(awaiting_text(delivery.awaiting(self.db, self.today), self.today))
        if self.model.rowCount():
            self.table.selectRow(max(0, min(keep, self.model.rowCount() - 1)))
        self.update_buttons()

    def update_buttons(self, *_args) -> None:
        """Each button on only where it can do something for the chosen period: "Đánh dấu đã gửi…"
        once a report is finalised, "Chốt báo cáo…" while there is a draft, and so on."""
        st = self.current()
        final = st is not None and st.report is not None
        can = {self.open_btn: st is not None, self.print_btn: st is not None,
               self.final_btn: st is not None and st.drafts > 0,
               self.sent_btn: final and st.state != reports.STATE_SENT,
               self.copy_btn: final, self.signed_btn: final,
               self.open_signed_btn: st is not None and st.signed is not None}
        readonly = getattr(self, "readonly", False)
        for b, on in can.items():
            b.setEnabled(on and (not readonly or bool(b.property(VIEWING))))

    def select_period(self, period) -> None:
        """Show the period's year with the period selected (a reminder pointed at it)."""
        self.year.setValue(period.year)  # reloads when it changes
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).period.kind == period.kind:
                self.table.selectRow(row)
                return

    def current(self) -> reports.PeriodStatus | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def waiting_stored(self) -> bool:
        """What the other pages hold typed and waiting for room (a figure on a full disk, round 39B) is stored before a
        report is drafted, frozen or printed from the stored data: round 43B, the year's report was drafted with the
        stored 112 while 116 waited, shown as up to date and frozen so, the 116 stored at the close. False when one
        was refused (said); a storage error is raised (said by the window's handler), nothing drafted."""
        pages = getattr(self.window(), "built_pages", dict)()
        # A report's own (an explanation typed on Chỉ số CCHC is in none: round 45B, the words had to be dropped)
        keeps = [getattr(page, "keep_for_report", None) or getattr(page, "keep_for_output", None) or page.keep_typed
                 for page in pages.values() if page is not self and hasattr(page, "keep_typed")]
        return all(keep() for keep in keeps)

    def open_draft(self) -> None:
        st = self.current()
        if st is None:
            return
        rec = reports.latest(self.db, st.period.kind.value, st.period.year, state="draft")
        if (rec is not None or st.report_id is None) and not self.waiting_stored():  # a final one is only viewed
            return
        if rec is not None:
            rid = rec.id
        elif st.report_id is not None:
            rid = st.report_id  # only a finalised report: open it read-only
        else:
            start = st.period.window_start
            # Drafted before its figures begin to count, a report says "0/9 nhiệm vụ" and names the month before
            # as the quarter's (the chairman's read, closing16): drafted only when the clerk says so.
            early = tr("Kỳ báo cáo “{0}” năm {1} tính số liệu từ ngày {2}; hôm nay chưa đến kỳ nên báo cáo chưa có "
                       "kết quả gì để nêu. Vẫn lập dự thảo bây giờ?")
            if self.today < start and not ask_yes_no(self, tr("Chưa đến kỳ báo cáo"), early.format(
                    trc("periods", KIND_LABELS[st.period.kind]), st.period.year, fmt_date(start))):
                return
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:  # not stored until the clerk does something with it (ui.reports.unsaved_draft)
                fresh, _ = reports.draft_for_period(self.db, st.period, self.today)
            finally:
                QApplication.restoreOverrideCursor()
            self.open_editor(None, st.period, unsaved=fresh)
            return
        self.open_editor(rid, st.period)

    def open_editor(self, report_id: int | None, period, copied_from: reports.ReportRecord | None = None,
                    unsaved=None) -> None:
        editor = ReportEditor(self.db, report_id, period, self, self.today, copied_from=copied_from, unsaved=unsaved)
        editor.exec()
        # Gone once closed (round 22A, a crash): left a hidden child of the page, its Python side in a cycle with
        # the wrappers of its window and screen, the collector's breaking of it left Qt's screen dangling, and
        # the next dialog made ("Xem và in…") brought ParApp down.
        editor.deleteLater()
        self.reload()
        self.changed.emit()

    def finalize(self) -> None:
        if not self.waiting_stored():
            return
        st = self.current()
        if st is None:
            return
        rec = reports.latest(self.db, st.period.kind.value, st.period.year, state="draft")
        if rec is None:
            show_error(self, tr("Kỳ này chưa có bản nháp để chốt. Hãy mở và soạn báo cáo trước."))
            return
        # "Cập nhật rồi chốt": the refresh and the freezing both, or neither when the disk fills between them (round
        # 35B: the draft was rewritten and not frozen, the box saying the data was as it was), as the command line.
        with self.db.atomic():
            if not figures_settled(self, self.db, rec.id, st.period, self.today):
                return
            rec = reports.get_report(self.db, rec.id)  # its figures may just have been brought up to date
            if not ask_yes_no(self, tr("Chốt báo cáo"), finalize_question(rec)):
                return
            ok, number = ask_number(self, self.db)
            if not ok:
                return
            # The PDF is made now, and its hash kept: attempt() shows the wait cursor, and takes it down again (a
            # second one put up here stayed after every finalise, round 22A).
            if not attempt(self, lambda: finalize_report(self.db, rec.id, self.today, number)):
                return
        self.reload()
        self.changed.emit()  # the strip and the overview said "đang là bản nháp" after it (a fresh-eyes walk)

    def attach_signed(self) -> None:
        st = self.current()
        if st is not None and attach_signed_copy(self, self.db, st):
            self.reload()
            self.changed.emit()

    def open_signed(self) -> None:
        st = self.current()
        if st is not None:
            open_signed_copy(self, self.db, st)

    def mark_sent(self) -> None:
        st = self.current()
        if st is None or st.report is None:
            show_error(self, tr("Chỉ báo cáo đã chốt mới được đánh dấu đã gửi. Hãy chốt báo cáo trước."))
            return
        rec = st.report
        dlg = SentDialog(self, self.today, rec.number, record=lambda on, number, channel: delivery.record_sent(
            self.db, st.period.kind.value, st.period.year, on, self.today, number, channel))
        if dlg.exec():
            self.reload()
            self.changed.emit()

    def copy_final(self) -> None:
        if not self.waiting_stored():  # the copy's editor brings its figures up to the stored ones
            return
        st = self.current()
        rec = st and reports.latest(self.db, st.period.kind.value, st.period.year, state="final")
        if not rec:
            show_error(self, tr("Kỳ này chưa có báo cáo đã chốt."))
            return
        rid = reports.copy_to_draft(self.db, rec.id)
        self.open_editor(rid, st.period, copied_from=rec)

    def set_read_only(self) -> None:
        disable_editing(self)

    def print_shown(self, window) -> None:
        if self.current() is None:
            window.statusBar().showMessage(tr("Hãy chọn một kỳ báo cáo để in."), 8000)
        else:
            self.print_current()

    def print_current(self) -> None:
        st = self.current()
        # What is printed: the finalized report (frozen: none of the figures waiting are in it), else the draft
        if st is not None and (st.report is not None or self.waiting_stored()):
            preview_period_pdf(self, self.db, st.period, self.today)
            self.reload()

    def edit_schedule(self) -> None:
        if ScheduleDialog(self.db, self, self.today).exec():
            self.reload()
            self.changed.emit()


def finalize_question(rec) -> str:
    """What finalising asks, naming what the draft still lacks: once final, nothing changes."""
    from parapp.core.report_checks import all_gaps

    gaps = all_gaps(rec.draft)
    if not gaps:
        return tr("Chốt bản nháp “{0}”? Sau khi chốt, nội dung không sửa được nữa.").format(rec.draft.title)
    listed = "\n".join("• " + trc("report", g.template).format(*g.args) for g in gaps[:6])
    more = tr("\n… và {0} điểm khác.").format(len(gaps) - 6) if len(gaps) > 6 else ""
    return tr("Bản nháp còn {0} điểm cần xem lại:\n{1}{2}\n\nVẫn chốt báo cáo này? Sau khi chốt, nội dung không sửa "
              "được nữa.").format(len(gaps), listed, more)

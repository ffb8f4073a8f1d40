"""Plans (kế hoạch) and the dialog to record one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout

from parapp.store import plans
from parapp.store.settings import load_settings
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.rows_model import Column, RowsTableModel
from parapp.ui.widgets.rows_page import RowsPage
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import field_date, fmt_date, save_cancel, tr
from parapp.ui.widgets.unsaved_edits import AsksBeforeDropping

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace



class PlanDialog(AsksBeforeDropping, QDialog):
    def __init__(self, db: Workspace, plan_id: int | None = None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.db = db
        self.plan_id = plan_id
        today = today or dt.date.today()
        self.setWindowTitle(tr("Sửa kế hoạch") if plan_id else tr("Thêm kế hoạch"))
        fit_window(self, 600, 300)
        self.number = QLineEdit()
        self.number.setPlaceholderText(tr("ví dụ: 65/KH-UBND"))
        self.issued_on = QLineEdit()
        self.issued_on.setPlaceholderText(tr("ngày/tháng/năm"))
        self.issuer = QLineEdit(load_settings(db).commune_name)
        self.title = QPlainTextEdit()
        self.title.setTabChangesFocus(True)
        self.title.setMaximumHeight(70)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.signer = QLineEdit()
        self.is_annual = QCheckBox(tr("Kế hoạch cải cách hành chính năm của xã (báo cáo định kỳ trích dẫn ở phần mở "
                                      "đầu)"))
        form = QFormLayout()
        form.addRow(tr("Số, ký hiệu"), self.number)
        form.addRow(tr("Ngày ban hành"), self.issued_on)
        form.addRow(tr("Cơ quan ban hành"), self.issuer)
        form.addRow(tr("Trích yếu *"), self.title)
        form.addRow(tr("Năm"), self.year)
        form.addRow(tr("Người ký"), self.signer)
        form.addRow("", self.is_annual)
        if plan_id is not None:
            p = plans.get_plan(db, plan_id)
            self.number.setText(p.number)
            self.issued_on.setText(field_date(p.issued_on))
            self.issuer.setText(p.issuer)
            self.title.setPlainText(p.title)
            self.year.setValue(p.year)
            self.signer.setText(p.signer)
            self.is_annual.setChecked(p.is_annual)
        buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.is_annual.isChecked() and not self._other_annual_asked():
            return
        data = {"number": self.number.text(), "issued_on": self.issued_on.text() or None,
                "issuer": self.issuer.text(), "title": self.title.toPlainText(),
                "year": self.year.value(), "signer": self.signer.text(), "is_annual": self.is_annual.isChecked()}
        def work():
            if self.plan_id is None:
                self.plan_id = plans.add_plan(self.db, data)
            else:
                plans.update_plan(self.db, self.plan_id, data)

        if not attempt(self, work):
            return
        self.accept()


    def _other_annual_asked(self) -> bool:
        """One annual plan a year, the one the reports cite: ticking it on a second plan took it off the first
        without a word, and the reports then cited the other plan (round 22A). Asked, naming the one there."""
        year = self.year.value()
        other = next((p for p in plans.list_plans(self.db)
                      if p.is_annual and p.year == year and p.id != self.plan_id), None)
        if other is None:
            return True
        from parapp.ui.widgets.texts import ask_yes_no

        return ask_yes_no(self, self.windowTitle(), tr(
            "Kế hoạch cải cách hành chính năm {0} của xã (báo cáo định kỳ trích dẫn) đang là “{1}”. Thay bằng kế "
            "hoạch này? Không: bỏ đánh dấu ô này rồi lưu.").format(
            year, " ".join(x for x in (other.number, other.title) if x)))


class PlansPage(RowsPage):
    dialog_class = PlanDialog
    dialog_id = "plan_id"
    show_tasks = Signal(int)  # plan id

    def __init__(self, db: Workspace, parent=None):
        super().__init__(db, parent)
        model = RowsTableModel([
            Column(tr("Số, ký hiệu"), lambda p: p.number),
            Column(tr("Ngày ban hành"), lambda p: fmt_date(p.issued_on), align_center=True),
            Column(tr("Trích yếu"), lambda p: p.title),
            Column(tr("Năm"), lambda p: p.year, align_center=True),
            Column(tr("Bộ chỉ số"), lambda p: p.catalogue_code, align_center=True),
            Column(tr("Số nhiệm vụ"), lambda p: p.task_count, align_center=True),
        ], parent=self)
        self.setup(model, [(tr("Thêm kế hoạch…"), self.add), (tr("Sửa…"), self.edit),
                           (tr("Xem nhiệm vụ"), self._show_tasks, True),
                           (tr("In bảng phân công…"), self.print_plan, True)],
                   stretch_column=2, row_actions=(self.edit, self._show_tasks, self.print_plan))
        self.table.setWordWrap(True)

    def reload(self) -> None:
        self.model.set_rows(plans.list_plans(self.db))
        self.table.resizeRowsToContents()

    def print_shown(self, window) -> None:
        if self.current_row() is None:
            window.statusBar().showMessage(tr("Hãy chọn một kế hoạch để in bảng phân công."), 8000)
        else:
            self.print_plan()

    def print_plan(self) -> None:
        from parapp.services.printing import plan_pdf
        from parapp.ui.preview.pdf_preview import PdfPreview

        p = self.current_row()
        if p is None:
            return
        done = attempt(self, lambda: plan_pdf(self.db, p.id), tr("Không in được"))
        if not done:
            return
        printed = done.value
        name = f"Bảng phân công {p.number or p.title[:60] or p.id}.pdf"  # accents kept, "/" made "-"
        from parapp.services.printing import plan_docx

        PdfPreview(printed.pdf, name, tr("Phông chữ: {0}.").format(printed.font), self,
                   word=lambda: plan_docx(self.db, p.id).docx).exec()

    def _show_tasks(self) -> None:
        p = self.current_row()
        if p:
            self.show_tasks.emit(p.id)

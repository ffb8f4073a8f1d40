"""Import a plan's tasks: paste or open a file, check every row, then import.

Nothing is written until "Nhập"; the import is one transaction. Rows with a
problem are highlighted with the reason; duplicates of stored tasks are
marked and can be left out; columns can be remapped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSpinBox, QTableView,
)

from parapp.core.dates import parse_user_date
from parapp.core.importing import ImportResult, parse_file, parse_text, remap
from parapp.core.importing.columns import column_words
from parapp.core.importing.model import FIELDS
from parapp.store import plans
from parapp.services.importing import duplicates, import_rows, plans_of, repeats_in_year
from parapp.ui.widgets.operation import run_long
from parapp.ui.importing.base import ImportDialogBase
from parapp.ui.importing.import_model import AREA_COLUMN, REVIEW_COLUMN, AreaDelegate, ImportPreviewModel
from parapp.ui.importing.repeat_question import ALL, SKIP, ask_about_repeats
from parapp.core.messages import N_, ValidationError
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.table_fit import fit_header_widths, header_width
from parapp.ui.widgets.texts import error_text, field_date, show_error, tr, trc

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace


FIELD_LABELS = {
    "stt": N_("import", "STT"), "content": N_("import", "Nội dung"), "par_code": N_("import", "Mã TCTP"),
    "cause": N_("import", "Nguyên nhân"), "remedy": N_("import", "Giải pháp"), "product": N_("import", "Sản phẩm"),
    "lead": N_("import", "Chủ trì"), "coordinators": N_("import", "Phối hợp"),
    "deadline_text": N_("import", "Thời hạn"), "budget": N_("import", "Kinh phí"), "note": N_("import", "Ghi chú"),
}


def _translated(message: str) -> str:
    if hasattr(message, "template"):
        return trc("import", message.template).format(*message.args)
    return message


class ImportDialog(ImportDialogBase):
    def __init__(self, db: Workspace, parent=None, today: dt.date | None = None, plan_id: int | None = None):
        super().__init__(parent)
        self.db = db
        self.today = today or dt.date.today()
        self.result: ImportResult | None = None
        self.source_name = ""
        self.imported: list[int] = []
        self.setWindowTitle(tr("Nhập nhiệm vụ từ Word, Excel hoặc tệp"))
        fit_window(self, 1280, 760)

        top = self.source_bar(tr("Dán bảng hoặc danh sách vừa sao chép"),
                              tr("Sao chép bảng phân công (kèm dòng tiêu đề) hoặc phần nhiệm vụ trong Word/Excel rồi "
                                 "bấm Dán; hoặc chọn tệp .docx, .xlsx, .csv, .txt, .html (kể cả .htm, và tệp .xls dạng "
                                 "trang web mà phần mềm khác xuất ra)."))

        self.plan = QComboBox()
        self.plan.addItem(tr("(Tạo kế hoạch mới)"), None)
        for p in plans.list_plans(db):
            self.plan.addItem(p.label, p.id)
        self.plan.setCurrentIndex(max(self.plan.findData(plan_id), 0))
        self.plan_title = QLineEdit()
        self._filled: dict[QLineEdit, str] = {}  # what loaded() put in the new plan's boxes
        # the plan's number and day as its first page gives them (round 30E: a plan was named after its file)
        self.plan_number = QLineEdit()
        self.plan_number.setPlaceholderText(tr("ví dụ 12/KH-UBND"))
        self.plan_date = QLineEdit()
        self.plan_date.setPlaceholderText(tr("ngày/tháng/năm"))
        self.plan_year = QSpinBox()
        self.plan_year.setRange(2000, 2100)
        self.plan_year.setValue(self.today.year)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.plan_year.valueChanged.connect(self._year_changed)
        form = QFormLayout()
        form.addRow(tr("Nhập vào"), self.plan)
        form.addRow(tr("Tên kế hoạch mới"), self.plan_title)
        numbered = QHBoxLayout()
        numbered.addWidget(self.plan_number, 1)
        numbered.addWidget(QLabel(tr("Ngày ban hành")))
        numbered.addWidget(self.plan_date, 1)
        form.addRow(tr("Số, ký hiệu"), numbered)
        form.addRow(tr("Năm của kế hoạch"), self.plan_year)

        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        h.setStretchLastSection(True)
        # The task's text is what is checked here: it gets the room, wrapped over as many lines as it needs;
        # the table scrolls sideways on a small screen rather than squeeze it.
        for col, w in ((0, 45), (1, 48), (2, 45), (3, 340), (4, 150), (5, 70), (6, 150), (7, 110), (8, 130),
                       (9, 100), (10, 250)):
            self.table.setColumnWidth(col, w)
        h.moveSection(10, 4)  # what needs a look, right beside the task's text
        fit_header_widths(self.table)
        self.model.modelReset.connect(self._fit_rows)
        self.area_delegate = AreaDelegate(self.model, self)  # held here: the view calls into it
        self.table.setItemDelegateForColumn(AREA_COLUMN, self.area_delegate)
        self.model.dataChanged.connect(self._update_import_button)
        self.model.dataChanged.connect(lambda top, _bottom: self.table.resizeRowToContents(top.row()))
        self.model.dataChanged.connect(self._follow_edits)
        self.common_deadline = QPushButton(tr("Đặt thời hạn chung…"))
        self.common_deadline.setToolTip(tr("Cho mọi dòng chưa có thời hạn, ví dụ “Trong năm 2024”."))
        self.common_deadline.clicked.connect(self.ask_common_deadline)
        self.skip_dupes = QPushButton(tr("Bỏ qua các dòng trùng"))
        self.skip_dupes.clicked.connect(self._skip_duplicates)
        self.import_btn = QPushButton(tr("Nhập"))
        self.import_btn.setEnabled(False)
        self.import_btn.clicked.connect(self.do_import)
        self.arrange(top, form, self.table, [self.common_deadline, self.skip_dupes, self.import_btn])
        self._plan_changed()

    def _fit_rows(self) -> None:
        # "Cần xem lại" gets its room only when a row needs a look: empty at 250 pixels, it pushed "Thời hạn" off a
        # 1366×768 screen (a fresh-eyes walk).
        rows = self.model.rowCount()
        needed = any(self.model.data(self.model.index(r, REVIEW_COLUMN)) for r in range(rows))
        self.table.setColumnWidth(REVIEW_COLUMN, 250 if needed else header_width(self.table, REVIEW_COLUMN))
        # Row heights that show every wrapped line; past a few thousand rows the cost is felt
        # at each edit, and the tooltips carry the whole text instead.
        if rows <= 2000:
            self.table.resizeRowsToContents()

    # -- sources ---------------------------------------------------------------
    def load_mime(self, mime) -> None:
        """What Word or Excel put on the clipboard: plain text, and HTML when there is some."""
        text = mime.text() if mime.hasText() else ""
        html = mime.html() if mime.hasHtml() else None
        self.load_text(text, html, tr("Kế hoạch nhập ngày {0}").format(self.today.strftime("%d/%m/%Y")))

    def file_question(self) -> tuple[str, str]:
        return tr("Chọn tệp kế hoạch"), tr("Kế hoạch (*.docx *.xlsx *.csv *.txt *.tsv *.htm *.html *.xls);;Mọi tệp (*)")

    def _year(self) -> int:
        pid = self.plan.currentData()
        return plans.get_plan(self.db, pid).year if pid else self.plan_year.value()

    def load_text(self, text: str, html: str | None, name: str) -> None:
        fixed = self.plan.currentData() is not None
        self.read_source(lambda: parse_text(text, html=html, plan_year=self._year(), year_hint=not fixed), name)

    def load_file(self, path: Path) -> None:
        fixed = self.plan.currentData() is not None
        self.read_source(lambda: parse_file(path, plan_year=self._year(), year_hint=not fixed), Path(path).stem)

    def loaded(self, result: ImportResult) -> None:
        name = self.source_name
        if self.plan.currentData() is None:
            self.plan_year.blockSignals(True)
            self.plan_year.setValue(result.year)
            self.plan_year.blockSignals(False)
            self._fill_heading(result, name)
        self._show(result)
        self._build_column_combos()

    def _fill_heading(self, result: ImportResult, name: str) -> None:
        """The new plan's boxes as the file's first page says. Round 34C: what the dialog filled from the file read
        before (a wrong file, then the right one) follows the file now read; what the user typed stays."""
        head = result.heading
        said = {self.plan_title: head.title or name, self.plan_number: head.number,
                self.plan_date: field_date(head.issued_on) if head.issued_on else ""}
        for box, text in said.items():
            if box.text() in ("", self._filled.get(box)):
                box.setText(text)
                self._filled[box] = text

    def _show(self, result: ImportResult) -> None:
        self.result = result
        self._mark_duplicates(result.tasks, result.year)

    def _mark_duplicates(self, rows: list, year: int) -> None:
        dupes = duplicates(self.db, rows, year)
        self.model.set_tasks(rows, dupes, year)
        from parapp.store.tasks import task_rows_by_id

        # A duplicate is named by its STT and plan, as the register shows it (its id is shown nowhere: round 30E)
        self.model.stored = {r.id: r for r in task_rows_by_id(self.db, sorted(set(dupes.values())))}
        self.skip_dupes.setEnabled(bool(dupes))
        self._update_import_button()

    def _follow_edits(self, *_) -> None:
        """The orange marks, the footer's count and "Bỏ qua các dòng trùng" follow a row as corrected in the preview
        (37C: a repeat corrected to the task the plan sets was still marked, and the button left it out unsaid)."""
        from parapp.store.tasks import task_rows_by_id

        if getattr(self, "result", None) is None:
            return
        dupes = duplicates(self.db, self.model.tasks, self.model.plan_year)
        if dupes == self.model.duplicates:
            return
        rows = {i for i, _ in set(dupes.items()) ^ set(self.model.duplicates.items())}
        self.model.duplicates = dupes
        self.model.stored = {r.id: r for r in task_rows_by_id(self.db, sorted(set(dupes.values())))}
        self.skip_dupes.setEnabled(bool(dupes))
        for row in sorted(rows):
            self.model.dataChanged.emit(self.model.index(row, 0),
                                        self.model.index(row, self.model.columnCount() - 1))

    def _update_summary(self) -> None:
        """The footer, counted again after each correction: what still needs a look goes down as it is fixed."""
        result = getattr(self, "result", None)
        if result is None:
            return
        kind = tr("bảng") if result.kind == "table" else tr("danh sách")
        text = tr("Đọc được {0} nhiệm vụ từ {1}; {2} dòng cần xem lại (tô vàng); {3} dòng trùng với nhiệm vụ đã có "
                  "(tô cam).").format(len(result.tasks), kind, self.model.needing_a_look(), len(self.model.duplicates))
        for p in result.problems:
            text += " " + tr("Dòng {0}: {1}").format(p.line, _translated(p.message))
        for n in result.notes:
            text += " " + _translated(n)
        self.summary.setText(text)

    def _update_import_button(self, *_):
        self._update_summary()
        n = len(self.model.to_import())
        self.import_btn.setText(tr("Nhập {0} nhiệm vụ").format(n))
        self.import_btn.setEnabled(n > 0)

    def _build_column_combos(self) -> None:
        self.clear_columns()
        r = self.result
        if r is None or r.kind != "table":
            self.columns_layout.addWidget(QLabel(tr("Danh sách: lĩnh vực lấy từ tiêu đề mục, chủ trì từ dòng “* …:”.")))
            return
        self.fill_columns(column_words(r.rows, r.header_at), [(trc("import", FIELD_LABELS[f]), f) for f in FIELDS],
                          r.columns, self._remap)

    def _remap(self) -> None:
        self._show(remap(self.result, self.chosen_columns(), self._year()))

    def _plan_changed(self) -> None:
        new = self.plan.currentData() is None
        self.plan_title.setEnabled(new)
        self.plan_number.setEnabled(new)
        self.plan_date.setEnabled(new)
        self.plan_year.setEnabled(new)
        if not new:
            self.plan_year.setValue(self._year())
        elif self.result is not None:  # read into a plan, then made a new one (34C: the boxes left empty)
            self._fill_heading(self.result, self.source_name)
        self._year_changed()

    def _year_changed(self) -> None:
        if self.result is not None:
            self._show(remap(self.result, self.chosen_columns() or self.result.columns, self._year()))

    def ask_common_deadline(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        dlg = QInputDialog(self)
        dlg.setWindowTitle(tr("Thời hạn chung"))
        dlg.setLabelText(tr("Thời hạn cho các dòng chưa có (như ghi trong kế hoạch):"))
        dlg.setTextValue(tr("Trong năm {0}").format(self._year()))
        dlg.setOkButtonText(tr("Đồng ý"))
        dlg.setCancelButtonText(tr("Hủy"))
        fit_window(dlg)
        if dlg.exec():
            self.set_common_deadline(dlg.textValue())

    def set_common_deadline(self, text: str) -> None:
        col = 8  # "Thời hạn (văn bản)"
        for row, t in enumerate(self.model.tasks):
            if not t.deadline_text:
                self.model.setData(self.model.index(row, col), text)

    def _skip_duplicates(self) -> None:
        for i in self.model.duplicates:
            self.model.tasks[i].skip = True
        self.model.set_tasks(self.model.tasks, self.model.duplicates, self.model.plan_year)
        self._update_import_button()

    def do_import(self) -> None:
        rows = self.model.to_import()
        if not rows:
            return
        if duplicates(self.db, self.model.tasks, self.model.plan_year) != self.model.duplicates:
            # rows corrected in the preview since the file was read are asked about as they now stand (36C: a repeat
            # corrected was still one, the file "imported already"; a row typed into a stored task's words was not)
            self._mark_duplicates(self.model.tasks, self.model.plan_year)
            rows = self.model.to_import()
        kept = [i for i, t in enumerate(self.model.tasks) if not t.skip]
        repeated = repeats_in_year(self.db, self.model.duplicates, kept, self._year())
        if repeated:
            held = plans_of(self.db, {self.model.duplicates[i] for i in repeated})
            answer = ask_about_repeats(self, len(rows), len(repeated), held)
            if answer == SKIP:
                for i in repeated:  # last year's same words stay: the new year's plan sets that work again
                    self.model.tasks[i].skip = True
                self.model.set_tasks(self.model.tasks, self.model.duplicates, self.model.plan_year)
                self._update_import_button()
                rows = self.model.to_import()
            elif answer != ALL:
                return
        # Read from the widgets here, on the GUI thread; the import itself runs off it.
        try:
            issued = parse_user_date(self.plan_date.text(), "issued_on") if self.plan.currentData() is None else None
        except ValidationError as exc:
            show_error(self, tr("Ngày ban hành của kế hoạch: {0}").format(error_text(exc)))
            self.plan_date.setFocus()
            return
        what = dict(plan_id=self.plan.currentData(), plan_title=self.plan_title.text() or self.source_name,
                    plan_year=self._year(), catalogue_code=self.result.catalogue if self.result else None,
                    today=self.today, plan_number=self.plan_number.text().strip(), plan_issued_on=issued)

        def imported(out) -> None:
            self.imported = out.task_ids
            self.accept()

        run_long(self, lambda: import_rows(self.db, rows, **what), tr("Đang nhập nhiệm vụ…"), done=imported)

"""The task register: filters, the table, and the actions on a task."""

from __future__ import annotations

from typing import TYPE_CHECKING
import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
    QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from parapp.core.status import Status
from parapp.core.task_filter import DUE_SOON, OPEN, OVERDUE, TaskFilter
from parapp.store import officials, plans, tasks
from parapp.store.catalogues import list_areas
from parapp.store.carrying import carried_ended
from parapp.ui.tasks import task_model as tm
from parapp.ui.tasks.register_welcome import welcome
from parapp.ui.tasks.search_keys import lead_to_results
from parapp.ui.widgets.read_only import disable_editing
from parapp.ui.widgets.texts import fmt_number, status_label, tr, viewing
from parapp.ui.widgets.table_fit import fit_header_widths, header_width

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace


# Columns that give up width when the table is narrow (a small screen, 125 %): the task's text keeps
# at least CONTENT_SHARE of the table, since it is what the register is read for.
_GIVING = (tm.COL_AREA, tm.COL_LEAD, tm.COL_STATUS, tm.COL_PLAN)
STATUS_COLUMN = tm.COL_STATUS
CONTENT_SHARE = 0.30
# How long after the first lines are shown the rest of the register is read (about half a second for
# 50,000 tasks): time for the window to be drawn first.
READ_REST_AFTER_MS = 150
SMALLEST = {tm.COL_AREA: 80, tm.COL_LEAD: 90, tm.COL_STATUS: 120, tm.COL_PLAN: 70}  # "Quá hạn 12 ngày" whole


def shares(preset: dict[int, int], least: dict[int, int], room: int) -> dict[int, int]:
    """Columns narrowed in proportion to fit `room`, none below its least width while the least widths
    fit; below that, in proportion to the least widths (the task's text comes first)."""
    if sum(preset.values()) <= room:
        return dict(preset)
    if sum(least.values()) >= room:
        # Narrower than every column's least: the last column gives first, the status (what is late)
        # last, none below 48 pixels; the task's text still keeps its share.
        widths, deficit = dict(least), sum(least.values()) - max(room, 0)
        for c in sorted(least, key=lambda c: -c if c != STATUS_COLUMN else 10**6):
            take = min(deficit, widths[c] - 48)
            widths[c] -= max(take, 0)
            deficit -= max(take, 0)
        return widths
    free, held = dict(preset), {}
    while True:
        scale = (room - sum(held.values())) / sum(free.values())
        below = [c for c, w in free.items() if w * scale < least[c]]
        if not below:
            return {**held, **{c: int(w * scale) for c, w in free.items()}}
        for c in below:
            held[c] = least[c]
            del free[c]


class RegisterPage(QWidget):
    changed = Signal()
    open_demo = Signal()  # "xem thử với xã mẫu", from the empty register
    restore_asked = Signal()  # "Khôi phục từ tệp sao lưu…", from the empty register
    import_requested = Signal()  # Ctrl+I's dialog, which the window opens

    def __init__(self, db: Workspace, today: dt.date, parent=None):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.readonly = False
        self.model = tm.TaskTableModel(today, self)
        self._read_rest = QTimer(self)
        self._read_rest.setSingleShot(True)
        self._read_rest.setInterval(READ_REST_AFTER_MS)
        self._read_rest.timeout.connect(self.model.load_all)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Tìm nhiệm vụ, mã tiêu chí, người chủ trì… (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.area = QComboBox()
        self.status = QComboBox()
        self.lead = QComboBox()
        self.plan = QComboBox()
        for combo in (self.area, self.lead, self.plan):
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.addItem(tr("Mọi trạng thái"), None)
        self.status.addItem(tr("Đang mở"), OPEN)
        self.status.addItem(tr("Quá hạn"), OVERDUE)
        self.status.addItem(tr("Sắp đến hạn (14 ngày)"), DUE_SOON)
        for s in Status:
            self.status.addItem(status_label(s.value), s.value)
        self.due_within = QSpinBox()
        self.due_within.setRange(0, 366)
        self.due_within.setSpecialValueText(tr("Hạn: mọi lúc"))
        self.due_within.setPrefix(tr("Hạn trong "))
        self.due_within.setSuffix(tr(" ngày"))
        self.clear_btn = viewing(QPushButton(tr("Bỏ lọc")))

        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_btn)
        top.addWidget(self.count)  # beside the search: the row of buttons must fit a small screen at 125 %
        filters = QHBoxLayout()
        for w in (self.area, self.status, self.lead, self.plan):
            filters.addWidget(w, 1)
        filters.addWidget(self.due_within)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # a list: Tab leaves it for its buttons (round 21A)
        # A viewport made here, not by Qt: PySide6 would otherwise look for the most derived
        # Python class of the QWidget viewport() hands back, loading every QtWidgets class (and
        # building their enums) the first time: 10 ms or more of each start, in _share_width.
        self.table.setViewport(QWidget())
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        # Two lines a row: a task's text is what matters and a line of a narrow column shows little
        # of it. One height for all rows (50,000 rows are never measured one by one); what does not
        # fit the two lines is in the cell's tooltip, whole.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 10)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(tm.COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((tm.COL_STT, 46), (tm.COL_AREA, 150), (tm.COL_CODE, 70), (tm.COL_LEAD, 150),
                           (tm.COL_DUE, 100), (tm.COL_STATUS, 140), (tm.COL_PLAN, 96)):
            self.table.setColumnWidth(col, width)
        fit_header_widths(self.table)
        self._preset = {c: self.table.columnWidth(c) for c in _GIVING}  # what they get when there is room
        h.setSortIndicatorShown(True)
        # What is due first is what a user chases first.
        self.table.sortByColumn(tm.COL_DUE, Qt.SortOrder.AscendingOrder)
        # Enter and a double click both "activate" a row: either opens the task.
        self.table.activated.connect(lambda _: self.edit_task())

        self.add_btn = QPushButton(tr("Thêm nhiệm vụ…"))
        self.import_btn = QPushButton(tr("Nhập từ Word/Excel…"))
        self.edit_btn = QPushButton(tr("Sửa…"))
        self.done_btn = QPushButton(tr("Đánh dấu hoàn thành"))
        self.note_btn = QPushButton(tr("Cập nhật tiến độ…"))
        self.print_btn = viewing(QPushButton(tr("In danh sách…")))  # the tasks shown, as PDF or Word
        actions = QHBoxLayout()
        for b in (self.add_btn, self.import_btn, self.edit_btn, self.done_btn, self.note_btn, self.print_btn):
            actions.addWidget(b)
        actions.addStretch()

        # An empty register says how to begin, where the table would be.
        self.empty = welcome(self.open_demo.emit, self.restore_asked.emit)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        layout = QVBoxLayout(self)
        for part in (top, filters):
            layout.addLayout(part)
        layout.addWidget(self.body)
        layout.addLayout(actions)

        self.search.textChanged.connect(self.apply_filter)
        lead_to_results(self.search, self.table)
        for combo in (self.area, self.status, self.lead, self.plan):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.due_within.valueChanged.connect(self.apply_filter)
        self.clear_btn.clicked.connect(self.clear_filters)
        self.add_btn.clicked.connect(self.add_task)
        self.edit_btn.clicked.connect(self.edit_task)
        self.done_btn.clicked.connect(self.mark_done)
        self.note_btn.clicked.connect(lambda: self.edit_task(tab=2))
        self.print_btn.clicked.connect(self.print_list)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.import_btn.clicked.connect(self.import_requested)
        self.reload()

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.model.reading_on_demand:
            self._read_rest.start()

    def hideEvent(self, event):  # noqa: N802 - Qt's name
        # Not while hidden (another page, the window closed and its data with it): what needs the whole
        # register reads it then.
        self._read_rest.stop()
        super().hideEvent(event)

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._share_width)  # once the table inside has its new width

    def _share_width(self) -> None:
        """Narrow the area, lead, status and plan columns in proportion when the task's text would
        otherwise be squeezed below its share of the table; give them their width back when there is room."""
        width = self.table.viewport().width()
        if width <= 0:
            return
        fixed = sum(self.table.columnWidth(c) for c in (tm.COL_STT, tm.COL_CODE, tm.COL_DUE))
        room = width - fixed - int(width * CONTENT_SHARE)
        least = {c: max(m, header_width(self.table, c)) for c, m in SMALLEST.items()}  # headers stay whole
        for c, w in shares(self._preset, least, room).items():
            self.table.setColumnWidth(c, w)

    # -- data ----------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_task_id()
        self._refill_choices()
        db = self.db
        # The page shows its first lines read by id; the rest of the register is read just after, once the
        # window has been drawn (or at once, when a search or another order needs it sooner).
        if self.model.set_order(tasks.task_order(db), lambda ids: tasks.task_rows_by_id(db, ids),
                                lambda: tasks.task_rows(db)) and self.isVisible():
            self._read_rest.start()
        self.apply_filter()
        if keep is not None:
            self.select_task(keep)

    def _refill_choices(self) -> None:
        def refill(combo: QComboBox, first: str, items):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for data, text in items:
                combo.addItem(text, data)
            i = combo.findData(current)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)

        areas = list_areas(self.db)
        newest = areas[0].catalogue_code if areas else ""
        refill(self.area, tr("Mọi lĩnh vực"), [
            (a.id, f"{a.code}. {a.name}" + ("" if a.catalogue_code == newest else f" ({a.catalogue_code})"))
            for a in areas])
        refill(self.lead, tr("Mọi người chủ trì"), [(o.id, o.label) for o in officials.list_officials(self.db)])
        refill(self.plan, tr("Mọi kế hoạch"), [(p.id, p.label) for p in plans.list_plans(self.db)])

    def current_filter(self) -> TaskFilter:
        return TaskFilter(
            text=self.search.text(),
            area_id=self.area.currentData(),
            status=self.status.currentData(),
            lead_official_id=self.lead.currentData(),
            plan_id=self.plan.currentData(),
            due_within_days=self.due_within.value() or None,
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        shown, total = self.model.rowCount(), self.model.total()
        was_empty = self.body.currentWidget() is self.empty
        self.body.setCurrentWidget(self.empty if total == 0 else self.table)
        if was_empty and total:  # the table, hidden behind the welcome, was never measured: share now
            QTimer.singleShot(0, self, self._share_width)
        self.count.setText(tr("Đang hiện {0} / {1} nhiệm vụ").format(fmt_number(shown), fmt_number(total)))
        self._update_buttons()

    def clear_filters(self) -> None:
        for w in (self.area, self.status, self.lead, self.plan):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        self.due_within.blockSignals(True)
        self.due_within.setValue(0)
        self.due_within.blockSignals(False)
        self.search.clear()  # triggers apply_filter
        self.apply_filter()

    def set_status_filter(self, value: str | None) -> None:
        self.status.setCurrentIndex(max(self.status.findData(value), 0))

    def set_plan_filter(self, plan_id: int | None) -> None:
        self.plan.setCurrentIndex(max(self.plan.findData(plan_id), 0))

    # -- selection and actions -----------------------------------------------
    def current_task_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()).id if idx.isValid() else None

    def select_task(self, task_id: int) -> None:
        row = self.model.row_of_task(task_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        idx = self.table.currentIndex()
        row = self.model.row_at(idx.row()) if idx.isValid() else None
        has = row is not None and not self.readonly
        self.edit_btn.setEnabled(row is not None)  # on read-only data it shows the task to be read
        self.note_btn.setEnabled(has)
        # A finished task is not finished again: the form is for open tasks (a carried one's: its successor's).
        carried = row.carried_year if row is not None else None
        ended = (Status.DONE.value, Status.DROPPED.value)
        finished = row is not None and (row.status in ended if carried is None else carried_ended(self.db, row.id))
        self.done_btn.setEnabled(has and not finished)
        self.done_btn.setToolTip(tr("Nhiệm vụ này đã kết thúc.") if finished else
                                 tr("Việc này đã chuyển sang kế hoạch năm {0}: ghi hoàn thành cho nhiệm vụ của năm {0}"
                                    ).format(carried) if carried is not None else
                                 tr("Ghi ngày hoàn thành, kết quả, văn bản đã ban hành và tài liệu kiểm chứng"))

    def add_task(self) -> None:
        if self.readonly:
            return
        from parapp.ui.tasks.task_editor import TaskDialog

        dlg = TaskDialog(self.db, parent=self, today=self.today, plan_id=self.plan.currentData())
        if dlg.exec():
            self.reload()
            self.select_task(dlg.task_id)
            self.changed.emit()
            self._warn_without_lead(dlg.task_id)

    def _warn_without_lead(self, task_id: int) -> None:
        """Saved all the same (plans often leave the lead to be decided), but said where it shows."""
        row = self.model.row_of_task(task_id)
        if row is None or self.model.row_at(row).lead:
            return
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Đã lưu. Nhiệm vụ chưa có người chủ trì: cột “Chủ trì” đánh dấu ⚠ "
                                              "cho đến khi giao cho một người."), 10000)

    def edit_task(self, tab: int = 0) -> None:
        tid = self.current_task_id()
        if tid is None:
            return
        from parapp.ui.tasks.task_editor import TaskDialog

        dlg = TaskDialog(self.db, tid, parent=self, today=self.today)
        if self.readonly:
            from parapp.ui.tasks.task_view import make_view_only

            make_view_only(dlg)
        dlg.tabs.setCurrentIndex(tab)
        if tab == 2:
            dlg.new_note.setFocus()
        if dlg.exec() and not self.readonly:
            self.reload()
            self.changed.emit()
            self._warn_without_lead(tid)

    def set_read_only(self) -> None:
        disable_editing(self)
        # Not "Ctrl+N … Ctrl+I … to begin": those are off here, and pressing them did nothing (round 24B).
        self.empty.setText(tr(
            "<p style='font-size:12pt'><b>Sổ chưa có nhiệm vụ nào.</b></p>"
            "<p style='font-size:11pt'>Dữ liệu đang mở ở chế độ chỉ đọc (xem dòng báo phía trên) nên không thêm "
            "hay nhập nhiệm vụ được ở đây. <a href='demo'>Xem thử với một xã mẫu</a>: mở một cửa sổ riêng với "
            "dữ liệu mẫu.</p>"))
        self.table.activated.connect(lambda _: self.edit_task())  # to read the task (ui.tasks.task_view)
        self.edit_btn.setText(tr("Xem…"))
        self._update_buttons()

    def print_shown(self, window) -> None:
        self.print_list()

    def print_list(self) -> None:
        from parapp.ui.tasks.register_print import preview_register_list

        preview_register_list(self)

    def mark_done(self):
        """The short form: day, result, documents, evidence, and the reason when late."""
        idx = self.table.currentIndex()
        if not idx.isValid() or self.readonly:
            return None
        row = self.model.row_at(idx.row())
        if row.status in (Status.DONE.value, Status.DROPPED.value):
            return None
        from parapp.store.carrying import successor_of
        from parapp.ui.tasks.mark_done_dialog import MarkDoneDialog

        # Carried into next year's plan: the work, and so its result, goes on in the task that carries it.
        task_id = (successor_of(self.db, row.id) or row.id) if row.carried_year is not None else row.id
        dlg = MarkDoneDialog(self.db, task_id, self, self.today)
        self.mark_done_dialog = dlg  # for the tests
        if dlg.exec():
            self.reload()
            self.changed.emit()
        return dlg

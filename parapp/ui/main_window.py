"""The main window: a sidebar of pages around the task register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidget, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget,
)
from sqlite_utils import Database

from parapp import __version__
from parapp.core.overview import summarise
from parapp.store.periods import year_periods
from parapp.store.reports import STATE_SENT, period_statuses
from parapp.store.settings import load_settings
from parapp.ui.audit_page import AuditPage
from parapp.ui.figures_page import FiguresPage
from parapp.ui.officials_page import OfficialsPage
from parapp.ui.overview_page import OverviewPage
from parapp.ui.par_page import ParIndexPage
from parapp.ui.plans_page import PlansPage
from parapp.ui.register_page import RegisterPage
from parapp.ui.reports_page import ReportsPage
from parapp.ui.settings_dialog import SettingsDialog
from parapp.ui.texts import tr

PAGE_OVERVIEW, PAGE_TASKS, PAGE_REPORTS, PAGE_FIGURES, PAGE_OFFICIALS, PAGE_PLANS, PAGE_PAR, PAGE_LOG = range(8)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, today: dt.date | None = None):
        super().__init__()
        self.db = db
        self.today = today or dt.date.today()
        self.resize(1280, 760)

        self.nav = QListWidget()
        self.nav.addItems([tr("Tổng quan"), tr("Nhiệm vụ"), tr("Báo cáo"), tr("Số liệu"), tr("Cán bộ"), tr("Kế hoạch"),
                           tr("Chỉ số CCHC"), tr("Nhật ký")])
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }")
        self.overview = OverviewPage()
        self.register = RegisterPage(db, self.today)
        self.reports = ReportsPage(db, self.today)
        self.figures = FiguresPage(db, self.today)
        self.officials = OfficialsPage(db)
        self.plans = PlansPage(db)
        self.par = ParIndexPage(db, self.today)
        self.log = AuditPage(db)
        self.stack = QStackedWidget()
        for page in (self.overview, self.register, self.reports, self.figures, self.officials, self.plans, self.par,
                     self.log):
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.readonly = bool(getattr(db, "readonly", False))
        self.restart_requested = False
        self.pending_restore = None
        central = QWidget()
        outer = QVBoxLayout(central)
        if self.readonly:
            banner = QLabel(tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, "
                               "nhưng không sửa được. Hãy chép tệp dữ liệu vào máy để làm việc."))
            banner.setWordWrap(True)
            banner.setStyleSheet("background: #fff1c2; padding: 8px; font-weight: bold;")
            outer.addWidget(banner)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout)
        self.setCentralWidget(central)
        self.working_as = QComboBox()
        self.working_as.setMinimumContentsLength(22)
        self.working_as.currentIndexChanged.connect(self._working_as_changed)
        self.statusBar().addWidget(QLabel(tr("Làm việc với tư cách:")))
        self.statusBar().addWidget(self.working_as)
        self.statusBar().addPermanentWidget(QLabel(str(getattr(db, "path", ""))))

        self.register.changed.connect(self.refresh_overview)
        self.reports.changed.connect(self.refresh_overview)
        self.overview.open_reports.connect(lambda: self.nav.setCurrentRow(PAGE_REPORTS))
        self.officials.changed.connect(self.refresh_all)
        self.plans.changed.connect(self.refresh_all)
        self.par.changed.connect(self.refresh_all)
        self.overview.show_status.connect(self.show_tasks_with_status)
        self.plans.show_tasks.connect(self.show_tasks_of_plan)
        self.register.import_btn.clicked.connect(self.import_tasks)
        self._build_menus()
        self.refresh_all()
        if self.readonly:
            self._disable_editing()
        self.nav.setCurrentRow(PAGE_TASKS)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&Tệp"))
        settings = QAction(tr("Thông tin của xã…"), self)
        settings.triggered.connect(self.edit_settings)
        quit_action = QAction(tr("Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        schedule = QAction(tr("Lịch báo cáo định kỳ…"), self)
        schedule.triggered.connect(self.reports.edit_schedule)
        backup = QAction(tr("Sao lưu ra USB…"), self)
        backup.triggered.connect(self.backup_to_usb)
        restore = QAction(tr("Khôi phục…"), self)
        restore.triggered.connect(self.request_restore)
        file_menu.addAction(settings)
        file_menu.addAction(schedule)
        file_menu.addSeparator()
        file_menu.addAction(backup)
        file_menu.addAction(restore)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        task_menu = self.menuBar().addMenu(tr("&Nhiệm vụ"))
        new_task = QAction(tr("Thêm nhiệm vụ…"), self)
        new_task.setShortcut(QKeySequence.StandardKey.New)
        new_task.triggered.connect(self._new_task)
        find = QAction(tr("Tìm kiếm"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        import_action = QAction(tr("Nhập từ Word, Excel, tệp…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.import_tasks)
        task_menu.addAction(new_task)
        task_menu.addAction(import_action)
        task_menu.addAction(find)

        help_menu = self.menuBar().addMenu(tr("Trợ &giúp"))
        about = QAction(tr("Giới thiệu ParApp"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh_all(self) -> None:
        self.register.reload()
        self.reports.reload()
        self.figures.reload()
        self._refill_working_as()
        self.log.refill_officials()
        self.log.reload()
        self.officials.reload()
        self.plans.reload()
        self.refresh_overview()

    def refresh_overview(self) -> None:
        s = load_settings(self.db)
        self.setWindowTitle(tr("ParApp – {0}").format(s.commune_name) if s.commune_name else "ParApp")
        self.overview.set_overview(summarise(self.register.model.all_rows(), self.today), self.today, s.commune_name)
        self.overview.set_next_report(self._next_report())

    def _next_report(self):
        periods = year_periods(self.db, self.today.year) + year_periods(self.db, self.today.year + 1)
        statuses = [st for st in period_statuses(self.db, periods, self.today)
                    if st.state not in (STATE_SENT,) and st.period.deadline >= self.today]
        return min(statuses, key=lambda st: st.period.deadline) if statuses else None

    def show_tasks_with_status(self, status: str) -> None:
        self.register.clear_filters()
        self.register.set_status_filter(status)
        self.nav.setCurrentRow(PAGE_TASKS)

    def show_tasks_of_plan(self, plan_id: int) -> None:
        self.register.clear_filters()
        self.register.set_plan_filter(plan_id)
        self.nav.setCurrentRow(PAGE_TASKS)

    def edit_settings(self) -> None:
        if SettingsDialog(self.db, self).exec():
            self.refresh_overview()

    def _new_task(self) -> None:
        self.nav.setCurrentRow(PAGE_TASKS)
        self.register.add_task()

    def _refill_working_as(self) -> None:
        from parapp.store import officials
        from parapp.store.audit import current_actor

        self.working_as.blockSignals(True)
        self.working_as.clear()
        self.working_as.addItem(tr("(chưa chọn)"), None)
        for o in officials.list_officials(self.db, include_inactive=False):
            self.working_as.addItem(o.label, o.id)
        if not self.readonly:
            self.working_as.setCurrentIndex(max(self.working_as.findData(current_actor(self.db)[1]), 0))
        self.working_as.blockSignals(False)
        self.working_as.setEnabled(not self.readonly)

    def _working_as_changed(self) -> None:
        from parapp.store.audit import set_actor

        if not self.readonly:
            set_actor(self.db, self.working_as.currentData())

    def _disable_editing(self) -> None:
        """Read-only media: everything that would write is switched off; viewing,
        previewing and printing stay."""
        from PySide6.QtWidgets import QPushButton

        self.figures.set_readonly(True)
        keep = {tr("Xem và in…"), tr("In bảng phân công…"), tr("Xem nhiệm vụ"), tr("Bỏ lọc"), tr("Xem"),
                tr("In danh sách…")}
        for page in (self.register, self.reports, self.officials, self.plans):
            for b in page.findChildren(QPushButton):
                if b.text() not in keep:
                    b.setEnabled(False)
            try:
                page.table.doubleClicked.disconnect()
            except (RuntimeError, TypeError):
                pass
        self.register.table.selectionModel().selectionChanged.disconnect(self.register._update_buttons)
        for action in self.menuBar().findChildren(QAction):
            if action.text() in (tr("Thêm nhiệm vụ…"), tr("Nhập từ Word, Excel, tệp…"), tr("Khôi phục…"),
                                 tr("Thông tin của xã…"), tr("Lịch báo cáo định kỳ…")):
                action.setEnabled(False)

    def bring_forward(self) -> None:
        """A second ParApp was started on the same data: show this one instead."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def backup_to_usb(self) -> None:
        from parapp.datadir import data_dir_for
        from parapp.ui.backup_dialogs import backup_to_folder

        backup_to_folder(self, self.db, data_dir_for(self.db.path))

    def request_restore(self) -> None:
        from parapp.datadir import data_dir_for
        from parapp.ui.backup_dialogs import RestoreDialog, perform_restore

        data_dir = data_dir_for(self.db.path)
        dlg = RestoreDialog(data_dir, self)
        if dlg.exec() and dlg.choice:
            # The database must be closed before its file is replaced: the app
            # does it after this window closes, then opens the restored data.
            choice, db_path = dlg.choice, Path(self.db.path)
            self.pending_restore = lambda: perform_restore(choice, db_path, data_dir)
            self.restart_requested = True
            self.close()

    def import_tasks(self) -> None:
        from parapp.ui.import_dialog import ImportDialog

        dlg = ImportDialog(self.db, self, self.today, plan_id=self.register.plan.currentData())
        if dlg.exec():
            self.refresh_all()
            self.nav.setCurrentRow(PAGE_TASKS)
            self.statusBar().showMessage(tr("Đã nhập {0} nhiệm vụ.").format(len(dlg.imported)), 8000)

    def _focus_search(self) -> None:
        self.nav.setCurrentRow(PAGE_TASKS)
        self.register.search.setFocus()
        self.register.search.selectAll()

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(tr("Giới thiệu ParApp"))
        box.setText(tr("ParApp {0}\nTheo dõi nhiệm vụ cải cách hành chính của UBND xã.\nDữ liệu: {1}").format(
            __version__, getattr(self.db, "path", "")))
        box.addButton(tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

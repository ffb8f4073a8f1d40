"""The main window: a sidebar of pages around the task register.

Pages are built the first time they are shown, so the window appears as soon
as the page it opens on is ready (an old office PC with a hard disk waits for
every module it imports). The keyboard works from whichever page is shown:
Ctrl+N, Ctrl+I, Ctrl+F, Ctrl+P and F1 are window-wide actions.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget,
)

from parapp.ui.chasing.window_part import ChasingWindow
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import tr

PAGE_OVERVIEW, PAGE_TASKS, PAGE_REPORTS, PAGE_FIGURES, PAGE_OFFICIALS, PAGE_PLANS, PAGE_PAR, PAGE_LOG = range(8)
PAGE_ATTRS = ("overview", "register", "reports", "figures", "officials", "plans", "par", "log")


def page_titles() -> list[str]:
    """The sidebar, in order (the guide lists the same pages: a test keeps them together)."""
    return [tr("Tổng quan"), tr("Nhiệm vụ"), tr("Báo cáo"), tr("Số liệu"), tr("Cán bộ"), tr("Kế hoạch"),
            tr("Chỉ số CCHC"), tr("Nhật ký")]


def _page_property(index: int):
    return property(lambda self: self.page(index), doc=f"The page at sidebar row {index}, built on first use.")


class MainWindow(ChasingWindow, QMainWindow):
    overview = _page_property(PAGE_OVERVIEW)
    register = _page_property(PAGE_TASKS)
    reports = _page_property(PAGE_REPORTS)
    figures = _page_property(PAGE_FIGURES)
    officials = _page_property(PAGE_OFFICIALS)
    plans = _page_property(PAGE_PLANS)
    par = _page_property(PAGE_PAR)
    log = _page_property(PAGE_LOG)

    def __init__(self, db=None, today: dt.date | None = None, start_page: int | None = None):
        """With no database yet, the window is its frame and sidebar: shown at once while the
        data opens, then completed by attach()."""
        super().__init__()
        self.db = None
        self.today = today or dt.date.today()
        self.readonly = False
        self.restart_requested = False
        self.pending_restore = None
        self.start_page = start_page
        self._init_chasing()
        self._built: dict[int, QWidget] = {}
        fit_window(self, 1280, 760, key="MainWindow", remember_place=True)

        self.nav = QListWidget()
        self.nav.addItems(page_titles())
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }")
        self.nav.setEnabled(False)
        self.stack = QStackedWidget()
        for _ in PAGE_ATTRS:
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown
        self.opening = QLabel(tr("Đang mở dữ liệu…"))
        self.opening.setStyleSheet("color: #555; font-size: 12pt; padding: 24px;")
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)

        central = QWidget()
        self.outer = QVBoxLayout(central)
        self.banner = QLabel()
        self.banner.hide()
        self.outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.outer.addLayout(layout)
        self.setCentralWidget(central)
        self.working_as = QComboBox()
        self.working_as.setMinimumContentsLength(22)
        # The whole "name (post)" where the status bar has room, never the status bar's whole width.
        self.working_as.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.working_as.setMaximumWidth(460)
        self.working_as_label = QLabel()
        # Permanent widgets: a status-bar message ("Đã lưu …") is written beside them, never over them.
        self.statusBar().addPermanentWidget(self.working_as_label)
        self.statusBar().addPermanentWidget(self.working_as)
        self.setWindowTitle("ParApp")
        if db is not None:
            self.attach(db)

    def attach(self, db) -> None:
        """The data is open: menus, the status bar and the first page."""
        self.db = db
        self.readonly = db.readonly
        from parapp.ui.widgets import file_dialogs

        file_dialogs.avoid(db.data_dir)  # never where a file dialog starts
        if self.readonly:
            self.banner.setWordWrap(True)
            self.banner.setStyleSheet("background: #fff1c2; padding: 8px; font-weight: bold;")
            self.banner.show()
        self._attach_chasing()
        self.working_as.currentIndexChanged.connect(self._working_as_changed)
        path = QLabel(str(db.path))
        path.setToolTip(str(db.path))
        # A long path must not make the window wider than a small screen: it may be cut, the tooltip is whole.
        path.setMinimumWidth(80)  # below its text's width when the screen is small
        self.statusBar().addPermanentWidget(path)
        self._build_menus()
        self._retranslate_shell()
        self._refill_working_as()
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setEnabled(True)
        # The register is where the work is; tests (and the guide's screenshots) open on other pages.
        start = self.start_page
        self.nav.setCurrentRow(start if start is not None and 0 <= start < len(PAGE_ATTRS) else PAGE_TASKS)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.refresh_overview()

    # -- pages, built on first use ----------------------------------------------
    def page(self, index: int) -> QWidget:
        page = self._built.get(index)
        if page is not None:
            return page
        page = self._make_page(index)
        self._built[index] = page
        placeholder = self.stack.widget(index)
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        self._wire(index, page)
        self._first_load(index, page)
        if self.readonly:
            from parapp.ui.read_only_pages import disable_editing

            disable_editing(index, page)
        return page

    def built_pages(self) -> dict[int, QWidget]:
        return dict(self._built)

    def _make_page(self, index: int) -> QWidget:
        db, today = self.db, self.today
        if index == PAGE_OVERVIEW:
            from parapp.ui.overview.overview_page import OverviewPage

            return OverviewPage()
        if index == PAGE_TASKS:
            from parapp.ui.tasks.register_page import RegisterPage

            return RegisterPage(db, today)
        if index == PAGE_REPORTS:
            from parapp.ui.reports.reports_page import ReportsPage

            return ReportsPage(db, today)
        if index == PAGE_FIGURES:
            from parapp.ui.figures.figures_page import FiguresPage

            return FiguresPage(db, today)
        if index == PAGE_OFFICIALS:
            from parapp.ui.people.officials_page import OfficialsPage

            return OfficialsPage(db, today)
        if index == PAGE_PLANS:
            from parapp.ui.tasks.plans_page import PlansPage

            return PlansPage(db)
        if index == PAGE_PAR:
            from parapp.ui.par.par_page import ParIndexPage

            return ParIndexPage(db, today)
        from parapp.ui.change_log.change_log_page import AuditPage

        return AuditPage(db)

    def _wire(self, index: int, page: QWidget) -> None:
        if index == PAGE_OVERVIEW:
            page.open_reports.connect(self.open_next_report)
            page.show_status.connect(self.show_tasks_with_status)
        elif index == PAGE_TASKS:
            page.changed.connect(self.refresh_overview)
            page.import_btn.clicked.connect(self.import_tasks)
            page.open_demo.connect(self.open_demo)
        elif index == PAGE_REPORTS:
            page.changed.connect(self.refresh_overview)
        elif index in (PAGE_OFFICIALS, PAGE_PAR):
            page.changed.connect(self.refresh_all)
        elif index == PAGE_PLANS:
            page.changed.connect(self.refresh_all)
            page.show_tasks.connect(self.show_tasks_of_plan)

    def _first_load(self, index: int, page: QWidget) -> None:
        if index == PAGE_TASKS:
            page.reload()
        elif index == PAGE_LOG:
            page.refill_officials()
            page.reload()
        elif index == PAGE_OVERVIEW:
            self.refresh_overview()

    def _show_page(self, row: int) -> None:
        if row < 0 or self.db is None:
            return
        self.stack.setCurrentWidget(self.page(row))

    def current_page_index(self) -> int:
        return self.nav.currentRow()

    def _build_menus(self) -> None:
        from parapp.ui.menus import build_menus

        build_menus(self)

    def _retranslate_shell(self) -> None:
        for i, title in enumerate(page_titles()):
            self.nav.item(i).setText(title)
        self.working_as_label.setText(tr("Làm việc với tư cách:"))
        if getattr(self.db, "limited", None) == "full":
            self.banner.setText(tr("Ổ đĩa chứa dữ liệu đã đầy nên dữ liệu đang mở ở chế độ CHỈ ĐỌC. Có thể xem và in, "
                                   "nhưng không sửa được. Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi mở lại ParApp."))
        else:
            self.banner.setText(tr("Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và "
                                   "in, nhưng không sửa được. Hãy chép tệp dữ liệu vào máy để làm việc."))
        self.working_as.setToolTip(tr("Ai đang làm việc trên máy này: Nhật ký ghi tên người này cho mọi thay đổi"))

    def retranslate(self) -> None:
        """The language was changed: menus, sidebar and status bar get the new words, and every
        page is built again with them (pages hold no state that is not in the database)."""
        self._build_menus()
        self._retranslate_shell()
        self._refill_working_as()
        self._rebuild_pages()
        self._retranslate_chasing()
        help_window = getattr(self, "help_window", None)
        if help_window is not None:  # the guide in the new language, the next time it is shown
            help_window.close()
            help_window.deleteLater()
            self.help_window = None

    def _rebuild_pages(self) -> None:
        current = self.current_page_index()
        for index, page in list(self._built.items()):
            placeholder = QWidget()
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(page)
            page.deleteLater()
            del self._built[index]
        self._show_page(current)
        self.refresh_overview()

    # -- refreshing ---------------------------------------------------------------
    def refresh_all(self) -> None:
        for index, page in self._built.items():
            if index == PAGE_LOG:
                page.refill_officials()
            if index != PAGE_OVERVIEW:
                page.reload()
        self._refill_working_as()
        self.refresh_overview()

    def refresh_overview(self) -> None:
        from parapp.store.settings import load_settings

        s = load_settings(self.db)
        from parapp.ui.demo_window import window_title

        self.setWindowTitle(window_title(s.commune_name, self.db.path))
        page = self._built.get(PAGE_OVERVIEW)
        if page is None:
            return
        from parapp.core.overview import summarise

        register = self._built.get(PAGE_TASKS)
        if register is not None:
            rows = register.model.all_rows()
        else:
            from parapp.store.tasks import task_rows

            rows = task_rows(self.db)
        page.set_overview(summarise(rows, self.today), self.today, s.commune_name)
        page.set_next_report(self._next_report())

    def _next_report(self):
        from parapp.store.report_schedule import next_report

        return next_report(self.db, self.today)

    def open_next_report(self) -> None:
        """The overview's line about the next report: the reports page, with that report chosen."""
        st = self._next_report()
        self.nav.setCurrentRow(PAGE_REPORTS)
        if st is not None:
            self.reports.select_period(st.period)

    def show_tasks_with_status(self, status: str, due_within: int | None = None) -> None:
        self.nav.setCurrentRow(PAGE_TASKS)
        self.register.clear_filters()
        self.register.set_status_filter(status)
        if due_within:
            self.register.due_within.setValue(due_within)

    def show_tasks_of_plan(self, plan_id: int) -> None:
        self.nav.setCurrentRow(PAGE_TASKS)
        self.register.clear_filters()
        self.register.set_plan_filter(plan_id)

    # -- actions ------------------------------------------------------------------
    def edit_settings(self, first_run: bool = False) -> None:
        from parapp.store.settings import get_pref
        from parapp.ui import i18n
        from parapp.ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.db, self, first_run=first_run).exec():
            language = get_pref(self.db, "language", i18n.DEFAULT)
            if language != i18n.current():
                from PySide6.QtWidgets import QApplication

                i18n.install(QApplication.instance(), language)
                self.retranslate()
                self.statusBar().showMessage(tr("Đã đổi ngôn ngữ giao diện."), 8000)
            self.refresh_overview()
            self._settings_changed_chasing()

    def new_task(self) -> None:
        self.nav.setCurrentRow(PAGE_TASKS)
        self.register.add_task()

    def focus_search(self) -> None:
        self.nav.setCurrentRow(PAGE_TASKS)
        self.register.search.setFocus()
        self.register.search.selectAll()

    def print_current_page(self) -> None:
        from parapp.ui.page_print import print_page

        print_page(self, self.current_page_index())

    def show_guide(self) -> None:
        from parapp.ui.help_window import show_guide

        show_guide(self)

    def ask_who_is_working(self, force: bool = False):
        """At start (when this computer user has not said who they are) and from the status bar."""
        from parapp.ui.people.working_as import ask_who_is_working

        return ask_who_is_working(self, force=force)

    def _refill_working_as(self) -> None:
        from parapp.ui.people.working_as import refill_switch

        refill_switch(self.working_as, self.db, self.readonly)

    def _working_as_changed(self) -> None:
        from parapp.ui.people.working_as import remember_choice

        if not self.readonly:
            remember_choice(self.db, self.working_as.currentData())

    def set_working_as(self, official_id: int | None) -> None:
        self.working_as.setCurrentIndex(max(self.working_as.findData(official_id), 0))

    def backup_to_usb(self) -> None:
        from parapp.ui.backup_dialogs import backup_to_folder

        backup_to_folder(self, self.db)

    def request_restore(self) -> None:
        from parapp.ui.backup_dialogs import ask_restore

        ask_restore(self)

    def import_tasks(self) -> None:
        if self.readonly:
            return
        from parapp.ui.importing.import_dialog import ImportDialog

        plan_id = self._built[PAGE_TASKS].plan.currentData() if PAGE_TASKS in self._built else None
        dlg = ImportDialog(self.db, self, self.today, plan_id=plan_id)
        if dlg.exec():
            self.refresh_all()
            self.nav.setCurrentRow(PAGE_TASKS)
            self.statusBar().showMessage(tr("Đã nhập {0} nhiệm vụ.").format(len(dlg.imported)), 8000)

    def open_demo(self) -> None:
        from parapp.ui.demo_window import open_demo_commune

        open_demo_commune(self)

    def about(self) -> None:
        from parapp.ui.about import show_about

        show_about(self)

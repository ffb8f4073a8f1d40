"""The main window: a sidebar of pages around the task register.

Pages are built the first time they are shown, so the window appears as soon
as the page it opens on is ready (an old office PC with a hard disk waits for
every module it imports). The keyboard works from whichever page is shown:
Ctrl+N, Ctrl+I, Ctrl+F, Ctrl+P and F1 are window-wide actions.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget,
)

from parapp.ui import pages
from parapp.ui.chasing.window_part import ChasingWindow
from parapp.ui.pages import ATTRS, PAGES, page_titles
from parapp.ui.widgets.plain_looks import fill_background, set_point_size, set_text_colour
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import tr
from parapp.ui.widgets.typed_words import KeepsTypedWords

# A page's signal asking the window for something, and the window's method that does it.
REQUESTS = {"open_reports": "open_next_report", "show_status": "show_tasks_with_status", "open_demo": "open_demo",
            "show_tasks": "show_tasks_of_plan", "import_requested": "import_tasks", "carry_asked": "carry_unfinished",
            "restore_asked": "request_restore"}


def _page_property(attr: str):
    return property(lambda self: self.page(attr), doc=f"The {attr} page, built on first use.")


class MainWindow(ChasingWindow, KeepsTypedWords, QMainWindow):
    """Each page of parapp.ui.pages is an attribute (window.register, window.change_log …), built on first use."""

    data_changed = Signal(object)  # the kinds of data (parapp.ui.pages) an edit changed

    def __init__(self, db=None, today: dt.date | None = None, start_page: str | None = None):
        """No database yet: the window is its frame and sidebar, shown while the data opens (then attach())."""
        super().__init__()
        self.db = None
        self.today = today or dt.date.today()
        self.readonly = False
        self.readonly_why = ""  # the reason app.why_read_only gives ("full", "lock", "links", "snapshot", …)
        self.restart_requested = False
        self.pending_restore = None
        self.start_page = start_page
        self._init_chasing()
        self._built: dict[str, QWidget] = {}
        fit_window(self, 1280, 760, key="MainWindow", remember_place=True)

        self.nav = QListWidget()
        self.nav.addItems(page_titles())
        self.nav.setFixedWidth(150)
        set_point_size(self.nav, 11)
        row = QSize(0, self.nav.fontMetrics().height() + 16)  # 8 px above and below each page's name
        for i in range(self.nav.count()):
            self.nav.item(i).setSizeHint(row)
        self.nav.setEnabled(False)
        self.stack = QStackedWidget()
        for _ in PAGES:
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown
        self.opening = QLabel(tr("Đang mở dữ liệu…"))
        set_text_colour(self.opening, "#555")
        set_point_size(self.opening, 12)
        self.opening.setContentsMargins(24, 24, 24, 24)
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
        from parapp.ui.widgets.open_data_folders import avoid

        avoid(db.data_dir)  # never where a file dialog starts
        if self.readonly:
            self.banner.setWordWrap(True)
            fill_background(self.banner, "#fff1c2")
            set_point_size(self.banner, self.banner.font().pointSize(), bold=True)
            self.banner.setContentsMargins(8, 8, 8, 8)
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
        from parapp.ui.bad_text_repair import or_said  # text gone bad on the disk: opened, its repair offered (35A)
        or_said(self, self._refill_working_as)
        self.nav.currentRowChanged.connect(self._show_page)
        self.data_changed.connect(self._reload_pages_showing)
        self.nav.setEnabled(True)
        # The register is where the work is; tests (and the guide's screenshots) open on other pages.
        start = self.start_page
        self.show_page(start if start in ATTRS else "register")
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        or_said(self, self.refresh_overview)
        from parapp.ui.readonly_follow import follow_other_writer

        follow_other_writer(self)

    def bring_forward(self) -> None:
        """A second start of ParApp shows this window; on read-only data that can be written now, it says so."""
        super().bring_forward()
        if self.readonly:
            from parapp.ui.readonly_follow import say_if_writable_now

            say_if_writable_now(self)

    def reload_all_pages(self, kinds) -> None:
        """Another ParApp saved (this window reads only): every page built so far reads again what it shows."""
        self._reload_pages_showing(kinds, but="")

    # -- pages, built on first use ----------------------------------------------
    def page(self, attr: str) -> QWidget:
        page = self._built.get(attr)
        if page is not None:
            return page
        entry = pages.entry(attr)
        index = ATTRS.index(attr)
        page = entry.make(self)
        self._built[attr] = page
        placeholder = self.stack.widget(index)
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        self._wire(entry, page)
        self._working_as_last_in_tab_order()
        if attr == "overview":  # the other pages come loaded; the overview is filled from the register's rows
            self.refresh_overview()
        if self.readonly:
            page.set_read_only()
        return page

    def _working_as_last_in_tab_order(self) -> None:
        """Tab from the sidebar goes to the page, the status bar's "Làm việc với tư cách" last: it came first (made
        before the pages), where a keyboard user's next arrow key changed who is working (round 22A)."""
        last = self.previousInFocusChain()
        while last is not self and last.focusPolicy() == Qt.FocusPolicy.NoFocus:  # Qt orders focusable ones only
            last = last.previousInFocusChain()
        if last is not self and last is not self.working_as:
            QWidget.setTabOrder(last, self.working_as)

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._built)

    def _wire(self, entry: pages.PageEntry, page: QWidget) -> None:
        for signal, method in REQUESTS.items():
            if hasattr(page, signal):
                getattr(page, signal).connect(getattr(self, method))
        if entry.changes:  # the page has shown its own change already: the others read it
            page.changed.connect(lambda *_: self._reload_pages_showing(entry.changes, but=entry.attr))

    def show_page(self, attr: str) -> None:
        self.nav.setCurrentRow(ATTRS.index(attr))

    def _show_page(self, row: int) -> None:
        if row < 0 or self.db is None:
            return
        self._pages_follow()
        self.stack.setCurrentWidget(self.page(ATTRS[row]))

    def current_page_index(self) -> int:
        return self.nav.currentRow()

    def current_page(self) -> str | None:
        row = self.nav.currentRow()
        return ATTRS[row] if 0 <= row < len(ATTRS) else None

    def _build_menus(self) -> None:
        from parapp.ui.menus import build_menus

        build_menus(self)

    def _retranslate_shell(self) -> None:
        for i, title in enumerate(page_titles()):
            self.nav.item(i).setText(title)
        self.working_as_label.setText(tr("Làm việc với tư cách:"))
        from parapp.ui.readonly_banner import readonly_text

        self.banner.setText(readonly_text(self.db, self.readonly_why))
        self.working_as.setToolTip(tr("Ai đang làm việc trên máy này: Nhật ký ghi tên người này cho mọi thay đổi"))

    def retranslate(self) -> bool:
        """The language was changed: menus, sidebar, status bar and every page get the new words; False when the pages
        could not yet (said: they follow at the next page shown)."""
        self._build_menus()
        self._retranslate_shell()
        self._refill_working_as()
        rebuilt = self._rebuild_pages()
        if not rebuilt:
            from parapp.ui.uncaught import message_for  # why, in the words ParApp's handler of last resort has

            self._language_left_behind(message_for)
        self._retranslate_chasing()
        help_window = getattr(self, "help_window", None)
        if help_window is not None:  # the guide in the new language, the next time it is shown
            help_window.close()
            help_window.deleteLater()
            self.help_window = None
        return rebuilt

    # -- refreshing ---------------------------------------------------------------
    def refresh_all(self) -> None:
        """Every page built so far reads the database again."""
        self._reload_pages_showing(pages.EVERYTHING)

    def _reload_pages_showing(self, kinds, but: str = "overview") -> None:
        """An edit changed these kinds of data: the pages built so far that show them read them again
        (but the page the edit was made on, which shows it already; the overview is filled below)."""
        for entry in PAGES:
            page = self._built.get(entry.attr)
            if page is not None and entry.attr not in (but, "overview") and entry.shows & kinds:
                page.reload()
        if pages.OFFICIALS in kinds:
            self._refill_working_as()
        self.refresh_overview()
        self.refresh_reminder()

    def refresh_overview(self) -> None:
        from parapp.store.settings import load_settings

        s = load_settings(self.db)
        from parapp.ui.demo_window import window_title

        self.setWindowTitle(window_title(s.commune_name, self.db.path))
        page = self._built.get("overview")
        if page is None:
            return
        from parapp.core.overview import summarise

        register = self._built.get("register")
        if register is not None:
            rows = register.model.all_rows()
        else:
            from parapp.store.tasks import task_rows

            rows = task_rows(self.db)
        page.set_overview(summarise(rows, self.today), self.today, s.commune_name)
        page.set_next_report(self.next_report())

    def next_report(self):
        from parapp.store.report_schedule import next_report

        return next_report(self.db, self.today)

    def open_next_report(self) -> None:
        """The overview's line about the next report: the reports page, with that report chosen."""
        st = self.next_report()
        self.show_page("reports")
        if st is not None:
            self.reports.select_period(st.period)

    def show_tasks_with_status(self, status: str, due_within: int | None = None) -> None:
        self.show_page("register")
        self.register.clear_filters()
        self.register.set_status_filter(status)
        if due_within:
            self.register.due_within.setValue(due_within)

    def show_tasks_of_plan(self, plan_id: int) -> None:
        self.show_page("register")
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
                if self.retranslate():  # else said: not claimed for half a language (round 39B)
                    self.statusBar().showMessage(tr("Đã đổi ngôn ngữ giao diện."), 8000)
            self.refresh_overview()
            self._settings_changed_chasing()

    def new_task(self) -> None:
        self.show_page("register")
        self.register.add_task()

    def focus_search(self) -> None:
        self.show_page("register")
        self.register.search.setFocus()
        self.register.search.selectAll()

    def print_current_page(self) -> None:
        from parapp.ui.widgets.cell_editing import finish_cell_editing
        from parapp.ui.widgets.operation import attempt

        page = self.page(self.current_page() or "register")
        if finish_cell_editing():  # the value still in its cell prints, once stored (round 21A)
            QTimer.singleShot(0, self, lambda: attempt(self, lambda: page.print_shown(self), tr("Không in được")))
            return
        attempt(self, lambda: page.print_shown(self), tr("Không in được"))

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
            remember_choice(self.db, self.working_as.currentData(), self.working_as)

    def set_working_as(self, official_id: int | None) -> None:
        self.working_as.setCurrentIndex(max(self.working_as.findData(official_id), 0))

    def backup_to_usb(self) -> None:
        from parapp.ui.backup_dialogs import backup_to_folder

        # What the pages hold typed (the PAR panel's "Giải trình", a value waiting for room) goes into the copy: it was
        # left out, "Đã sao lưu" said (round 43B). Not stored (a full disk, said when typed), the backup is made all the
        # same: it is the way out.
        self._typed_stored()
        backup_to_folder(self, self.db)

    def request_restore(self) -> None:
        from parapp.ui.backup_dialogs import ask_restore

        ask_restore(self)

    def import_tasks(self) -> None:
        if self.readonly:
            return
        from parapp.ui.importing.import_dialog import ImportDialog

        plan_id = self._built["register"].plan.currentData() if "register" in self._built else None
        dlg = ImportDialog(self.db, self, self.today, plan_id=plan_id)
        if dlg.exec():
            self.data_changed.emit(pages.EVERYTHING)
            self.show_page("register")
            self.statusBar().showMessage(tr("Đã nhập {0} nhiệm vụ.").format(len(dlg.imported)), 8000)

    def open_demo(self) -> None:
        from parapp.ui.demo_window import open_demo_commune

        open_demo_commune(self)

    def about(self) -> None:
        from parapp.ui.about import show_about

        show_about(self)


for _entry in PAGES:  # one attribute a registered page: a new page needs no line here
    setattr(MainWindow, _entry.attr, _page_property(_entry.attr))

"""The daily reminder: at start and, while ParApp runs, on each new day, it says what is
overdue, what falls due this week and which report is due, and a click opens the page
that shows it. Never more than once a day per data folder (the day is remembered with
the data); off when the settings say so.

Where the desktop has a notification area, a bubble from ParApp's icon there says it
(and minimising may hide the window there, if chosen in the settings); the strip at
the top of the window says it in every case, so nothing depends on the notification
area. What to say and when is services.chasing's; this module only shows it.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from parapp.core.reminders import NOTICE_DAYS, NOTICE_REPORT_DAYS, Reminders
from parapp.core.task_filter import OPEN
from parapp.services.chasing import daily_notice, mark_notice_shown, reminder_prefs, reminders
from parapp.ui.chasing.words import first_report, notice_text, notice_title
from parapp.ui.widgets import operation
from parapp.ui.widgets.texts import tr

CHECK_MS = 10 * 60 * 1000   # the new day is noticed within ten minutes (after midnight, or after a sleeping PC wakes)
BUBBLE_MS = 30 * 1000


class ReminderNotifier(QObject):
    def __init__(self, window, clock: Callable[[], dt.date] | None = None,
                 tray_available: Callable[[], bool] | None = None):
        super().__init__(window)
        self.window = window
        self.clock = clock or dt.date.today
        self.tray_available = tray_available or QSystemTrayIcon.isSystemTrayAvailable
        self.tray: QSystemTrayIcon | None = None
        self.tray_menu: QMenu | None = None  # kept from Python: Qt holds no owning reference to it
        self.minimise_to_tray = False
        self.shown: Reminders | None = None
        # Checked once a day whatever it found; read-only data remembers nothing, so once a start there.
        self._days_checked: set[dt.date] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        window.reminder_banner.link.connect(self.open_link)

    def start(self, first_delay_ms: int = 1500) -> None:
        """The first check a moment after the window is up (it must not slow the start), then every ten minutes. The
        rounds are set going first: a preference gone bad on the disk fails apply_prefs, said with its repair, and the
        day's reminder still comes once it is mended (round 36A)."""
        self.timer.start()
        QTimer.singleShot(first_delay_ms, self.check)
        self.apply_prefs()

    # -- the notification area --------------------------------------------------------------
    def apply_prefs(self) -> None:
        """Show or remove the icon in the notification area as the settings now say."""
        prefs = reminder_prefs(self.window.db)
        want = (prefs.enabled or prefs.tray) and self.tray_available()
        if want and self.tray is None:
            self._make_tray()
        elif not want and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
        self.minimise_to_tray = prefs.tray and self.tray is not None

    def _make_tray(self) -> None:
        from parapp.assets import asset

        self.tray = QSystemTrayIcon(QIcon(str(asset("icons", "parapp.png"))), self)
        self.tray.setToolTip("ParApp")
        self.tray_menu = QMenu()
        self.fill_tray_menu()
        self.tray.setContextMenu(self.tray_menu)
        self.tray.messageClicked.connect(self.open_shown)
        self.tray.activated.connect(self._tray_clicked)
        self.tray.show()

    def fill_tray_menu(self) -> None:
        """The icon's menu, in the interface's language (filled again when it changes)."""
        menu = self.tray_menu
        assert menu is not None
        menu.clear()
        menu.addAction(tr("Mở ParApp"), self.window.bring_forward)
        menu.addAction(tr("Nhắc việc hôm nay"), self.show_now)
        menu.addSeparator()
        menu.addAction(tr("Thoát"), self.window.close)

    def _tray_clicked(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.window.bring_forward()

    # -- once a day ---------------------------------------------------------------------------
    def check(self) -> bool:
        """Once a day (at start, then when the day changes): show the day's reminder if it is due.
        True when it was shown."""
        if operation.RUNNING:  # it writes on the connection a backup or an import is using: at the next tick
            return False
        day = self.clock()
        if day != self.window.today:
            if not self.window.new_day(day) and QApplication.activeModalWidget() is not None:
                return False  # a dialog is open: the pages move to the new day at the next check
            # Else moved, or the pages kept with words typed that cannot be stored yet (a full disk, round 36B): they
            # move at a later check, the day's reminder does not wait for them (round 37B: it never came that day).
            if day not in self._days_checked:
                self.window.reminder_banner.hide()  # yesterday's words
        if day in self._days_checked:
            return False
        self._days_checked.add(day)
        rem = daily_notice(self.window.db, day, rows=self._register_rows())
        if rem is None:
            return False
        self.notify(rem)
        mark_notice_shown(self.window.db, day)
        return True

    def _register_rows(self):
        """The register's lines when its page has them loaded (it opens on them): not read twice."""
        page = self.window.built_pages().get("register")
        return page.model.all_rows() if page is not None else None

    def show_now(self) -> None:
        """Nhiệm vụ → Nhắc việc hôm nay: the reminder again, whatever the settings and the day."""
        day = self.clock()
        rem = reminders(self.window.db, day, NOTICE_DAYS, NOTICE_REPORT_DAYS, rows=self._register_rows())
        if rem.is_empty():
            self.window.reminder_banner.hide()
            # The horizon said: "không có … báo cáo phải gửi" beside the overview's year report due in 15 days read as
            # a contradiction (round 35E)
            self.window.statusBar().showMessage(
                tr("Hôm nay không có nhiệm vụ quá hạn hay đến hạn trong tuần, không có báo cáo quá hạn hay đến hạn gửi "
                   "trong {0} ngày tới.").format(NOTICE_REPORT_DAYS), 10000)
            return
        self.notify(rem)

    def refresh_shown(self) -> None:
        """The data changed while the strip is up: it says the day's reminder again, as of now (gone when nothing is
        left to say). No bubble: the day's notification was given."""
        banner = self.window.reminder_banner
        if self.shown is None or banner is None or banner.isHidden():
            return
        # The register page's lines, read again just before (ui.main_window._reload_pages_showing): the whole register
        # read a second time at every edit took 20 ms at 2,752 tasks, 100 ms at 11,008 (round 29B).
        rem = reminders(self.window.db, self.shown.today, NOTICE_DAYS, NOTICE_REPORT_DAYS,
                        rows=self._register_rows())
        self.shown = rem
        if rem.is_empty():
            banner.hide()
        else:
            banner.show_reminders(rem)

    def notify(self, rem: Reminders) -> None:
        self.shown = rem
        self.window.reminder_banner.show_reminders(rem)
        if self.tray is not None:
            icon = (QSystemTrayIcon.MessageIcon.Warning if rem.overdue or rem.reports_late
                    else QSystemTrayIcon.MessageIcon.Information)
            self.tray.showMessage(notice_title(rem), notice_text(rem), icon, BUBBLE_MS)
        else:
            self.window.statusBar().showMessage(notice_title(rem), 15000)
        QApplication.alert(self.window)  # the taskbar button flashes when the window is not in front

    # -- clicks ---------------------------------------------------------------------------------
    def open_shown(self) -> None:
        """The bubble was clicked: the tasks it spoke of (overdue and this week's), else its report."""
        rem = self.shown
        if rem is None:
            return
        self.window.bring_forward()
        if rem.overdue or rem.due_soon:
            self.window.show_tasks_with_status(OPEN, due_within=rem.days)
        else:
            report = first_report(rem)
            if report is not None:
                self.window.show_report_period(report.period)

    def open_link(self, href: str) -> None:
        from parapp.core.task_filter import DUE_SOON, OVERDUE
        from parapp.ui.chasing.banner import OVERDUE_LINK, REPORT_LINK, WEEK_LINK

        rem = self.shown
        if rem is None:
            return
        if href == OVERDUE_LINK:
            self.window.show_tasks_with_status(OVERDUE)
        elif href == WEEK_LINK:
            self.window.show_tasks_with_status(DUE_SOON, due_within=rem.days)
        elif href.startswith(REPORT_LINK + ":"):
            reports = rem.reports_late + rem.reports_due
            i = int(href.split(":", 1)[1])
            if 0 <= i < len(reports):
                self.window.show_report_period(reports[i].period)

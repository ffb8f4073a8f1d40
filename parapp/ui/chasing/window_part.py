"""The main window's part in chasing the work: moving to a new day, coming back from the
notification area (or hiding there), opening what a reminder points at, starting the daily
reminder, the urging letter, carrying the year's unfinished work into the next."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class ChasingWindow:
    """Mixed into MainWindow (before QMainWindow, so changeEvent reaches Qt through super())."""

    def _init_chasing(self) -> None:
        self.reminders = None  # the daily reminder (ui.chasing.notifier), started by the app
        self.reminder_banner = None  # made when the data is attached
        self.ask_when_shown = False  # started minimised: "who is working?" waits for the window

    def new_day(self, day: dt.date) -> bool:
        """The calendar moved on while ParApp ran: the pages are built again counting from the new
        day. Not while a dialog is open (it may belong to a page), nor while words typed on a page cannot be stored
        (a full disk, round 36B), nor while one is refused (unsaid: no act of the clerk behind it, round 40B): False,
        try again later."""
        from parapp.ui.widgets.operation import unsaid

        if QApplication.activeModalWidget() is not None:
            return False
        with unsaid():
            if not self._typed_stored():
                return False
        self.today = day
        self._rebuild_pages()
        return True

    def _rebuild_pages(self) -> bool:
        """Every page built so far is built again (a new day, a new language); False, the pages left as they are, while
        words typed on one cannot be stored yet (round 36B)."""
        if not self._typed_stored():
            return False
        self._pages_behind = False
        current = self.current_page_index()
        for attr, page in list(self._built.items()):
            placeholder = QWidget()
            self.stack.insertWidget(self.stack.indexOf(page), placeholder)
            self.stack.removeWidget(page)
            page.deleteLater()
            del self._built[attr]
        self._show_page(current)
        self.refresh_overview()
        return True

    def _language_left_behind(self, message_for) -> None:
        """A language chosen while words typed on a page could not be stored (a nearly full disk): the menus changed,
        the pages not. Round 39B: nothing was said and the status bar claimed the change; the pages stayed in the old
        language until the next day. Said, with why (`message_for`, ui.uncaught's); the pages follow at the next page
        shown once the words are stored."""
        from parapp.ui.widgets.texts import show_error, tr

        self._pages_behind = True
        why = getattr(self, "_unstored_why", None)
        said = tr("Trình đơn đã đổi sang ngôn ngữ mới nhưng các trang chưa đổi: những gì vừa gõ trên một trang "
                  "chưa lưu được. {0}\n\nCác trang sẽ đổi sang ngôn ngữ mới khi chuyển sang trang khác, sau khi "
                  "những chữ đó lưu được.")
        show_error(self, said.format(message_for(why) if why is not None else ""), tr("Chưa đổi hết ngôn ngữ"))

    def _pages_follow(self) -> None:
        """The pages built again in the language chosen, when that waited on words typed (_language_left_behind)."""
        # Not under a dialog (it may be a page's: the report editor, open from a reminder clicked in the notification
        # area, would go with its page), as new_day.
        if getattr(self, "_pages_behind", False) and QApplication.activeModalWidget() is None:
            self._pages_behind = False  # not again from the _show_page the rebuilding calls
            if not self._rebuild_pages():
                self._pages_behind = True

    def _typed_stored(self) -> bool:
        """What each built page holds typed (the PAR panel's "Giải trình") is stored before the pages are built again,
        or (False) they stay as they are with the words in them. Round 36B: the window left open over midnight on a
        disk that filled meanwhile threw the PAR page away with the words (or, the page showing, left it out of the
        window for the session); a language chosen in the settings with room for it but not for the words did the
        same. Unsaid here: the words are on the screen, and closing says why (typed_words)."""
        from parapp.store.connect import is_storage_error

        for page in list(getattr(self, "_built", {}).values()):
            keep = getattr(page, "keep_typed", None)
            try:
                if keep is not None and not keep():
                    return False
            except Exception as exc:
                if is_storage_error(exc) or isinstance(exc, OSError):
                    self._unstored_why = exc  # why, for what has to say it (_language_left_behind)
                    return False
                raise
        return True

    def bring_forward(self) -> None:
        """A second ParApp was started on the same data, or the notification area's icon or bubble was
        clicked: show this one."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self._ask_if_waiting()

    def _ask_if_waiting(self) -> None:
        if self.ask_when_shown:  # started minimised: "who is working?" waited for the window
            self.ask_when_shown = False
            self.ask_who_is_working()

    def show_report_period(self, period) -> None:
        self.show_page("reports")
        self.reports.select_period(period)

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() != QEvent.Type.WindowStateChange:
            return
        if self.isMinimized():
            if self.reminders is not None and self.reminders.minimise_to_tray:
                QTimer.singleShot(0, self.hide)  # into the notification area; its icon brings it back
        elif self.ask_when_shown:  # restored from the taskbar
            QTimer.singleShot(0, self._ask_if_waiting)

    def _attach_chasing(self) -> None:
        """The strip the day's reminder shows in, under the read-only banner."""
        from parapp.ui.chasing.banner import ReminderBanner

        self.reminder_banner = ReminderBanner()
        self.reminder_banner.letter.connect(self.compose_letter)
        self.outer.insertWidget(1, self.reminder_banner)

    def _settings_changed_chasing(self) -> None:
        if self.reminders is not None:
            self.reminders.apply_prefs()  # the icon in the notification area, as the settings now say

    def _retranslate_chasing(self) -> None:
        if self.reminder_banner is not None:
            self.reminder_banner.retranslate()
        if self.reminders is not None and self.reminders.tray_menu is not None:
            self.reminders.fill_tray_menu()

    def start_reminders(self, first_delay_ms: int = 1500, **kw) -> None:
        from parapp.ui.chasing.notifier import ReminderNotifier

        self.reminders = ReminderNotifier(self, **kw)
        self.reminders.start(first_delay_ms)

    def refresh_reminder(self) -> None:
        """The strip speaks of the data as it is now: after the late tasks were marked done it still said "4 nhiệm
        vụ quá hạn", and its link listed none (round 28B left it)."""
        if self.reminders is not None:
            self.reminders.refresh_shown()

    def remind_now(self) -> None:
        """Nhiệm vụ → Nhắc việc hôm nay."""
        if self.reminders is None:  # not started (a test's window): the same reminder, without the daily round
            from parapp.ui.chasing.notifier import ReminderNotifier

            self.reminders = ReminderNotifier(self, clock=lambda: self.today, tray_available=lambda: False)
        self.reminders.show_now()

    def compose_letter(self) -> None:
        from parapp.ui.chasing.letter_dialog import LetterDialog

        LetterDialog(self.db, self.today, self).exec()

    def carry_unfinished(self) -> None:
        """Nhiệm vụ → Chuyển việc chưa xong sang năm sau… (and the overview's year-end line): the dialog over the
        register, then the register showing the old tasks carried."""
        from parapp.ui.chasing.carry_dialog import carry_unfinished  # loaded when asked: a start does without it
        from parapp.ui.widgets.texts import tr

        self.show_page("register")
        carried = carry_unfinished(self.register)
        if carried:
            self.statusBar().showMessage(tr("Đã chuyển {0} nhiệm vụ sang kế hoạch năm sau.").format(carried), 8000)

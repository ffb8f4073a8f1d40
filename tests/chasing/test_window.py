"""The daily reminder, the letter's dialog and the meeting lists in the window (offscreen): what the
strip and the bubble say, where their clicks lead, once a day, off when turned off, nothing lost
without a notification area, the next day noticed; the dialogs print what was chosen."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from parapp.core.task_filter import DUE_SOON, OPEN, OVERDUE
from parapp.services.chasing import reminder_prefs, save_reminder_prefs
from parapp.ui.chasing.banner import OVERDUE_LINK, REPORT_LINK, WEEK_LINK

from .conftest import TODAY, day
from tests.ui.settle import settle


class Clock:
    def __init__(self, today):
        self.today = today

    def __call__(self):
        return self.today


@pytest.fixture
def window(qtbot, chase_db):
    from parapp.ui.main_window import MainWindow

    w = MainWindow(chase_db, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def bubbles(monkeypatch):
    said = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, text, *a: said.append((title, text)))
    return said


def start(window, clock, tray=False):
    from parapp.ui.chasing.notifier import ReminderNotifier

    window.reminders = ReminderNotifier(window, clock=clock, tray_available=lambda: tray)
    window.reminders.apply_prefs()
    return window.reminders


def test_strip_says_what_is_late_due_this_week_and_which_report(window, chase_db):
    n = start(window, Clock(TODAY))
    assert n.check() is True
    banner = window.reminder_banner
    assert banner.isVisibleTo(window)
    text = banner.text.text()
    # the late ones (the one nobody leads too: the register marks it overdue) and the one due today
    assert "3 nhiệm vụ quá hạn" in text and "1 nhiệm vụ đến hạn trong tuần này" in text
    assert "Báo cáo 6 tháng đầu năm 2024: hạn gửi 20/06/2024 (còn 10 ngày), chưa soạn" in text
    assert reminder_prefs(chase_db).shown_on == TODAY  # remembered with the data
    assert n.check() is False  # never twice a day …
    later = start(window, Clock(TODAY))  # … not even after ParApp is started again
    assert later.check() is False


def test_links_open_the_page_that_shows_it(window):
    n = start(window, Clock(TODAY))
    n.check()
    n.open_link(OVERDUE_LINK)
    assert window.current_page_index() == 1 and window.register.status.currentData() == OVERDUE
    assert window.register.model.rowCount() == 3  # the two with a lead and the one nobody leads
    n.open_link(WEEK_LINK)
    assert (window.register.status.currentData(), window.register.due_within.value()) == (DUE_SOON, 7)
    assert [r.content for r in window.register.model.visible_rows()] == [
        "Niêm yết công khai thủ tục hành chính tại Trung tâm"]
    n.open_link(f"{REPORT_LINK}:0")
    assert window.current_page_index() == 2
    st = window.reports.current()
    assert (st.period.kind.value, st.period.year) == ("h1", 2024)


def test_bubble_in_the_notification_area_and_its_click(window, bubbles):
    n = start(window, Clock(TODAY), tray=True)
    assert n.tray is not None
    n.check()
    (title, text), = bubbles
    assert title == "ParApp – nhắc việc ngày 10/06/2024"
    assert text.splitlines()[:3] == ["3 nhiệm vụ quá hạn", "1 nhiệm vụ đến hạn trong tuần này",
                                     "Báo cáo 6 tháng đầu năm 2024: hạn gửi 20/06/2024 (còn 10 ngày), chưa soạn"]
    window.nav.setCurrentRow(0)
    n.tray.messageClicked.emit()
    assert window.current_page_index() == 1
    assert (window.register.status.currentData(), window.register.due_within.value()) == (OPEN, 7)
    assert window.register.model.rowCount() == 4  # the three late and the one due this week


def test_turned_off_says_nothing_but_the_menu_still_can(window, chase_db, bubbles):
    save_reminder_prefs(chase_db, enabled=False, tray=False)
    n = start(window, Clock(TODAY), tray=True)
    assert n.tray is None  # nothing in the notification area either
    assert n.check() is False and not window.reminder_banner.isVisibleTo(window) and bubbles == []
    window.act_remind.trigger()  # Nhiệm vụ → Nhắc việc hôm nay
    assert window.reminder_banner.isVisibleTo(window)


def test_nothing_to_say_shows_nothing(window, chase_db):
    n = start(window, Clock(dt.date(2023, 1, 2)))
    window.today = dt.date(2023, 1, 2)
    assert n.check() is False and not window.reminder_banner.isVisibleTo(window)
    window.act_remind.trigger()
    said = window.statusBar().currentMessage()
    # the reports' horizon said (round 35E: "không có … báo cáo phải gửi" beside the overview's report due in 15 days)
    assert "không có nhiệm vụ quá hạn" in said and "đến hạn gửi trong 14 ngày tới" in said, said


def test_the_next_day_is_noticed_and_the_pages_count_from_it(window):
    clock = Clock(TODAY)
    n = start(window, clock)
    n.check()
    window.register.search.setText("hộ tịch")
    clock.today = day(1)
    assert n.check() is True
    assert window.today == day(1)
    assert window.register.today == day(1) and window.register.search.text() == ""  # the page was built anew
    assert "4 nhiệm vụ quá hạn" in window.reminder_banner.text.text()  # the one due yesterday is late now


def test_yesterdays_words_go_with_yesterday(window, chase_db):
    clock = Clock(TODAY)
    n = start(window, clock)
    assert n.check() and window.reminder_banner.isVisibleTo(window)
    save_reminder_prefs(chase_db, enabled=False, tray=False)  # turned off during the day
    clock.today = day(1)
    assert n.check() is False and not window.reminder_banner.isVisibleTo(window)


def test_the_next_day_waits_for_an_open_dialog(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication, QDialog

    clock = Clock(day(1))
    n = start(window, clock)
    d = QDialog(window)
    d.setModal(True)
    d.show()
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: d))
    assert n.check() is False and window.today == TODAY
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: None))
    d.close()
    assert n.check() is True and window.today == day(1)


def test_read_only_data_still_reminds_once_a_start(qtbot, chase_path):
    from parapp.store.db import open_readonly
    from parapp.ui.main_window import MainWindow

    db = open_readonly(chase_path)
    try:
        w = MainWindow(db, today=TODAY)
        qtbot.addWidget(w)
        n = start(w, Clock(TODAY))
        assert n.check() is True and w.reminder_banner.isVisibleTo(w)
        assert reminder_prefs(db).shown_on is None  # nothing written
        assert n.check() is False
        w.close()
    finally:
        db.close()


def test_minimising_hides_in_the_notification_area_only_when_chosen(window, chase_db, qtbot):
    n = start(window, Clock(TODAY), tray=True)
    assert not n.minimise_to_tray
    window.showMinimized()
    settle(qtbot, 50)
    assert window.isVisible()
    save_reminder_prefs(chase_db, enabled=True, tray=True)
    n.apply_prefs()
    window.showNormal()
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    n.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isVisible()


def test_settings_tab(qtbot, chase_db):
    from parapp.ui.chasing.settings_tab import ReminderSettings

    tab = ReminderSettings(chase_db, tray_available=False)
    qtbot.addWidget(tab)
    assert tab.enabled.isChecked() and not tab.tray.isEnabled()
    tab.enabled.setChecked(False)
    tab.save(chase_db)
    assert not reminder_prefs(chase_db).enabled
    with_tray = ReminderSettings(chase_db, tray_available=True)
    qtbot.addWidget(with_tray)
    assert with_tray.tray.isEnabled() and not with_tray.enabled.isChecked()


def test_settings_dialog_saves_the_reminder_with_the_rest(qtbot, chase_db):
    from parapp.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(chase_db)
    qtbot.addWidget(dlg)
    dlg.reminder_tab.enabled.setChecked(False)
    dlg.save()
    assert not reminder_prefs(chase_db).enabled


# -- the letter and the lists -------------------------------------------------------------------

@pytest.fixture
def previews(monkeypatch):
    shown = []

    def fake_exec(self):
        shown.append(self)
        self.done(0)  # as a user's Đóng: its page-rendering thread is stopped
        return 0

    monkeypatch.setattr("parapp.ui.preview.pdf_preview.PdfPreview.exec", fake_exec)
    return shown


def pdf_text(data: bytes) -> str:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as doc:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)


def test_letter_dialog_prints_the_chosen_offices(qtbot, chase_db, previews):
    from parapp.services.letters import PREF_SIGNER
    from parapp.store.settings import get_pref
    from parapp.ui.chasing.letter_dialog import LetterDialog

    dlg = LetterDialog(chase_db, TODAY)
    qtbot.addWidget(dlg)
    items = [dlg.offices.item(i) for i in range(dlg.offices.count())]
    assert [i.text() for i in items] == ["Đồng chí Phạm Minh Đức: 0 quá hạn, 1 sắp đến hạn",
                                         "Phòng Văn hóa – Xã hội: 1 quá hạn, 0 sắp đến hạn",
                                         "Văn phòng HĐND và UBND: 1 quá hạn, 1 sắp đến hạn"]
    assert "1 nhiệm vụ quá hạn hoặc sắp đến hạn chưa giao" in dlg.note.text()
    assert dlg.reply_by.date().toPython() == dt.date(2024, 6, 17)
    assert dlg.signer.currentData() == "vice:Đinh Văn Sơn"
    items[0].setCheckState(Qt.CheckState.Unchecked)
    dlg.signer.setCurrentIndex(dlg.signer.findData("vice:Nguyễn Thị Lan"))
    dlg.preview()
    (p,), text = previews, pdf_text(previews[0].pdf)
    assert "Kính gửi: - Phòng Văn hóa – Xã hội; - Văn phòng HĐND và UBND." in text
    assert "Kiểm tra công tác hộ tịch" not in text and "Nguyễn Thị Lan" in text
    assert p.word is not None and p.word()[:2] == b"PK"  # Xuất Word… makes the same letter
    assert get_pref(chase_db, PREF_SIGNER) == "vice:Nguyễn Thị Lan"  # the next letter is signed the same way
    dlg.days.setValue(0)  # only today's and the late ones
    assert dlg.offices.count() == 2


def test_letter_dialog_with_nothing_to_chase(qtbot, chase_db):
    from parapp.ui.chasing.letter_dialog import LetterDialog

    dlg = LetterDialog(chase_db, dt.date(2023, 1, 2))
    qtbot.addWidget(dlg)
    assert dlg.offices.count() == 0 and not dlg.preview_btn.isEnabled() and "chưa cần" in dlg.note.text()


def test_meeting_lists_from_the_officials_page(window, previews):
    window.nav.setCurrentRow(4)
    page = window.officials
    assert page.buttons["Danh sách việc cho giao ban…"].isEnabled()
    from parapp.ui.chasing.meeting_dialog import MeetingListsDialog

    dlg = MeetingListsDialog(window.db, TODAY, page)
    texts = [dlg.groups.item(i).text() for i in range(dlg.groups.count())]
    assert texts[2] == "Văn phòng HĐND và UBND: 4 đang mở (1 quá hạn, 1 sắp đến hạn)"
    assert texts[-1].startswith("(chưa giao người chủ trì)")
    for i in (0, 1, 3):
        dlg.groups.item(i).setCheckState(Qt.CheckState.Unchecked)
    dlg.preview()
    text = pdf_text(previews[0].pdf)
    assert "Văn phòng HĐND và UBND" in text and "Phòng Văn hóa" not in text and "Quá hạn 10 ngày" in text
    dlg.by_person.setChecked(True)
    assert [dlg.groups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dlg.groups.count())] == [
        "Đinh Thị Thu Hương", "Nguyễn Thị Hồng Nhung", "Phạm Minh Đức", ""]
    dlg.close()


def test_minimized_reaches_the_window_from_the_command_line(monkeypatch, chase_path):
    import parapp.ui.app as app_module
    from parapp.cli.main import main

    seen = []
    monkeypatch.setattr(app_module, "run_app", lambda db_path, lang=None, minimized=False: seen.append(
        (db_path, minimized)) or 0)
    assert main(["--minimized", "--db", str(chase_path)]) == 0
    assert main(["--db", str(chase_path)]) == 0
    assert seen == [(chase_path, True), (chase_path, False)]


def test_the_strip_follows_the_interface_language(window, qapp):
    from parapp.ui import i18n

    n = start(window, Clock(TODAY))
    n.check()
    try:
        i18n.install(qapp, "en")
        window.retranslate()
        assert window.reminder_banner.letter_btn.text() == "Write an urging letter…"
        assert "3 overdue tasks" in window.reminder_banner.text.text()
    finally:
        i18n.install(qapp, "vi")
        window.retranslate()
    assert "3 nhiệm vụ quá hạn" in window.reminder_banner.text.text()


def test_the_icons_menu(window, bubbles, qapp):
    from parapp.ui import i18n

    n = start(window, Clock(TODAY), tray=True)
    assert [a.text() for a in n.tray_menu.actions() if a.text()] == ["Mở ParApp", "Nhắc việc hôm nay", "Thoát"]
    try:
        i18n.install(qapp, "en")
        window.retranslate()
        assert [a.text() for a in n.tray_menu.actions() if a.text()] == ["Open ParApp", "Today's reminder", "Quit"]
    finally:
        i18n.install(qapp, "vi")
        window.retranslate()
    n.tray_menu.actions()[1].trigger()  # Nhắc việc hôm nay, from the icon
    assert len(bubbles) == 1 and window.reminder_banner.isVisibleTo(window)


def test_the_strip_follows_what_the_clerk_marks_done(window, chase_db):
    # Round 28B left it: after the late tasks were marked done the strip still said "3 nhiệm vụ quá hạn", and its
    # link then listed fewer; it now says the day's reminder as the data is, and goes when nothing is left to say.
    from parapp.services.task_completion import complete_task

    n = start(window, Clock(TODAY))
    assert n.check() is True
    banner = window.reminder_banner
    assert "3 nhiệm vụ quá hạn" in banner.text.text()
    window.show_page("register")
    late = [t.id for t in n.shown.overdue]
    complete_task(chase_db, late[0], completed_on=TODAY, delay_reason="Chờ số liệu", today=TODAY)
    window.register.reload()  # as "Đánh dấu hoàn thành" does once its form is accepted
    window.register.changed.emit()
    assert "2 nhiệm vụ quá hạn" in banner.text.text() and not banner.isHidden()
    assert len(n.shown.overdue) == 2  # the bubble's click lists what the strip says

"""A week of real use (issue 11): the keyboard from every page, the mark-done form,
the language switch, who is working, saving a PDF, the guide, the error handler."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from parapp.store import officials, tasks
from parapp.ui.main_window import MainWindow
from parapp.ui.pages import ATTRS

from .conftest import TODAY


@pytest.fixture
def opened(monkeypatch):
    """Modal dialogs would block a test: record each one's class and title, then close it."""
    seen = []

    def fake_exec(self, *_):
        self.show()
        seen.append((type(self).__name__, self.windowTitle(), self))
        self.done(0)
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def _late_task(db, content="Báo cáo quý I", deadline="Trước ngày 15/3/2024"):
    return tasks.create_task(db, {"content": content, "deadline_text": deadline, "stt": "7"}, TODAY)


@pytest.mark.parametrize("start", ATTRS)
def test_shortcuts_work_from_whichever_page_the_window_opens_on(qtbot, ui_db, opened, start):
    from PySide6.QtTest import QTest

    _late_task(ui_db)
    w = MainWindow(ui_db, today=TODAY, start_page=start)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    assert w.current_page() == start
    QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert [c for c, _, _ in opened][:2] == ["TaskDialog", "ImportDialog"]
    w.show_page(start)
    QTest.keyClick(w, Qt.Key.Key_F1)
    assert w.help_window.isVisible()
    assert w.help_window.browser.source().fileName() == "guide_vi.html"
    w.help_window.close()
    QTest.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() == "register" and w.register.search.hasFocus()


@pytest.mark.parametrize("page, title", [
    ("overview", "Xem trước: Tình hình nhiệm vụ CCHC ngày 20-05-2024.pdf"),
    ("register", "Xem trước: Danh sách nhiệm vụ CCHC ngày 20-05-2024.pdf"),
    ("reports", "Xem trước: Báo cáo CCHC quý I năm 2024.pdf"),
    ("figures", "Xem trước: Số liệu CCHC năm 2024.pdf"),
    ("officials", "Xem trước: Danh sách cán bộ.pdf"),
    ("change_log", "Xem trước: Nhật ký thay đổi"),
])
def test_ctrl_p_previews_what_the_page_shows(qtbot, ui_db, opened, page, title):
    from PySide6.QtTest import QTest

    _late_task(ui_db)
    w = MainWindow(ui_db, today=TODAY, start_page=page)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    if page == "reports":
        w.reports.table.selectRow(0)
    QTest.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    previews = [t for c, t, _ in opened if c == "PdfPreview"]
    assert previews and previews[0].startswith(title)


def test_the_register_prints_its_filtered_list(qtbot, ui_db, opened):
    import io

    import pdfplumber

    _late_task(ui_db, "Rà soát thủ tục hành chính")
    tasks.create_task(ui_db, {"content": "Tuyên truyền cải cách hành chính", "deadline_text": "Quý IV/2024"}, TODAY)
    w = MainWindow(ui_db, today=TODAY)
    qtbot.addWidget(w)
    w.register.search.setText("ra soat")
    w.print_current_page()
    preview = next(d for c, _, d in opened if c == "PdfPreview")
    with pdfplumber.open(io.BytesIO(preview.pdf)) as doc:
        text = "\n".join(p.extract_text() for p in doc.pages)
    assert "DANH SÁCH NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH" in text and "Có từ “ra soat”" in text
    assert "Rà soát thủ tục hành chính" in text and "Tuyên truyền" not in text
    assert "Quá hạn 67" in text and "(chưa giao)" in text  # due 14/3 (the day before 15/3)


def test_the_overview_prints_one_page(qtbot, ui_db, opened):
    import io

    import pdfplumber

    _late_task(ui_db)
    w = MainWindow(ui_db, today=TODAY, start_page="overview")
    qtbot.addWidget(w)
    w.print_current_page()
    preview = next(d for c, _, d in opened if c == "PdfPreview")
    with pdfplumber.open(io.BytesIO(preview.pdf)) as doc:
        assert len(doc.pages) == 1
        text = doc.pages[0].extract_text()
    assert "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH" in text and "Theo người chủ trì" in text


def test_enter_opens_the_selected_row(qtbot, window, ui_db, opened):
    from PySide6.QtTest import QTest

    tid = _late_task(ui_db)
    window.refresh_all()
    window.register.select_task(tid)
    window.register.table.setFocus()
    QTest.keyClick(window.register.table, Qt.Key.Key_Return)
    assert [(c, t) for c, t, _ in opened] == [("TaskDialog", "Sửa nhiệm vụ")]


def test_the_task_form_tabs_in_the_order_it_reads(qtbot, ui_db):
    from parapp.ui.tasks.task_editor import TaskDialog

    dlg = TaskDialog(ui_db, today=TODAY)
    qtbot.addWidget(dlg)
    order, w = [], dlg.plan
    for _ in range(11):
        order.append(w)
        w = w.nextInFocusChain()
        while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isEnabled() or w.parent() is None \
                or dlg.tabs.widget(0) not in (w.parent(), w.parent().parent()):
            w = w.nextInFocusChain()
    assert order[:10] == [dlg.plan, dlg.stt, dlg.content, dlg.area, dlg.par_code, dlg.lead, dlg.lead_text,
                          dlg.coordinators, dlg.deadline_text, dlg.due_date]


# -- the mark-done form ----------------------------------------------------------------------------

def test_mark_done_on_time_needs_no_reason_and_keeps_documents_and_evidence(qtbot, ui_db, tmp_path, errors):
    from parapp.core.citations import DocRef
    from parapp.store.evidence import list_evidence
    from parapp.store.report_inputs import list_outputs
    from parapp.ui.tasks.mark_done_dialog import MarkDoneDialog

    tid = tasks.create_task(ui_db, {"content": "Ban hành kế hoạch tuyên truyền", "deadline_text": "Quý II/2024"},
                            TODAY)
    dlg = MarkDoneDialog(ui_db, tid, today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.completed_date() == TODAY and not dlg.late()
    assert dlg.delay_label.text() == "Lý do chậm"
    dlg.result_text.setPlainText("Đã ban hành Kế hoạch số 21/KH-UBND")
    dlg.outputs.model.set_rows([("", DocRef("Kế hoạch", "21/KH-UBND", dt.date(2024, 5, 10), "", "tuyên truyền CCHC"))])
    proof = tmp_path / "Kế hoạch 21.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    dlg.add_file(str(proof))
    dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    t = tasks.get_task(ui_db, tid)
    assert (t.status, t.completed_on, t.result) == ("done", TODAY, "Đã ban hành Kế hoạch số 21/KH-UBND")
    assert [d.number for d in list_outputs(ui_db, tid)] == ["21/KH-UBND"]
    assert [e.original_name for e in list_evidence(ui_db, tid)] == ["Kế hoạch 21.pdf"]


def test_a_late_completion_needs_its_reason_and_a_refusal_changes_nothing(qtbot, ui_db, monkeypatch, errors):
    from parapp.ui.tasks.mark_done_dialog import MarkDoneDialog

    said = errors
    tid = _late_task(ui_db)
    dlg = MarkDoneDialog(ui_db, tid, today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.late() and dlg.delay_label.text() == "Lý do chậm *"
    dlg.add_file(str(ui_db.path.parent / "không có tệp này.pdf"))
    dlg.delay_reason.setPlainText("Chờ số liệu")
    dlg.save()  # the evidence file cannot be read: nothing is stored
    assert said and tasks.get_task(ui_db, tid).status == "not_started"
    dlg.files.clear()
    dlg.delay_reason.setPlainText("")
    dlg.completed_on.setDate(dlg.completed_on.date().addDays(-70))  # 11/3/2024: before the deadline
    assert not dlg.late() and dlg.delay_label.text() == "Lý do chậm"
    dlg.save()
    assert tasks.get_task(ui_db, tid).completed_on == dt.date(2024, 3, 11)


def test_the_store_refuses_a_late_completion_without_reason(ui_db):
    from parapp.core.messages import ValidationError
    from parapp.services.task_completion import complete_task

    tid = _late_task(ui_db)
    with pytest.raises(ValidationError) as e:
        complete_task(ui_db, tid, completed_on=TODAY, today=TODAY)
    assert e.value.field == "delay_reason" and "(14/03/2024) 67 ngày" in e.value.message
    complete_task(ui_db, tid, completed_on=TODAY, delay_reason="Chờ hướng dẫn của tỉnh", today=TODAY)
    with pytest.raises(ValidationError):
        complete_task(ui_db, tid, completed_on=TODAY, delay_reason="lần hai", today=TODAY)  # already done


# -- validation --------------------------------------------------------------------------------------

def test_unknown_code_refused_with_the_nearest_known_ones(qtbot, ui_db, errors):
    from parapp.core.messages import ValidationError
    from parapp.ui.tasks.task_editor import TaskDialog

    with pytest.raises(ValidationError) as e:
        tasks.create_task(ui_db, {"content": "Việc gì đó", "par_code": "2.9"}, TODAY)
    assert "“2.9” không có trong bộ Chỉ số CCHC 2021-2030" in e.value.message and "2.3, 2.2, 2.1" in e.value.message
    assert tasks.create_task(ui_db, {"content": "Theo dõi thi hành pháp luật", "par_code": "2.2.1"}, TODAY)
    dlg = TaskDialog(ui_db, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.content.setPlainText("Nhiệm vụ có mã sai")
    dlg.par_code.setText("99.9")
    dlg.save()
    assert errors and "“99.9”" in errors[0] and "Có phải là: 7.1" in errors[0]
    assert dlg.par_code.hasFocus() or dlg.tabs.currentIndex() == 0
    assert len(tasks.task_rows(ui_db)) == 1  # nothing saved


def test_a_task_without_a_lead_is_saved_and_marked_in_the_register(window, ui_db, qtbot):
    from parapp.ui.tasks import task_model as tm

    tasks.create_task(ui_db, {"content": "Kiểm tra công vụ", "deadline_text": "Quý III/2024"}, TODAY)
    window.refresh_all()
    m = window.register.model
    assert m.data(m.index(0, tm.COL_LEAD)) == "⚠ Chưa giao"
    assert "chưa có người chủ trì" in m.data(m.index(0, tm.COL_LEAD), Qt.ItemDataRole.ToolTipRole)
    assert m.data(m.index(0, tm.COL_LEAD), Qt.ItemDataRole.ForegroundRole) is not None


# -- the language, at once -----------------------------------------------------------------------------

def test_the_language_changes_at_once(qtbot, window, ui_db, monkeypatch):
    from parapp.store.settings import set_pref
    from parapp.ui import i18n
    from parapp.ui.settings_dialog import SettingsDialog

    def choose_english(self):
        set_pref(ui_db, "language", "en")
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose_english)
    app = QApplication.instance()
    try:
        window.show_page("par")
        window.edit_settings()
        assert i18n.current() == "en"
        assert [window.nav.item(i).text() for i in range(3)] == ["Overview", "Tasks", "Reports"]
        assert window.current_page() == "par" and window.par.import_btn.text() != "Nhập bộ tiêu chí…"
        assert window.menuBar().actions()[0].text() != "&Tệp"
        assert window.register.model.headerData(1, Qt.Orientation.Horizontal) == "Task"
    finally:
        i18n.install(app, "vi")
        set_pref(ui_db, "language", "vi")


# -- who is working ---------------------------------------------------------------------------------------

def test_who_is_working_is_asked_remembered_and_can_wait(qtbot, ui_db):
    from parapp.store.change_log import current_actor, remembered_official

    an = officials.add_official(ui_db, {"full_name": "Nguyễn Văn An", "position": "Công chức Tư pháp – Hộ tịch"})
    w = MainWindow(ui_db, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    dlg = w.ask_who_is_working()
    assert dlg is not None and dlg.isVisible() and not dlg.isModal()  # the window stays usable
    from PySide6.QtTest import QTest

    QTest.keyClick(dlg, Qt.Key.Key_Escape)  # put off
    assert remembered_official(ui_db) is None
    dlg = w.ask_who_is_working()
    assert dlg.list.currentRow() == -1 and not dlg.choose_btn.isEnabled()  # nobody preselected
    QTest.keyClick(dlg.list, Qt.Key.Key_Return)
    QTest.keyClick(dlg, Qt.Key.Key_Return)
    assert remembered_official(ui_db) is None and current_actor(ui_db)[1] is None  # Enter recorded no one
    dlg.list.setCurrentRow(0)
    dlg.choose()
    assert remembered_official(ui_db) == an and current_actor(ui_db)[1] == an
    assert w.working_as.currentData() == an
    assert w.ask_who_is_working() is None  # not asked again on this computer account
    again = w.ask_who_is_working(force=True)  # asked from the status bar: the last choice is preselected
    assert again.list.currentItem().text().startswith("Nguyễn Văn An") and again.choose_btn.isEnabled()
    again.reject()
    w.working_as.setCurrentIndex(0)  # the status-bar switch
    assert remembered_official(ui_db) is None
    assert remembered_official(ui_db, os_user="someone-else") is None


# -- saving a PDF ----------------------------------------------------------------------------------------------

def test_saving_a_pdf_says_where_and_offers_to_open_it(qtbot, tmp_path, monkeypatch, opened):
    from parapp.ui.widgets import file_dialogs
    from parapp.ui.preview.pdf_preview import PdfPreview

    from ..pdf.conftest import render

    pdf = render()
    dlg = PdfPreview(pdf, "Báo cáo CCHC quý I năm 2026.pdf")
    qtbot.addWidget(dlg)
    offered = {}

    def choose(parent, title, suggested, filters, purpose=file_dialogs.DOCUMENTS, suffix=None):
        offered["name"] = suggested
        return tmp_path / suggested

    monkeypatch.setattr(file_dialogs, "ask_save", choose)
    saved = dlg.save_pdf()
    assert offered["name"] == "Báo cáo CCHC quý I năm 2026.pdf" and saved.read_bytes() == pdf
    box = next(d for c, t, d in opened if c == "QMessageBox")
    assert {b.text() for b in box.buttons()} >= {"Mở tệp", "Mở thư mục"}
    assert "Báo cáo CCHC quý I năm 2026.pdf" in box.text() and str(tmp_path) in box.text()
    if os.name == "posix":
        mask = os.umask(0)
        os.umask(mask)
        assert stat.S_IMODE(saved.stat().st_mode) == 0o666 & ~mask  # not owner-only


def test_file_names_keep_their_accents_and_lose_what_windows_refuses():
    from parapp.files import safe_file_name

    assert safe_file_name("Bảng phân công 65/KH-UBND.pdf") == "Bảng phân công 65-KH-UBND.pdf"
    assert safe_file_name('Báo cáo: "quý I"?.pdf') == "Báo cáo- -quý I--.pdf"


# -- the guide, the about box, the error handler -------------------------------------------------------------

def test_f1_opens_the_guide_at_the_page_shown(qtbot, window):
    window.show_page("change_log")
    window.show_guide()
    help_window = window.help_window
    assert help_window.isVisible() and not help_window.isModal()
    assert "Nhật ký" in help_window.browser.toPlainText()
    window.show_guide()
    assert window.help_window is help_window  # one guide window, brought forward


def test_about_names_the_data_and_the_log_file(qtbot, window, opened, tmp_path):
    from parapp.logfile import setup_logging

    log = setup_logging(tmp_path)
    window.about()
    box = next(d for c, _, d in opened if c == "QMessageBox")
    assert str(window.db.path) in box.text() and str(log) in box.text()


def test_uncaught_errors_are_logged_and_shown_in_vietnamese(qtbot, tmp_path, opened, monkeypatch):
    import sqlite3
    import sys

    from parapp.logfile import setup_logging
    from parapp.ui import uncaught

    log = setup_logging(tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    try:
        raise sqlite3.OperationalError("database is locked")
    except sqlite3.OperationalError:
        uncaught.handle(*sys.exc_info())
    box = shown[0]
    assert box.windowTitle() == "Có lỗi xảy ra" and "Dữ liệu đang bận" in box.text()
    copy = next(b for b in box.buttons() if b.text() == "Sao chép chi tiết")
    box.show()
    copy.click()
    assert box.isVisible()  # copying does not close the message
    copied = QApplication.clipboard().text()
    assert "OperationalError: database is locked" in copied and "ParApp" in copied
    for h in __import__("logging").getLogger("parapp").handlers:
        h.flush()
    assert "OperationalError: database is locked" in log.read_text(encoding="utf-8")
    box.close()
    try:
        raise KeyError("bug")
    except KeyError:
        uncaught.handle(*sys.exc_info())
    assert "lỗi chưa lường trước" in shown[1].text() and "Sao chép chi tiết" in shown[1].text()


def test_the_log_file_rotates(tmp_path):
    import logging

    from parapp import logfile

    path = logfile.setup_logging(tmp_path / "dữ liệu")
    log = logfile.get_logger()
    for i in range(2500):
        log.info("dòng %d %s", i, "x" * 500)
    for h in logging.getLogger("parapp").handlers:
        h.flush()
    assert path.exists() and path.with_name("parapp.log.1").exists()
    assert path.stat().st_size <= logfile.MAX_BYTES


def test_the_frame_shows_before_the_data_is_open(qtbot, ui_db):
    """Start-up: the window's frame and sidebar are shown at once; the data fills them in."""
    w = MainWindow(None, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    assert w.stack.currentWidget() is w.opening and not w.nav.isEnabled() and w.built_pages() == {}
    assert [w.nav.item(i).text() for i in range(2)] == ["Tổng quan", "Nhiệm vụ"]
    w.attach(ui_db)
    assert w.nav.isEnabled() and w.current_page() == "register"
    assert list(w.built_pages()) == ["register"]  # only the page shown is built
    assert w.stack.currentWidget() is w.register


def test_finalising_from_the_reports_page_names_what_is_unfinished(qtbot, ui_db, monkeypatch):
    from parapp.store import report_records
    from parapp.store.periods import find_period

    asked = []
    monkeypatch.setattr("parapp.ui.reports.reports_page.ask_yes_no",
                        lambda parent, title, msg: asked.append(msg) or False)
    _late_task(ui_db)
    report_records.draft_for_period(ui_db, find_period(ui_db, "q1", 2024), TODAY, save=True)
    w = MainWindow(ui_db, today=TODAY, start_page="reports")
    qtbot.addWidget(w)
    w.reports.table.selectRow(0)
    w.reports.finalize()
    assert asked and "điểm cần xem lại" in asked[0] and "•" in asked[0]
    assert report_records.latest(ui_db, "q1", 2024, state="final") is None  # answered No: nothing frozen


@pytest.mark.qt_no_exception_capture  # the fault must reach ParApp's own hook, as in the real window
def test_a_fault_that_repeats_is_shown_once_and_logged_once_with_its_count(qtbot, tmp_path, monkeypatch):
    """An event filter that raises on every event (as one whose state the collector cleared did)
    opens one message, not one per event, and the log holds it once with how often it came back."""
    import logging
    import sys

    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from parapp.logfile import setup_logging
    from parapp.ui import uncaught

    log = setup_logging(tmp_path)
    monkeypatch.setattr(uncaught, "_repeats", {})
    shown = []

    def exec_and_fail_again(box):
        shown.append(box.text())
        try:  # a second fault while the message is open: never a message over the message
            raise RuntimeError("while the message is open")
        except RuntimeError:
            uncaught.handle(*sys.exc_info())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_and_fail_again)
    monkeypatch.setattr(sys, "excepthook", uncaught.handle)

    class Broken(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            raise AttributeError("'Broken' object has no attribute 'widget'")

    widget = QWidget()
    qtbot.addWidget(widget)
    broken = Broken()
    widget.installEventFilter(broken)
    from PySide6.QtCore import QTimer

    for i in range(5):  # from the event loop, as a user's clicks come
        QTimer.singleShot(10 * i, widget.show)
        QTimer.singleShot(10 * i + 5, widget.hide)
    qtbot.wait(120)
    widget.removeEventFilter(broken)
    assert len(shown) == 1 and "lỗi chưa lường trước" in shown[0]
    uncaught.summary()
    for h in logging.getLogger("parapp").handlers:
        h.flush()
    text = log.read_text(encoding="utf-8")
    assert text.count("AttributeError: 'Broken' object has no attribute 'widget'") == 1
    assert text.count("RuntimeError: while the message is open") == 1
    assert "AttributeError tại" in text and "xảy ra" in text and " lần trong phiên này" in text

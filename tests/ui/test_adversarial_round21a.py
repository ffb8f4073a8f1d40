"""Round 21A: the window used on a real screen by a newcomer and a hurried official (Xvfb 1366×768 and
pytest-qt offscreen). Each test is a fault found there, failing before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from parapp.store import tasks
from tests.ui.conftest import TODAY
from tests.ui.test_unsaved_edits import answers  # noqa: F401 - the fixture answering the question box


def _one_task(db) -> int:
    return tasks.create_task(db, {"content": "Niêm yết công khai thủ tục hành chính"}, today=TODAY)


def _mark_done_dialog(qtbot, db, task_id):
    from parapp.ui.tasks.mark_done_dialog import MarkDoneDialog

    dlg = MarkDoneDialog(db, task_id, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_escape_on_a_typed_mark_done_form_asks_before_dropping_the_result(qtbot, ui_db, answers):  # noqa: F811
    """Finding 1: "Đánh dấu hoàn thành", the result typed ("Đã ban hành Kế hoạch số 12/KH-UBND"), one stray Esc:
    the form closed and the words were gone, without a question (the task dialog asks since round 14c)."""
    asked, queue = answers
    task_id = _one_task(ui_db)
    dlg = _mark_done_dialog(qtbot, ui_db, task_id)
    dlg.result_text.setFocus()
    dlg.result_text.setPlainText("Đã ban hành Kế hoạch số 12/KH-UBND")
    queue.append(QMessageBox.StandardButton.Cancel)
    QTest.keyClick(dlg.result_text, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "chưa được lưu" in asked[0]
    assert dlg.isVisible() and dlg.result_text.toPlainText() == "Đã ban hành Kế hoạch số 12/KH-UBND"

    queue.append(QMessageBox.StandardButton.Save)  # "Lưu" records the completion, as the form's own button does
    QTest.keyClick(dlg.result_text, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    task = tasks.get_task(ui_db, task_id)
    assert task.status == "done" and task.result == "Đã ban hành Kế hoạch số 12/KH-UBND"


def test_an_untouched_mark_done_form_closes_on_escape_without_a_question(qtbot, ui_db, answers):  # noqa: F811
    asked, _ = answers
    dlg = _mark_done_dialog(qtbot, ui_db, _one_task(ui_db))
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked == [] and not dlg.isVisible()
    assert tasks.get_task(ui_db, dlg.task_id).status == "not_started"


def test_a_file_chosen_on_the_mark_done_form_counts_as_typed(qtbot, ui_db, answers, tmp_path):  # noqa: F811
    asked, queue = answers
    proof = tmp_path / "bien-ban.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    dlg = _mark_done_dialog(qtbot, ui_db, _one_task(ui_db))
    dlg.add_file(str(proof))
    queue.append(QMessageBox.StandardButton.Discard)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dlg.isVisible()
    assert tasks.get_task(ui_db, dlg.task_id).status == "not_started"


def test_escape_on_the_sent_form_with_a_number_typed_asks_first(qtbot, answers):  # noqa: F811
    """Finding 1, the same fault on "Đánh dấu đã gửi…": the number and channel typed, one Esc, all gone unasked."""
    from parapp.ui.reports.reports_page import SentDialog

    asked, queue = answers
    dlg = SentDialog(None, TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.number.setText("15/BC-UBND")
    queue.append(QMessageBox.StandardButton.Cancel)
    QTest.keyClick(dlg.number, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dlg.isVisible() and dlg.number.text() == "15/BC-UBND"
    queue.append(QMessageBox.StandardButton.Save)
    QTest.keyClick(dlg.number, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and dlg.result() == dlg.DialogCode.Accepted and dlg.date == TODAY


def _par_page(qtbot, db):
    from parapp.core.par.reading import read_bytes
    from parapp.store import par_index
    from parapp.ui.par.par_page import ParIndexPage
    from tests.par.province_files import province_xlsx

    par_index.store_set(db, read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria)
    page = ParIndexPage(db, TODAY.replace(year=2025))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _select(page, code):
    from parapp.ui.par.par_model import COL_SELF

    page.tree.setCurrentIndex(page.model.index_of(page.cset.find(code), COL_SELF))


def test_an_explanation_typed_beside_the_tree_is_kept_when_another_criterion_is_chosen(qtbot, ui_db, errors):
    """Finding 2: Chỉ số CCHC, criterion 1.2, "Giải trình" typed in the panel, then a click on 1.3 (or another
    page, or closing the window) before "Lưu giải trình": the words were replaced by 1.3's, never stored, no word."""
    from parapp.store import par_index

    page = _par_page(qtbot, ui_db)
    _select(page, "1.2")
    page.panel.explanation.setPlainText("Đủ 4 báo cáo quý, gửi đúng hạn")
    _select(page, "1.3")
    assert errors == []
    assert par_index.load_set(ui_db, 2024).find("1.2").explanation == "Đủ 4 báo cáo quý, gửi đúng hạn"
    _select(page, "1.2")
    assert page.panel.explanation.toPlainText() == "Đủ 4 báo cáo quý, gửi đúng hạn"


def test_an_explanation_typed_then_the_page_left_is_stored(qtbot, ui_db, errors):
    from parapp.store import par_index

    page = _par_page(qtbot, ui_db)
    _select(page, "1.4")
    page.panel.explanation.setPlainText("Thiếu biên bản kiểm tra")
    page.hide()  # another page of the sidebar, or the window closing
    assert errors == []
    assert par_index.load_set(ui_db, 2024).find("1.4").explanation == "Thiếu biên bản kiểm tra"


def test_an_explanation_typed_then_a_score_changed_is_stored_and_still_shown(qtbot, ui_db, errors):
    from parapp.store import par_index

    page = _par_page(qtbot, ui_db)
    _select(page, "1.2")
    page.panel.explanation.setPlainText("Đủ 4 báo cáo")
    page.reload()  # what the year's arrows, an import or an edit of the set do
    assert page.panel.explanation.toPlainText() == "Đủ 4 báo cáo" and errors == []
    assert par_index.load_set(ui_db, 2024).find("1.2").explanation == "Đủ 4 báo cáo"


def test_regenerating_the_edited_opening_names_it(qtbot, ui_db, monkeypatch):
    """Finding 3: "Tạo lại mục này" on the opening after typing in it asked «Mục “” đã được sửa tay…»: the
    opening has no numbered title, so the question named nothing (the outline calls it "Mở đầu")."""
    from parapp.store import report_records
    from parapp.store.periods import find_period
    from parapp.ui.reports import report_editor
    from parapp.ui.reports.report_editor import ReportEditor

    period = find_period(ui_db, "q1", 2024)
    _, rid = report_records.draft_for_period(ui_db, period, TODAY, save=True)
    ed = ReportEditor(ui_db, rid, period, today=TODAY)
    qtbot.addWidget(ed)
    ed.show()
    ed.outline.setCurrentItem(ed.outline.topLevelItem(0))
    ed.editor.setPlainText(ed.editor.toPlainText() + " Thêm một câu.")
    asked: list[str] = []
    monkeypatch.setattr(report_editor, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    ed.regenerate_current()
    assert asked and "“Mở đầu”" in asked[0] and "“”" not in asked[0]


def test_a_long_run_of_x_in_a_note_is_quoted_short_in_the_finalise_question():
    """Finding 4: a progress note of 5,000 "x" (a hurried official holding a key) reaches the draft; the editor's
    list and "Chốt báo cáo…" quoted the whole run as the mark to replace: one unbroken 5,000-letter word, the
    question box cut off at the screen's edge with its buttons beside an unreadable line."""
    from parapp.core.report_checks import text_gaps
    from parapp.core.report_model import Draft, Section

    draft = Draft({}, "Báo cáo", [Section("area:1", "1. Các nhiệm vụ khác", ["Ghi chép " + "x" * 5000])], [], "")
    (gap,) = text_gaps(draft)
    assert gap.args[0] == "1. Các nhiệm vụ khác" and gap.args[1] == "xxx"


def test_ctrl_n_then_typing_writes_the_task_s_content(qtbot, window):
    """Finding 5: Ctrl+N opened "Thêm nhiệm vụ" with the focus on the tab bar: the words a newcomer typed next
    went nowhere (and a Tab then landed on "Kế hoạch", where letters pick a plan). The content field has it."""
    from parapp.ui.tasks.task_editor import TaskDialog

    dlg = TaskDialog(window.db, parent=window, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: dlg.focusWidget() is not None)
    assert dlg.focusWidget() is dlg.content
    QTest.keyClicks(dlg.focusWidget(), "Ra soat TTHC")
    assert dlg.content.toPlainText() == "Ra soat TTHC"


ETH = "\u00d0ường dây nóng tiếp nhận phản ánh"  # "Ð", U+00D0: the Đ of text from old converters and web pages


def _shown(window) -> list[str]:
    reg = window.register
    return [reg.model.row_at(r).content for r in range(reg.model.rowCount())]


def test_a_task_written_with_the_look_alike_d_is_found_without_diacritics(qtbot, ui_db, window):
    """Finding 6: a plan pasted from a web page or a converted VNI document writes "Đường" with U+00D0 ("Ð", the
    same glyph as "Đ"); the register's search "duong" or "đường" found nothing, though the box says typing without
    diacritics works."""
    tasks.create_task(ui_db, {"content": ETH}, today=TODAY)
    tasks.create_task(ui_db, {"content": "Niêm yết công khai thủ tục"}, today=TODAY)
    # A task stored before this fix keeps the search key folded then ("ðuong"): found too.
    old = tasks.create_task(ui_db, {"content": "Ðề án vị trí việc làm"}, today=TODAY)
    ui_db.execute("UPDATE tasks SET search_text = 'ðe an vi tri viec lam' WHERE id = ?", [old])
    window.register.reload()
    for query in ("duong day", "đường", "DUONG", "\u00f0ường"):
        window.register.search.setText(query)
        assert _shown(window) == [ETH], query
    window.register.search.setText("de an")
    assert _shown(window) == ["Ðề án vị trí việc làm"]


def test_the_look_alike_d_sorts_with_d():
    from parapp.core.vntext import sort_key

    names = ["Hà", "\u00d0inh", "Dương", "Bình"]
    assert sorted(names, key=sort_key) == ["Bình", "Dương", "\u00d0inh", "Hà"]


def test_ctrl_p_with_a_figure_still_in_its_cell_prints_it(qtbot, window, monkeypatch):
    """Finding 7: Số liệu, "55" typed in a cell and Ctrl+P straight away (the cell not left): the preview was made
    before the cell's value was stored, so the printed sheet had the cell empty while the grid showed 55."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    from parapp.ui.preview import printing

    printed: list = []
    monkeypatch.setattr(printing, "preview_table", lambda _w, _db, _t, _title, _sub, model, *a, **k: printed.append(
        [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]))
    window.show_page("figures")
    page = window.figures
    cell = next(page.model.index(r, 2) for r in range(page.model.rowCount())
                if page.model.flags(page.model.index(r, 2)) & Qt.ItemFlag.ItemIsEditable)
    page.table.setFocus()
    page.table.setCurrentIndex(cell)
    page.table.edit(cell)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "55")
    window.print_current_page()
    qtbot.waitUntil(lambda: bool(printed))
    assert "55" in printed[0]


def test_a_very_long_name_leaves_every_column_of_the_officials_page_on_screen(qtbot, ui_db, window):
    """Finding 8: Cán bộ, one official's name 150 characters long (a name with a title and an office pasted in):
    its column took the page's whole width, "Chức danh", "Điện thoại" and "Tình trạng" were off to the right,
    reached only by the horizontal scroll bar. The long name wraps in a column of its share instead."""
    from parapp.store import officials

    officials.add_official(ui_db, {"full_name": ("Nguyễn Thị Hoàng Lan Phương " * 6)[:150].strip(),
                                   "position": "Công chức Văn phòng – Thống kê", "phone": "0912345678"})
    officials.add_official(ui_db, {"full_name": "Trần Văn Bình", "position": "Công chức Tư pháp – Hộ tịch"})
    window.resize(1280, 728)
    window.show_page("officials")
    page = window.officials
    qtbot.waitExposed(page.table)
    header = page.table.horizontalHeader()
    last = page.model.columnCount() - 1
    assert header.sectionViewportPosition(last) + 40 <= page.table.viewport().width()
    assert page.table.horizontalScrollBar().maximum() == 0
    assert page.table.rowHeight(0) > page.table.rowHeight(1)  # the long name wrapped, nothing cut


def test_a_calendar_popup_speaks_the_interface_s_language_whatever_the_pc_s_locale(qtbot):
    """Finding 9: on a PC whose system locale is not Vietnamese (Windows in English, region United States; Linux
    "C"), the calendar of "Ngày hoàn thành", "Hạn báo cáo lại" and the change log's dates showed "May 2026",
    "Mon Tue Wed…" in the Vietnamese window. The interface's language sets Qt's default locale."""
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QApplication, QCalendarWidget

    from parapp.ui import i18n

    before = QLocale()
    QLocale.setDefault(QLocale.c())  # the office PC's locale, not Vietnamese
    try:
        i18n.install(QApplication.instance(), "vi")
        calendar = QCalendarWidget()
        qtbot.addWidget(calendar)
        calendar.setSelectedDate(QDate(2026, 5, 1))
        assert calendar.locale().language() == QLocale.Language.Vietnamese
        assert "5" in calendar.locale().monthName(5) and calendar.locale().dayName(1) == "Thứ Hai"
        i18n.install(QApplication.instance(), "en")
        assert QLocale().language() == QLocale.Language.English and QLocale().monthName(5) == "May"
    finally:
        i18n.install(QApplication.instance(), "vi")
        QLocale.setDefault(before)


def test_escape_after_correcting_cells_of_the_import_preview_asks_first(qtbot, ui_db, monkeypatch):
    """Finding 10: Ctrl+I, a plan opened, three cells of the preview corrected by hand (a deadline, a lead, a row
    left out), then one stray Esc (or Hủy): the dialog closed and every correction was gone, unasked, though the
    preview says to correct what was read wrong. It asks now; an untouched preview closes at once."""
    from pathlib import Path

    from parapp.ui.importing import base
    from parapp.ui.importing.import_dialog import ImportDialog

    samples = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(base, "ask_yes_no", lambda _p, _t, text: asked.append(text) or answer[0])

    untouched = ImportDialog(ui_db, today=TODAY)
    qtbot.addWidget(untouched)
    untouched.show()
    untouched.load_file(next(samples.glob("003_*")))
    QTest.keyClick(untouched, Qt.Key.Key_Escape)
    assert asked == [] and not untouched.isVisible()

    dlg = ImportDialog(ui_db, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load_file(next(samples.glob("003_*")))
    m = dlg.model
    deadline = next(c for c in range(m.columnCount()) if m.columns[c][0] == "deadline_text")
    assert m.setData(m.index(0, deadline), "Trước ngày 30/6/2023")
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "1" in asked[0] and dlg.isVisible()  # "Không": back to the preview, kept
    assert m.data(m.index(0, deadline)) == "Trước ngày 30/6/2023"
    answer[0] = True
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dlg.isVisible()
    assert tasks.task_rows(ui_db) == []


def test_opening_a_date_s_calendar_is_not_typing(qtbot, ui_db, answers):  # noqa: F811
    """Found with finding 1's fix, on the real screen: the calendar of "Ngày hoàn thành" opened and closed, nothing
    changed, then Esc asked "chưa được lưu": the calendar's own year box and month menu (a popup window of the
    date field) were counted among the form's fields. Only the dialog's own window counts."""
    asked, queue = answers
    queue.append(QMessageBox.StandardButton.Discard)  # were it asked
    dlg = _mark_done_dialog(qtbot, ui_db, _one_task(ui_db))
    calendar = dlg.completed_on.calendarWidget()  # what the arrow of the date field makes
    calendar.show()
    calendar.hide()
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked == [] and not dlg.isVisible()


def test_the_english_window_names_the_next_report_in_english(qtbot, window):
    """Finding 11 (the English interface): "Next report: the report for năm 2026 – due …" on the overview, and the
    day's reminder "Report quý I năm 2026: …": the period was always in Vietnamese."""
    from PySide6.QtWidgets import QApplication

    from parapp.core.reminders import ReportItem
    from parapp.ui import i18n
    from parapp.ui.chasing.words import report_words

    st = window.next_report()
    assert st is not None
    i18n.install(QApplication.instance(), "en")
    try:
        window.show_page("overview")
        window.overview.set_next_report(st)
        text = window.overview.next_report.text()
        reminder = report_words(ReportItem(st.period, "not_started"), TODAY)
    finally:
        i18n.install(QApplication.instance(), "vi")
    for said in (text, reminder):
        assert "năm" not in said and "quý" not in said and str(st.period.year) in said, said


def test_tab_leaves_the_lists_for_their_buttons(qtbot, ui_db, window):
    """Finding 12 (keyboard only): on Nhiệm vụ, Báo cáo, Cán bộ, Kế hoạch, Nhật ký and Tổng quan, Tab went into the
    list and then from cell to cell (8 columns × every row) before reaching "Thêm nhiệm vụ…", "Sửa…", "Đánh dấu
    hoàn thành": a keyboard user could not reach the buttons. Lists are not typed into: Tab leaves them (arrows move
    within). The figures grid, typed into, keeps Tab from cell to cell."""
    for i in range(3):
        tasks.create_task(ui_db, {"content": f"Nhiệm vụ {i}"}, today=TODAY)
    pages = {"register": "table", "reports": "table", "officials": "table", "plans": "table"}
    for page_name, attr in pages.items():
        window.show_page(page_name)
        page = getattr(window, page_name)
        page.reload()
        assert not getattr(page, attr).tabKeyNavigation(), page_name
    window.show_page("change_log")
    from PySide6.QtWidgets import QTableView

    assert all(not t.tabKeyNavigation() for t in window.change_log.findChildren(QTableView))
    window.show_page("overview")
    assert all(not t.tabKeyNavigation() for t in window.overview.findChildren(QTableView))
    window.show_page("figures")
    assert window.figures.table.tabKeyNavigation()


def test_proposals_typed_then_the_editor_closed_are_kept(qtbot, ui_db):
    """Finding 13: in the report editor, "Căn cứ và kiến nghị", a proposal typed ("Đề nghị Sở Nội vụ tổ chức tập
    huấn …") and then Đóng or Esc without "Lưu và cập nhật phần mở đầu, mục V": the draft's typed text is kept on
    closing, the proposal was dropped without a word."""
    from parapp.store import report_records
    from parapp.store.periods import find_period
    from parapp.store.report_inputs import list_proposals
    from parapp.ui.reports.report_editor import ReportEditor

    period = find_period(ui_db, "q1", 2024)
    _, rid = report_records.draft_for_period(ui_db, period, TODAY, save=True)
    ed = ReportEditor(ui_db, rid, period, today=TODAY)
    qtbot.addWidget(ed)
    ed.show()
    ed.proposals.setPlainText("Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ cải cách hành chính")
    QTest.keyClick(ed, Qt.Key.Key_Escape)
    assert not ed.isVisible()
    assert list_proposals(ui_db, 2024, "q1") == ["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ cải cách hành chính"]
    draft = report_records.get_report(ui_db, rid)
    assert any("tập huấn nghiệp vụ" in p for s in draft.draft.walk() for p in s.paragraphs)


def test_proposals_typed_are_in_the_print_preview_and_what_is_finalised(qtbot, ui_db, monkeypatch):
    from parapp.store import report_records
    from parapp.store.periods import find_period
    from parapp.ui.reports import report_outputs
    from parapp.ui.reports.report_editor import ReportEditor

    period = find_period(ui_db, "q1", 2024)
    _, rid = report_records.draft_for_period(ui_db, period, TODAY, save=True)
    ed = ReportEditor(ui_db, rid, period, today=TODAY)
    qtbot.addWidget(ed)
    ed.show()
    ed.proposals.setPlainText("Đề nghị cấp kinh phí số hóa hồ sơ")
    seen: list[bool] = []
    monkeypatch.setattr(report_outputs, "preview_period_pdf", lambda *_a: seen.append(any(
        "số hóa hồ sơ" in p for s in report_records.get_report(ui_db, rid).draft.walk() for p in s.paragraphs)))
    ed.preview()
    assert seen == [True]

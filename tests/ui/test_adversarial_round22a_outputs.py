"""Round 22A (continued from test_adversarial_round22a.py): the reports page, the PAR INDEX page, the statistics
import and restore, on a real screen by a newcomer and a hurried official. Each test is a fault found there, failing
before its fix."""

from __future__ import annotations

from parapp.store import officials
from tests.ui.test_unsaved_edits import answers  # noqa: F401 - the fixture answering the question box


def test_a_refused_sent_form_stays_open_with_what_was_typed(qtbot, ui_db, errors):
    """Finding 4: Báo cáo, "Đánh dấu đã gửi…" with the number typed wrong ("BC-UBND 15", or a day still ahead):
    the form closed first, then the refusal was said, and everything was typed again from nothing. The refusal is
    said with the form open, the typing kept; nothing is stored until it is right."""
    import datetime as dt

    from parapp.store import report_records
    from parapp.store.periods import find_period
    from parapp.ui.reports.reports_page import ReportsPage, SentDialog

    today = dt.date(2024, 3, 16)
    period = find_period(ui_db, "q1", 2024)
    _, rid = report_records.draft_for_period(ui_db, period, today, save=True)
    report_records.finalize(ui_db, rid, today)
    page = ReportsPage(ui_db, today)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    seen = []

    def typed_wrong(self):
        self.number.setText("BC-UBND số mười lăm")
        self._check()
        seen.append((self.isVisible() or self.result() != self.DialogCode.Accepted, self.number.text()))
        self.number.setText("15/BC-UBND")
        self._check()
        return self.result()

    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(SentDialog, "exec", typed_wrong)
        page.mark_sent()
    assert seen == [(True, "BC-UBND số mười lăm")] and "không phải số văn bản" in errors[0]
    rec = report_records.get_report(ui_db, rid)
    assert rec.sent_on == today and rec.sent_number == "15/BC-UBND"


def test_a_criteria_set_with_every_criterion_deleted_is_not_printed_as_a_full_score(qtbot, ui_db, errors):
    """Finding 7: Chỉ số CCHC, every criterion of the year's set deleted (Sửa bộ tiêu chí → Xóa tiêu chí đang chọn,
    area after area): the page said "Đã chấm hết" and "Xem và in báo cáo…" gave a report ready to sign, "Tổng điểm tự
    đánh giá: 0/0 điểm (đạt 0%)", "Các tiêu chí đã chấm đều đạt điểm tối đa". The page says there is no criterion
    and how to add one; printing, Word and Excel are refused with what to do."""
    import datetime as dt

    import pytest

    from parapp.core.messages import ValidationError
    from parapp.core.par.reading import read_bytes
    from parapp.services import par_outputs
    from parapp.store import par_index, par_index_criteria
    from parapp.ui.par.par_page import ParIndexPage
    from tests.par.province_files import province_xlsx

    par_index.store_set(ui_db, read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria)
    for area in par_index.load_set(ui_db, 2024).areas:
        par_index_criteria.delete_criterion(ui_db, area.id)
    today = dt.date(2025, 1, 10)
    for give_out in (lambda: par_outputs.par_pdf(ui_db, 2024, today), lambda: par_outputs.par_docx(ui_db, 2024, today),
                     lambda: par_outputs.par_xlsx(ui_db, 2024)):
        with pytest.raises(ValidationError, match="chưa có tiêu chí nào"):
            give_out()
    page = ParIndexPage(ui_db, today)
    qtbot.addWidget(page)
    page.year.setValue(2024)
    page.reload()
    assert "Đã chấm hết" not in page.totals.text() and "Thêm tiêu chí" in page.totals.text()


def test_restore_with_no_copy_picked_says_what_to_pick(qtbot, tmp_path, errors, monkeypatch):
    """Finding 8: Tệp → Khôi phục…, "Khôi phục bản đã chọn" pressed with the mouse before picking a row (or on an
    empty list): nothing happened, without a word. The newest copy is picked when the dialog opens; with none, or
    none picked, it says what to do."""
    import sqlite3

    from parapp.store.backup import take_snapshot
    from parapp.store import open_database
    from parapp.ui import backup_dialogs

    (tmp_path / "data").mkdir()
    open_database(tmp_path / "data" / "parapp.db").close()
    empty = backup_dialogs.RestoreDialog(tmp_path / "data")
    qtbot.addWidget(empty)
    empty._pick_snapshot()
    assert len(errors) == 1 and "Từ tệp sao lưu" in errors[0] and empty.choice is None

    con = sqlite3.connect(tmp_path / "data" / "parapp.db")
    take_snapshot(con, tmp_path / "data", "dau-ngay")
    con.close()
    asked = []
    monkeypatch.setattr(backup_dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    dlg = backup_dialogs.RestoreDialog(tmp_path / "data", db_path=tmp_path / "data" / "parapp.db")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg._pick_snapshot()
    assert len(asked) == 1 and dlg.choice is None  # asked about the newest copy; "Không" restores nothing
    dlg.table.clearSelection()
    dlg.table.setCurrentIndex(dlg.model.index(-1, -1))
    dlg._pick_snapshot()
    assert len(asked) == 1 and len(errors) == 2 and "chọn một bản" in errors[1]


def test_finalising_a_report_leaves_no_wait_cursor_behind(qtbot, ui_db, monkeypatch):
    """Finding 9: Báo cáo, "Chốt báo cáo…": the page put up a wait cursor of its own and the store's call another,
    and only one was taken down: after every finalise (and every refused one) the whole window kept the hourglass
    until ParApp was closed, as if still busy."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from parapp.store import report_records
    from parapp.store.periods import find_period
    from parapp.ui.reports import reports_page

    today = dt.date(2024, 3, 16)
    report_records.draft_for_period(ui_db, find_period(ui_db, "q1", 2024), today, save=True)
    monkeypatch.setattr(reports_page, "ask_yes_no", lambda *a: True)
    page = reports_page.ReportsPage(ui_db, today)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.finalize()
    assert page.current().report is not None  # finalised
    assert QApplication.overrideCursor() is None


def test_the_remedy_plan_made_is_named_by_its_title_not_a_database_number(window, ui_db, monkeypatch):
    """Finding 10: Chỉ số CCHC → "Lập kế hoạch khắc phục…": the status bar said "Đã lập kế hoạch khắc phục: 2 nhiệm
    vụ (kế hoạch số 1)", the 1 being the plan's row in the database: no plan bears that number (the page Kế hoạch
    shows none, or another's "01/KH-UBND"). It names the plan by its title and where to find it."""
    from parapp.core.par.reading import read_bytes
    from parapp.store import par_index
    from parapp.ui.par.par_dialogs import RemedyDialog
    from tests.par.province_files import province_xlsx

    par_index.store_set(ui_db, read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria)
    par_index.set_scores(ui_db, 2024, [("1.2", "2"), ("2.2", "3")])
    window.show_page("par")
    page = window.par
    page.year.setValue(2024)
    monkeypatch.setattr(RemedyDialog, "exec", lambda dlg: dlg.create() or dlg.result())
    page.make_remedy()
    said = window.statusBar().currentMessage()
    assert "kế hoạch số" not in said and "Kế hoạch khắc phục" in said and "trang Kế hoạch" in said


def test_column_meanings_chosen_on_a_sheet_survive_a_look_at_another_period(qtbot, ui_db, tmp_path):
    """Finding 11: Số liệu → "Nhập biểu thống kê…", a workbook of a sheet a quarter: a column's meaning chosen by hand
    on the Quý I sheet, then "Quý II" picked in the period box (a slip, or to look) and "Quý I" again: the choice was
    gone, the column back to what was read, without a word. Each sheet keeps the meanings chosen for it."""
    import datetime as dt

    from parapp.ui.figures.figures_import_dialog import SKIP, FiguresImportDialog
    from tests.importing.test_round21_figures_sheet_periods import workbook

    f = tmp_path / "so lieu.xlsx"
    f.write_bytes(workbook(names=("Quý I", "Quý II"), mults=(3, 1),
                           titles=("Kỳ báo cáo: Quý I/2025", "Kỳ báo cáo: Quý II/2025")))
    dlg = FiguresImportDialog(ui_db, dt.date(2025, 10, 2), 2025)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    assert dlg.chosen_period() == ("q1", 2025)
    col = next(c for c in dlg.result.columns if c.path and not c.label and c.meaning)
    dlg._meaning_chosen(col, SKIP)  # "Bỏ qua (không lấy)" chosen for that column
    chosen = {c.index: c.meaning for c in dlg.result.columns}
    assert chosen[col.index] is None
    dlg.kind.setCurrentIndex(1)
    dlg.kind.setCurrentIndex(0)
    assert {c.index: c.meaning for c in dlg.result.columns} == chosen


def test_escape_on_the_remedy_plan_after_choosing_leads_asks_first(qtbot, ui_db, answers):  # noqa: F811
    """Finding 13: Chỉ số CCHC → "Lập kế hoạch khắc phục…", the lead of each row gone through and chosen, then one
    stray Esc: the dialog closed and the choices were gone, without a question. It asks; "Lưu" makes the plan with
    the leads chosen."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from parapp.core.par.reading import read_bytes
    from parapp.store import par_index, plans, tasks
    from parapp.ui.par.par_dialogs import RemedyDialog
    from tests.par.province_files import province_xlsx

    asked, queue = answers
    who = officials.add_official(ui_db, {"full_name": "Phạm Minh Đức"})
    par_index.store_set(ui_db, read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria)
    par_index.set_scores(ui_db, 2024, [("1.2", "2"), ("2.2", "3")])
    dlg = RemedyDialog(ui_db, 2024, dt.date(2025, 2, 10))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)  # nothing chosen: closes unasked
    assert asked == [] and not dlg.isVisible()

    dlg = RemedyDialog(ui_db, 2024, dt.date(2025, 2, 10))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.leads[0].setCurrentIndex(dlg.leads[0].findData(who))
    queue.append(QMessageBox.StandardButton.Cancel)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dlg.isVisible() and dlg.leads[0].currentData() == who
    queue.append(QMessageBox.StandardButton.Save)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and dlg.plan_id is not None
    made = [tasks.get_task(ui_db, t) for t in dlg.created]
    assert plans.get_plan(ui_db, dlg.plan_id).task_count == 2 and made[0].lead_official_id == who


def test_restoring_another_communes_backup_says_so_first(qtbot, tmp_path, monkeypatch):
    """Finding 15: Tệp → Khôi phục… → "Từ tệp sao lưu", a neighbouring commune's backup picked from a shared USB
    stick: the question read like any other ("Tệp sao lưu của “Ủy ban nhân dân xã Khác”… Khôi phục từ tệp này?"),
    and one hurried "Có" replaced the whole register with the other commune's. It says first that the file is
    another commune's, naming both."""
    from parapp.services import safety
    from parapp.store import open_database, settings as st
    from parapp.ui import backup_dialogs

    (tmp_path / "other").mkdir()
    other = open_database(tmp_path / "other" / "parapp.db")
    st.save_settings(other, st.CommuneSettings(commune_name="Ủy ban nhân dân xã Khác", place_name="Khác"))
    out = safety.backup(other, tmp_path).path
    other.close()
    (tmp_path / "data").mkdir()
    open_database(tmp_path / "data" / "parapp.db").close()
    asked = []
    monkeypatch.setattr(backup_dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    for commune in ("Ủy ban nhân dân xã Ba Giang", "ủy ban nhân dân xã  khác"):
        dlg = backup_dialogs.RestoreDialog(tmp_path / "data", db_path=tmp_path / "data" / "parapp.db",
                                           commune=commune)
        qtbot.addWidget(dlg)
        dlg._pick_file(str(out))
        assert dlg.choice is None
    assert "không phải của “Ủy ban nhân dân xã Ba Giang”" in asked[0] and "Khôi phục từ tệp này?" in asked[0]
    assert "không phải" not in asked[1]  # the same commune, however typed: the usual question


def test_a_closed_report_editor_is_gone_not_left_for_the_collector(qtbot, ui_db, monkeypatch):
    """Finding 18 (a crash): Ctrl+N then Esc, "Mở / soạn báo cáo" then Đóng, then "Xem và in…": ParApp died
    (segfault in QWidget::screen → QScreen::virtualSiblings, on Xvfb and offscreen alike, every time). The closed
    editor stayed a hidden child of the page, its Python side in a cycle with the wrappers of its window and screen;
    when the collector broke the cycle, Qt's screen was left dangling and the next dialog made crashed. The editor is
    deleted as soon as it is closed."""
    import datetime as dt
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    from parapp.store import report_records
    from parapp.store.periods import find_period
    from parapp.ui.reports import reports_page
    from parapp.ui.reports.report_editor import ReportEditor

    today = dt.date(2024, 3, 16)
    report_records.draft_for_period(ui_db, find_period(ui_db, "q1", 2024), today, save=True)
    monkeypatch.setattr(ReportEditor, "exec", lambda ed: ed.show() or ed.reject() or 0)
    page = reports_page.ReportsPage(ui_db, today)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.open_draft()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert page.findChildren(ReportEditor) == []
    gc.collect()
    after = QDialog(page)  # what crashed: the next window made, asking for its screen
    assert after.screen() is not None

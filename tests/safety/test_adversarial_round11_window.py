"""Round 11, part C, of issue 21 (the window on what a restore lets in, read-only use): each test failed
before its fix."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.store import open_database

from .test_adversarial_round8 import edited_database
from .test_adversarial_round10 import _demo_edited_in_place
from .test_hostile_backups import assert_refused, craft, source, target  # noqa: F401 (fixtures)

# SQLite's calendar has a year 0 (date('0000-01-01', '+0 days') is itself), Python's has not: the gate took
# these, `check` said "nguyên vẹn", and then the register page raised at every opening, the task editor of a
# task with such a document did not open, `tasks` and `remind` said "Lỗi không mong đợi: year 0 is out of
# range". Found by the window fuzz; real through a crafted backup restored on main 2c26ea8, twice.
YEAR_ZERO = {
    "tasks.due_date": "UPDATE tasks SET due_date = '0000-01-01' WHERE id = (SELECT max(id) FROM tasks)",
    "tasks.completed_on": "UPDATE tasks SET completed_on = '0000-12-31' WHERE status = 'done'",
    "task_outputs.issued_on": "UPDATE task_outputs SET issued_on = '0000-01-01'",
    "plans.issued_on": "UPDATE plans SET issued_on = '0000-06-15'",
    "report_basis.issued_on": "UPDATE report_basis SET issued_on = '0000-01-01'",
    "progress_notes.note_date": "UPDATE progress_notes SET note_date = '0000-01-01'",
    "task_assignments.since": "UPDATE task_assignments SET since = '0000-01-01'",
}


@pytest.mark.parametrize("case", sorted(YEAR_ZERO))
def test_a_backup_holding_a_date_of_year_zero_is_refused(source, tmp_path, target, case):  # noqa: F811
    members, _manifest = source
    crafted = dict(members)
    crafted["parapp.db"] = edited_database(members, tmp_path, YEAR_ZERO[case])
    assert_refused(craft(tmp_path / "b.parapp-backup", crafted, _manifest), target, f"cột {case.split('.')[1]}")


def test_check_and_the_commands_name_a_date_of_year_zero_edited_in_place(tmp_path, capsys):
    from parapp.cli.main import main

    path = _demo_edited_in_place(tmp_path, YEAR_ZERO["tasks.due_date"])
    assert main(["check", "--db", str(path)]) == 1
    said = capsys.readouterr()
    assert "due_date" in said.out + said.err, said
    for args in (["tasks"], ["remind"]):
        code = main([*args, "--db", str(path)])
        said = capsys.readouterr().err
        assert code == 2, said
        assert "year 0" not in said and "không mong đợi" not in said, said
        assert "due_date" in said and "khôi phục" in said, said


def test_the_window_failing_on_a_date_of_year_zero_names_it_and_the_way_back(qapp, tmp_path):
    # The register page raised "year 0 is out of range" at every opening; its message said "ParApp gặp một
    # lỗi chưa lường trước … gửi cho người hỗ trợ".
    from parapp.ui.main_window import MainWindow
    from parapp.ui.uncaught import message_for

    path = _demo_edited_in_place(tmp_path, YEAR_ZERO["task_outputs.issued_on"])
    db = open_database(path)
    w = MainWindow(db, today=dt.date(2024, 5, 20))
    w.show()
    try:
        said = message_for(ValueError("year 0 is out of range"))
    finally:
        w.close()
        w.deleteLater()
        db.close()
    assert "issued_on" in said and "khôi phục" in said, said


def test_the_about_box_on_a_read_only_folder_names_no_log_file_that_cannot_be_there(qapp, tmp_path, monkeypatch):
    # Trợ giúp → Giới thiệu on a CD or a locked stick said "Nhật ký lỗi: E:\logs\parapp.log": the log could
    # not be opened there (setup_logging gave None) and no file was ever written; someone asked for it
    # looks for a file that does not exist. Real on a tmpfs remounted read-only, twice, on main 2c26ea8.
    from PySide6.QtWidgets import QMessageBox

    from parapp import logfile
    from parapp.store.db import open_readonly
    from parapp.ui.main_window import MainWindow

    path = tmp_path / "parapp.db"
    open_database(path).close()
    monkeypatch.setattr(logfile, "_installed", None)  # setup_logging could not open it
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    db = open_readonly(path)
    w = MainWindow(db, today=dt.date(2024, 5, 20))
    try:
        w.about()
    finally:
        w.close()
        w.deleteLater()
        db.close()
    assert shown and "parapp.log" not in shown[0] and "(không ghi được)" in shown[0], shown


# A plan's year ParApp never writes (validate_plan: 2000–2100, since the first plan). Found by the window
# fuzz; real on main 2c26ea8, twice (restore exit 0, `check` "nguyên vẹn", then the plans page's "Sửa…"
# raised OverflowError; -1 was shown as 2000 and an OK on the unchanged dialog stored 2000 and took the
# plan's tasks' areas away).
PLAN_YEARS = {"3000000000": 3000000000, "-1": -1, "9999": 9999}


@pytest.mark.parametrize("year", sorted(PLAN_YEARS))
def test_a_backup_holding_a_plan_year_parapp_never_writes_is_refused(source, tmp_path, target, year):  # noqa: F811
    members, manifest = source
    crafted = dict(members)
    crafted["parapp.db"] = edited_database(members, tmp_path,
                                           f"UPDATE plans SET year = {PLAN_YEARS[year]} WHERE id = 1")
    assert_refused(craft(tmp_path / "b.parapp-backup", crafted, manifest), target, "cột year")


def test_the_plan_dialog_failing_on_a_year_edited_in_place_names_it_and_the_way_back(qapp, tmp_path, capsys):
    from parapp.cli.main import main
    from parapp.ui.main_window import MainWindow
    from parapp.ui.uncaught import message_for

    path = _demo_edited_in_place(tmp_path, "UPDATE plans SET year = 3000000000 WHERE id = 1")
    assert main(["check", "--db", str(path)]) == 1
    said = capsys.readouterr()
    assert "plans" in said.out + said.err and "year" in said.out + said.err, said
    db = open_database(path)
    w = MainWindow(db, today=dt.date(2024, 5, 20))
    w.show()
    try:
        said = message_for(OverflowError())
    finally:
        w.close()
        w.deleteLater()
        db.close()
    assert "year" in said and "khôi phục" in said, said


def _demo_window_data(tmp_path):
    from parapp.services.demo import build_demo

    db = open_database(tmp_path / "parapp.db")
    build_demo(db, dt.date(2024, 5, 20))
    return db


def _said_on_save(dialog, monkeypatch) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dialog.save()
    return shown


def test_a_too_long_result_in_the_task_editor_is_said_not_a_fault(qapp, tmp_path, monkeypatch):
    # "Kết quả đạt được" past 20,000 characters (a paste gone wrong): the validator names the field
    # "result", the editor looked for a widget of that name to put the cursor in, found QDialog.result()
    # and raised TypeError ('isAncestorOf' called with wrong argument types): the "lỗi chưa lường trước"
    # box instead of the message. Found by the window fuzz; real on main 2c26ea8, twice.
    from parapp.ui.tasks.task_editor import TaskDialog

    db = _demo_window_data(tmp_path)
    dlg = TaskDialog(db, 1, today=dt.date(2024, 5, 20))
    dlg.result_text.setPlainText("x" * 20_001)
    try:
        shown = _said_on_save(dlg, monkeypatch)
    finally:
        dlg.deleteLater()
        db.close()
    assert len(shown) == 1 and "Kết quả đạt được" in shown[0] and "20000" in shown[0], shown
    assert dlg.tabs.currentWidget().isAncestorOf(dlg.result_text)  # the cursor is taken to the field


@pytest.mark.parametrize("dialog, field, label", [
    ("task", "stt", "STT"), ("task", "lead_text", "Chủ trì (theo văn bản)"), ("task", "note", "Ghi chú"),
    ("task", "deadline_text", "Thời gian thực hiện"), ("task", "par_code", "Mã tiêu chí"),
    ("plan", "number", "Số, ký hiệu"), ("plan", "signer", "Người ký"), ("official", "phone", "Điện thoại")])
def test_a_too_long_field_is_named_as_the_form_names_it(qapp, tmp_path, monkeypatch, dialog, field, label):
    # The message named the column: "Trường “lead_text” dài 20001 ký tự, quá giới hạn 20000", "Trường “number”
    # …" (every field but Nội dung, Họ và tên, Trích yếu and Tên xã). Real on main 2c26ea8, twice.
    from PySide6.QtWidgets import QPlainTextEdit

    from parapp.ui.people.officials_page import OfficialDialog
    from parapp.ui.tasks.plans_page import PlanDialog
    from parapp.ui.tasks.task_editor import TaskDialog

    db = _demo_window_data(tmp_path)
    dlg = {"task": lambda: TaskDialog(db, 1, today=dt.date(2024, 5, 20)), "plan": lambda: PlanDialog(db, 1),
           "official": lambda: OfficialDialog(db, 1)}[dialog]()
    widget = getattr(dlg, field)
    (widget.setPlainText if isinstance(widget, QPlainTextEdit) else widget.setText)("x" * 20_001)
    try:
        shown = _said_on_save(dlg, monkeypatch)
    finally:
        dlg.deleteLater()
        db.close()
    assert len(shown) == 1 and f"“{label}”" in shown[0] and f"“{field}”" not in shown[0], shown


# A task's criterion code ParApp never writes (validate_task: digits and dots, at most 500 characters, since
# the first task), read back as a LIKE pattern. Found by the window fuzz (a 40,000-character code); real on
# main 2c26ea8, twice: restore exit 0, then the PAR page's "Lập kế hoạch khắc phục…" raised "LIKE or GLOB
# pattern too complex".
PAR_CODES = {"long": "'Rất dài ' || printf('%.50000c', 'x')", "wildcard": "'2.%'"}


@pytest.mark.parametrize("case", sorted(PAR_CODES))
def test_a_backup_holding_a_criterion_code_parapp_never_writes_is_refused(source, tmp_path, target, case):  # noqa: F811
    members, manifest = source
    crafted = dict(members)
    crafted["parapp.db"] = edited_database(members, tmp_path,
                                           f"UPDATE tasks SET par_code = {PAR_CODES[case]} WHERE id = 1")
    assert_refused(craft(tmp_path / "b.parapp-backup", crafted, manifest), target, "cột par_code")


def test_the_remediation_plan_failing_on_a_code_edited_in_place_names_it_and_the_way_back(qapp, tmp_path):
    import sqlite3

    from parapp.ui.main_window import MainWindow
    from parapp.ui.uncaught import message_for

    path = _demo_edited_in_place(tmp_path, f"UPDATE tasks SET par_code = {PAR_CODES['long']} WHERE id = 1")
    db = open_database(path)
    w = MainWindow(db, today=dt.date(2024, 5, 20))
    w.show()
    try:
        said = message_for(sqlite3.OperationalError("LIKE or GLOB pattern too complex"))
    finally:
        w.close()
        w.deleteLater()
        db.close()
    assert "par_code" in said and "khôi phục" in said, said


@pytest.mark.parametrize("letters", [2_600, 20_000])
def test_a_plan_prints_whatever_the_length_of_an_area_s_name(tmp_path, letters):
    # The plans page's Ctrl+P (a plan's task table) with an area named in 20,000 letters (a crafted backup's;
    # print_limits promises a printout never fails for a field's length): LayoutError, "tallest row 2708",
    # the group's title being one row taller than a page; at 2,600 letters one row that fitted, but not with
    # the row it was kept with. Found by the window fuzz; real on main 2c26ea8, twice.
    from parapp.services.printing import plan_pdf

    path = _demo_edited_in_place(tmp_path, f"UPDATE areas SET name = substr(printf('%.{letters}c', 'x'), 1) "
                                           "|| ' ' || name")
    db = open_database(path)
    try:
        plan_id = db.execute("SELECT plan_id FROM tasks WHERE plan_id IS NOT NULL AND area_id IS NOT NULL"
                             ).fetchone()[0]
        printed = plan_pdf(db, plan_id)
    finally:
        db.close()
    assert printed.pdf.startswith(b"%PDF")

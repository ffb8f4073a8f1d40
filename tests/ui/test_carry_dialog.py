"""Nhiệm vụ → "Chuyển việc chưa xong sang năm sau…": the year's unfinished tasks ticked, unticked, carried into
the next year's plan, and the register showing the old ones as carried (not late) beside their successors."""

import datetime as dt

from PySide6.QtCore import Qt

from parapp.store import plans, tasks
from parapp.ui.chasing.carry_dialog import CarryDialog, default_year
from parapp.ui.tasks.task_model import COL_STATUS

JAN = dt.date(2025, 1, 15)


def _year_2024(db):
    p = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2024", "year": 2024, "is_annual": True})
    made = dt.date(2024, 2, 1)
    late = tasks.create_task(db, {"plan_id": p, "stt": "5", "content": "Số hóa hồ sơ TTHC",
                                  "due_date": dt.date(2024, 9, 30), "status": "in_progress"}, today=made)
    other = tasks.create_task(db, {"plan_id": p, "stt": "9", "content": "Rà soát quy chế làm việc"}, today=made)
    tasks.create_task(db, {"plan_id": p, "content": "Tuyên truyền CCHC", "deadline_text": "Thường xuyên",
                           "recurrence": "yearly"}, today=made)
    return late, other


def test_the_year_offered_is_the_one_ending_or_just_ended():
    assert default_year(dt.date(2026, 12, 6)) == 2026
    assert default_year(dt.date(2027, 1, 15)) == 2026
    assert default_year(dt.date(2027, 6, 1)) == 2026


def test_ticked_tasks_are_carried_with_the_new_deadline(qtbot, ui_db, errors):
    late, other = _year_2024(ui_db)
    dlg = CarryDialog(ui_db, JAN)
    qtbot.addWidget(dlg)
    assert dlg.year.value() == 2024
    assert [r.id for r in dlg.model.rows] == [late, other]  # not the recurring work
    assert "năm 2025" in dlg.target.text() and dlg.ok.text() == "Chuyển 2 nhiệm vụ"
    dlg.model.setData(dlg.model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert dlg.ok.text() == "Chuyển 1 nhiệm vụ"
    dlg.due.setText("31/12/2024")  # before the new year: said, nothing carried, the dialog stays
    dlg.carry()
    assert errors and "2025" in errors[-1] and dlg.result() == 0
    assert tasks.get_task(ui_db, late).carried_to is None
    dlg.due.setText("30/06/2025")
    dlg.carry()
    assert dlg.carried == 1 and dlg.result() == 1
    new = tasks.get_task(ui_db, tasks.get_task(ui_db, late).carried_to)
    assert (new.content, new.due_date, new.status) == ("Số hóa hồ sơ TTHC", dt.date(2025, 6, 30), "in_progress")
    assert tasks.get_task(ui_db, other).carried_to is None


def test_untick_all_disables_carrying_and_an_empty_year_says_so(qtbot, ui_db):
    _year_2024(ui_db)
    dlg = CarryDialog(ui_db, JAN)
    qtbot.addWidget(dlg)
    dlg.model.tick_all(False)
    assert not dlg.ok.isEnabled()
    dlg.year.setValue(2023)
    assert not dlg.model.rows and not dlg.ok.isEnabled() and "2023" in dlg.empty.text()


def test_the_register_shows_the_old_task_carried_not_late(qtbot, ui_db, monkeypatch):
    from parapp.ui.main_window import MainWindow
    from parapp.ui.chasing import carry_dialog

    late, _ = _year_2024(ui_db)
    w = MainWindow(ui_db, today=JAN)
    qtbot.addWidget(w)
    w.show()

    def run(dialog):
        dialog.carry()
        return dialog.result()

    monkeypatch.setattr(carry_dialog.CarryDialog, "exec", run)
    w.act_carry.trigger()
    assert "Đã chuyển 2 nhiệm vụ" in w.statusBar().currentMessage()
    model = w.register.model
    row = next(i for i in range(model.rowCount()) if model.data(model.index(i, 0), Qt.ItemDataRole.UserRole) == late)
    assert model.data(model.index(row, COL_STATUS)) == "Chuyển sang năm 2025"
    assert "Quá hạn" not in model.data(model.index(row, COL_STATUS))


def test_the_overview_offers_carrying_from_december_to_march(qtbot, ui_db, monkeypatch):
    from parapp.core.overview import year_to_carry
    from parapp.ui.chasing import carry_dialog
    from parapp.ui.main_window import MainWindow

    assert [year_to_carry(dt.date(2024, m, 1)) for m in (1, 3, 4, 9, 12)] == [2023, 2023, None, None, 2024]
    _year_2024(ui_db)
    w = MainWindow(ui_db, today=JAN)
    qtbot.addWidget(w)
    w.show()
    w.show_page("overview")
    line = w.overview.carry
    assert line.isVisible() and line.text().startswith("Năm 2024 còn 2 nhiệm vụ chưa hoàn thành")

    def run(dialog):
        dialog.carry()
        return dialog.result()

    monkeypatch.setattr(carry_dialog.CarryDialog, "exec", run)
    w.overview.carry_asked.emit()  # the line clicked
    assert w.current_page() == "register" and "Đã chuyển 2 nhiệm vụ" in w.statusBar().currentMessage()
    w.show_page("overview")
    assert not w.overview.carry.isVisible()  # nothing left to carry


def test_the_year_end_line_is_not_offered_in_summer(qtbot, ui_db):
    from parapp.ui.main_window import MainWindow

    _year_2024(ui_db)
    w = MainWindow(ui_db, today=dt.date(2025, 6, 1))
    qtbot.addWidget(w)
    w.show()
    w.show_page("overview")
    assert not w.overview.carry.isVisible()


def test_work_next_years_plan_has_already_is_shown_linked(qtbot, ui_db):
    late, other = _year_2024(ui_db)
    p25 = plans.add_plan(ui_db, {"title": "Kế hoạch CCHC năm 2025", "year": 2025, "is_annual": True})
    again = tasks.create_task(ui_db, {"plan_id": p25, "content": "Số hóa hồ sơ TTHC", "stt": "7"}, today=JAN)
    dlg = CarryDialog(ui_db, JAN)
    qtbot.addWidget(dlg)
    # by the STT the register shows, not the database's number (a fresh-eyes walk, round 41: "đã có: số 16")
    assert [dlg.model.data(dlg.model.index(i, 6)) for i in range(2)] == ["đã có: STT 7", "thêm mới"]
    # the rows by the STT the register shows too, never the database's number
    from PySide6.QtCore import Qt

    assert dlg.model.headerData(1, Qt.Orientation.Horizontal) == "STT"
    assert sorted(dlg.model.data(dlg.model.index(i, 1)) for i in range(2)) == ["5", "9"]
    dlg.carry()
    assert tasks.get_task(ui_db, late).carried_to == again
    from parapp.store.change_log import log_names
    from parapp.ui.change_log.log_words import value_text

    assert value_text("carried_to", again, log_names(ui_db)) == "nhiệm vụ 7: Số hóa hồ sơ TTHC"
    assert plans.get_plan(ui_db, p25).task_count == 2  # "other" added, the same work not twice

"""The forms of a task carried into next year's plan point at the task where its work goes on.

Before: "Đánh dấu hoàn thành" on the greyed 2024 task ("Chuyển sang năm 2025") opened the form for the old task,
and the task editor said nothing of the carrying, so the result went to the old year's task while the 2025 task
stayed open and chased. Now the short form opens for the 2025 task and says where it came from, and the editor of
the old task says which task carries it on; marking the old task done there is refused with that task's number."""

import datetime as dt

from parapp.services.carrying import carry_choice, carry_over
from parapp.store import plans, tasks
from parapp.ui.tasks import mark_done_dialog
from parapp.ui.tasks.register_page import RegisterPage
from parapp.ui.tasks.task_editor import TaskDialog

JAN = dt.date(2025, 1, 15)


def _carried(db):
    p = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2024", "year": 2024, "is_annual": True})
    old = tasks.create_task(db, {"plan_id": p, "content": "Số hóa hồ sơ TTHC", "due_date": dt.date(2024, 9, 30),
                                 "status": "in_progress"}, today=dt.date(2024, 2, 1))
    kept = tasks.create_task(db, {"plan_id": p, "content": "Rà soát quy chế làm việc"}, today=dt.date(2024, 2, 1))
    carry_over(db, carry_choice(db, 2024), [old], today=dt.date(2024, 12, 20))
    return old, tasks.get_task(db, old).carried_to, kept


def test_marking_the_carried_task_done_opens_the_form_of_next_years_task(qtbot, ui_db, monkeypatch):
    old, new, kept = _carried(ui_db)
    page = RegisterPage(ui_db, JAN)
    qtbot.addWidget(page)
    page.reload()
    monkeypatch.setattr(mark_done_dialog.MarkDoneDialog, "exec", lambda self: 0)
    page.select_task(old)
    assert page.done_btn.isEnabled() and "2025" in page.done_btn.toolTip()
    dlg = page.mark_done()
    assert dlg.task_id == new
    assert "Chuyển từ kế hoạch năm 2024" in dlg.what.text()
    page.select_task(kept)
    assert page.mark_done().task_id == kept
    assert "Chuyển từ" not in page.mark_done_dialog.what.text()
    tasks.update_task(ui_db, new, {"status": "done", "completed_on": JAN}, today=JAN)
    page.reload()
    page.select_task(old)  # its successor finished: nothing left to mark done here
    assert not page.done_btn.isEnabled()


def test_the_editor_of_the_carried_task_names_its_successor_and_refuses_done(qtbot, ui_db, errors):
    old, new, kept = _carried(ui_db)
    dlg = TaskDialog(ui_db, old, today=JAN)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.carried.isVisible()
    assert "Kế hoạch cải cách hành chính năm 2025" in dlg.carried.text()
    assert not dlg.status.isEnabled()  # not offered, rather than refused at "Lưu" after the rest was typed
    dlg.new_note.setPlainText("Đã gửi Sở Tư pháp xin ý kiến")  # notes on the old task are still taken
    dlg.save()
    assert not errors and dlg.result() == 1
    assert tasks.get_task(ui_db, old).status == "in_progress"
    other = TaskDialog(ui_db, kept, today=JAN)
    qtbot.addWidget(other)
    other.show()
    assert not other.carried.isVisible()


def test_in_december_work_not_yet_due_is_not_ticked_so_its_reminders_go_on(qtbot, ui_db):
    from PySide6.QtCore import Qt

    from parapp.ui.chasing.carry_dialog import CarryDialog

    p = plans.add_plan(ui_db, {"title": "Kế hoạch cải cách hành chính năm 2024", "year": 2024, "is_annual": True})
    made = dt.date(2024, 2, 1)
    late = tasks.create_task(ui_db, {"plan_id": p, "content": "Rà soát văn bản QPPL", "due_date": dt.date(2024, 5, 31),
                                     "status": "in_progress"}, today=made)
    december = tasks.create_task(ui_db, {"plan_id": p, "content": "Tuyên truyền CCHC trên loa truyền thanh",
                                         "due_date": dt.date(2024, 12, 20)}, today=made)
    dlg = CarryDialog(ui_db, dt.date(2024, 12, 6))
    qtbot.addWidget(dlg)
    dlg.show()
    assert [r.id for r in dlg.model.rows] == [late, december]
    checks = [dlg.model.data(dlg.model.index(i, 0), Qt.ItemDataRole.CheckStateRole) for i in range(2)]
    assert checks == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    assert dlg.ok.text() == "Chuyển 1 nhiệm vụ"
    assert dlg.waiting.isVisible() and "1 việc chưa đến hạn" in dlg.waiting.text()
    dlg.carry()
    assert tasks.get_task(ui_db, december).carried_to is None and tasks.get_task(ui_db, late).carried_to
    january = CarryDialog(ui_db, dt.date(2025, 1, 5))  # its day gone by: ticked like the rest
    qtbot.addWidget(january)
    assert january.model.chosen() == [december] and not january.waiting.isVisibleTo(january)


def test_a_file_chosen_by_mistake_in_the_short_form_can_be_taken_off(qtbot, ui_db, tmp_path):
    """A fresh-eyes walk: the mark-done form added evidence files and had no way to take one off but Hủy."""
    from parapp.ui.tasks.mark_done_dialog import MarkDoneDialog

    p = plans.add_plan(ui_db, {"title": "Kế hoạch CCHC năm 2025", "year": 2025, "is_annual": True})
    t = tasks.create_task(ui_db, {"plan_id": p, "content": "Ban hành kế hoạch tuyên truyền"}, today=JAN)
    wrong, right = tmp_path / "nham.pdf", tmp_path / "ke hoach #1.pdf"
    for f in (wrong, right):
        f.write_bytes(b"%PDF-1.4 " + f.name.encode())
    dlg = MarkDoneDialog(ui_db, t, today=JAN)
    qtbot.addWidget(dlg)
    dlg.add_file(str(wrong))
    dlg.add_file(str(right))
    assert not dlg.drop_file_btn.isEnabled()
    dlg.files_list.setCurrentRow(0)
    dlg.drop_file_btn.click()
    assert dlg.files == [right] and dlg.files_list.count() == 1 and dlg.files_list.item(0).text() == right.name

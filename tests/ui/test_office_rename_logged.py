"""An office renamed in the settings moves the tasks it leads to the new name: each task's history and the change
log now say so (round 23B left the move unlogged: the task log's triggers keep no lead office)."""

from __future__ import annotations

from parapp.store import change_log, officials, tasks
from parapp.ui.change_log.log_words import describe


def test_each_task_moved_by_a_rename_is_in_its_history(ui_db):
    from tests.ui.conftest import TODAY

    old = officials.get_or_create_unit(ui_db, "Phòng Kinh tế")
    moved = [tasks.create_task(ui_db, {"content": f"Việc {k}", "lead_unit_id": old}, today=TODAY) for k in range(2)]
    other = tasks.create_task(ui_db, {"content": "Việc khác", "lead_text": "Công an xã"}, today=TODAY)
    with ui_db.atomic():
        officials.move_office(ui_db, "Phòng Kinh tế", "Phòng Kinh tế – Hạ tầng")
    names = change_log.log_names(ui_db)
    for t in moved:
        lines = [describe(e, names) for e in change_log.list_log(ui_db, task_id=t)]
        assert "Đơn vị chủ trì: Phòng Kinh tế → Phòng Kinh tế – Hạ tầng" in lines, lines
    assert not [e for e in change_log.list_log(ui_db, task_id=other) if e.action == "update"]

"""Adversarial round 41A, in the window: a new data file beside another ParApp database (helper r41a)."""

from __future__ import annotations

from parapp.store import open_database


def _files(folder) -> set:
    return {p.relative_to(folder) for p in folder.rglob("*")}


def test_the_windows_first_start_on_a_new_file_beside_other_data_is_refused(qtbot, tmp_path, monkeypatch, errors):
    """L1 (left by round 40A): `parapp --db "<the office's data folder>/moi.db"` (the window) made a new database
    beside the office's `xa.db`: both then write snapshots into one `backups/auto`, each pruning the other's, and the
    damaged-data box offers the other's latest snapshot as this data's (round 40A F2, which the command line refuses).
    Now the window says so, with a folder of its own, exit 2, nothing made. The default data file's first start (a new
    `parapp.db`, here beside `xa.db`) still makes it."""
    from parapp.ui import app as app_module

    office = tmp_path / "Dữ liệu xã #1"
    office.mkdir()
    open_database(office / "xa.db").close()
    before = _files(office)
    new = office / "moi.db"
    monkeypatch.setenv("PARAPP_STARTUP_PROBE", "1")  # a window that opens is shown, made ready, then closed
    assert app_module.run_app(new, "vi") == 2
    assert len(errors) == 1 and "chưa ghi gì" in errors[0] and str(office / "moi") in errors[0], errors
    assert _files(office) == before
    assert app_module.run_app(office / "parapp.db", "vi") == 0
    assert (office / "parapp.db").is_file() and len(errors) == 1, errors


def test_the_windows_backup_of_data_with_a_carried_link_pointing_nowhere_offers_the_repair(window, ui_db, tmp_path,
                                                                                          monkeypatch):
    """L3 (left by round 40A), in the window: "Sao lưu ra USB…" of data whose carried task points at no task (a bit
    turned on the disk) was refused with "hãy khôi phục bản sao lưu gần nhất" (every change since lost). Now the
    refusal's box has "Sửa chỗ chữ hỏng", which empties the link after a snapshot and says how to link the task
    again; the backup is then made."""
    from PySide6.QtWidgets import QMessageBox

    from parapp.store import plans, tasks
    from parapp.ui import backup_dialogs
    from parapp.ui.widgets import texts

    from .conftest import TODAY

    plan = plans.add_plan(ui_db, {"title": "Kế hoạch CCHC", "year": TODAY.year})
    task = tasks.create_task(ui_db, {"content": "Rà soát thủ tục hành chính", "plan_id": plan}, TODAY)
    ui_db.conn.execute("PRAGMA foreign_keys = OFF")
    ui_db.conn.execute("UPDATE tasks SET carried_to = 1058 WHERE id = ?", [task])
    ui_db.conn.commit()
    ui_db.conn.execute("PRAGMA foreign_keys = ON")
    usb = tmp_path / "usb"
    usb.mkdir()
    boxes: list = []
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    monkeypatch.setattr(texts, "inform", lambda parent, title, message: said.append(message))
    backup_dialogs.backup_to_folder(window, ui_db, str(usb))
    assert boxes and "khôi phục bản sao lưu gần nhất" not in boxes[-1].text(), [b.text() for b in boxes]
    button = next((b for b in boxes[-1].buttons() if b.text() == "Sửa chỗ chữ hỏng"), None)
    assert button is not None and "không cần khôi phục" in boxes[-1].informativeText()
    button.click()
    assert said and f"Nhiệm vụ số {task}" in said[0] and "1058" in said[0], said
    assert ui_db.conn.execute("SELECT carried_to FROM tasks WHERE id = ?", [task]).fetchone()[0] is None
    monkeypatch.setattr(backup_dialogs, "file_saved", lambda *a: said.append("made"))
    backup_dialogs.backup_to_folder(window, ui_db, str(usb))
    assert said[-1] == "made" and list(usb.iterdir())


def test_a_carried_task_whose_successor_is_gone_still_opens(qtbot, ui_db):
    """F5: the register's carried task whose `carried_to` points at no task (a bit turned on the disk, before the
    repair): opening it ended in "Không tìm thấy nhiệm vụ số 1058" and its form never opened. Now it opens, said carried
    into next year."""
    from parapp.store import plans, tasks
    from parapp.ui.tasks.task_editor import TaskDialog

    from .conftest import TODAY

    plan = plans.add_plan(ui_db, {"title": "Kế hoạch CCHC", "year": TODAY.year})
    task = tasks.create_task(ui_db, {"content": "Rà soát thủ tục hành chính", "plan_id": plan}, TODAY)
    ui_db.conn.execute("PRAGMA foreign_keys = OFF")
    ui_db.conn.execute("UPDATE tasks SET carried_to = 1058 WHERE id = ?", [task])
    ui_db.conn.commit()
    ui_db.conn.execute("PRAGMA foreign_keys = ON")
    dialog = TaskDialog(ui_db, task)
    qtbot.addWidget(dialog)
    assert "năm sau" in dialog.carried.text()

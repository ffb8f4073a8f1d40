"""A byte of the data gone bad inside a task's words (not UTF-8): the register failed on every row it drew and the
error box's one way out was the last good backup or a command. The box now offers "Sửa chỗ chữ hỏng": the window,
which holds the writer lock, mends the text after a snapshot and reads its pages again."""

from __future__ import annotations

import sqlite3

from parapp.store import tasks

from .conftest import TODAY


def _error_box(window):
    from parapp.ui import uncaught

    try:
        raise sqlite3.OperationalError("Could not decode to UTF-8 column 'content'")
    except sqlite3.OperationalError as exc:
        return uncaught.show_error_dialog(type(exc), exc, exc.__traceback__, parent=window)


def _button(box, text):
    return next((b for b in box.buttons() if b.text() == text), None)


def test_the_error_box_mends_bad_text_in_the_window(window, ui_db, monkeypatch):
    from parapp.ui.widgets import texts

    task_id = tasks.create_task(ui_db, {"content": "Rà soát thủ tục hành chính", "deadline_text": "Quý I/2024"},
                                TODAY)
    raw = "Rà soát thủ tục hành chính".encode()
    bad = raw[:4] + b"\xff" + raw[5:]
    ui_db.conn.execute("UPDATE tasks SET content = CAST(? AS TEXT) WHERE id = ?", [bad, task_id])
    said: list[str] = []
    monkeypatch.setattr(texts, "inform", lambda parent, title, message: said.append(message))

    box = _error_box(window)
    button = _button(box, "Sửa chỗ chữ hỏng")
    assert button is not None, [b.text() for b in box.buttons()]
    button.click()

    assert ui_db.conn.execute("SELECT content FROM tasks WHERE id = ?", [task_id]).fetchone()[0] == \
        bad.decode("utf-8", "replace")
    snaps = list((ui_db.path.parent / "backups" / "auto").glob("*truoc-sua-chu-hong*"))
    assert len(snaps) == 1
    # The task's words as they now read; the line the change log took of the damage counted, not shown as JSON.
    assert said and "• “Rà \ufffdoát thủ tục" in said[0] and "1 dòng của Nhật ký" in said[0], said
    assert "trước khi sửa chữ hỏng" in said[0] and "plan_id" not in said[0], said
    window.show_page("register")  # the register draws every row again
    assert window.register.model.rowCount() == 1


def test_no_repair_is_offered_for_sound_data(window, ui_db):
    tasks.create_task(ui_db, {"content": "Rà soát thủ tục hành chính", "deadline_text": "Quý I/2024"}, TODAY)
    assert _button(_error_box(window), "Sửa chỗ chữ hỏng") is None


def test_the_box_that_offers_the_repair_does_not_send_the_clerk_to_a_restore(window, ui_db, monkeypatch):
    from parapp.ui.widgets import texts

    # Round 33B left it: next to "Sửa chỗ chữ hỏng" the box said "hãy khôi phục từ bản sao lưu gần nhất", which loses
    # all work since the backup. The box says what the button does instead.
    task_id = tasks.create_task(ui_db, {"content": "Rà soát thủ tục hành chính", "deadline_text": "Quý I/2024"},
                                TODAY)
    bad = "Rà soát thủ tục hành chính".encode()[:4] + b"\xff"
    ui_db.conn.execute("UPDATE tasks SET content = CAST(? AS TEXT) WHERE id = ?", [bad, task_id])
    box = _error_box(window)
    assert _button(box, "Sửa chỗ chữ hỏng") is not None
    said = box.text() + "\n" + box.informativeText()
    assert "Bấm “Sửa chỗ chữ hỏng”" in box.informativeText(), said
    assert "không cần khôi phục" in box.informativeText(), said
    monkeypatch.setattr(texts, "inform", lambda *a: None)
    _button(box, "Sửa chỗ chữ hỏng").click()  # and mended, as the box says
    assert "\ufffd" in ui_db.conn.execute("SELECT content FROM tasks WHERE id = ?", [task_id]).fetchone()[0]

"""Round 33A: the window's "Sửa chỗ chữ hỏng" for a date gone bad whose digit cannot be known: it is left empty,
and the box names it as it read, for the clerk to enter again (not "“”")."""

from __future__ import annotations

import sqlite3

from parapp.store import tasks

from .conftest import TODAY
from .test_bad_text_repair_in_window import _button, _error_box


def test_the_window_names_a_date_it_left_empty_as_it_read(window, ui_db, monkeypatch):
    from parapp.ui.widgets import texts

    task_id = tasks.create_task(ui_db, {"content": "Rà soát thủ tục hành chính", "deadline_text": "31/03/2024"},
                                TODAY)
    ui_db.conn.execute("UPDATE tasks SET due_date = CAST(? AS TEXT) WHERE id = ?", [b"2024-0\xff-31", task_id])
    said: list[str] = []
    monkeypatch.setattr(texts, "inform", lambda parent, title, message: said.append(message))

    box = _error_box(window)
    _button(box, "Sửa chỗ chữ hỏng").click()

    assert ui_db.conn.execute("SELECT due_date FROM tasks WHERE id = ?", [task_id]).fetchone()[0] is None
    assert said and "• “2024-0\ufffd-31”" in said[0] and "gõ lại" in said[0], said
    assert sqlite3.connect(ui_db.path).execute("PRAGMA quick_check").fetchone()[0] == "ok"

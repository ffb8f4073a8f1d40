"""Round 38A: the window's "Sửa chỗ chữ hỏng" of a change-log line (helper r38a)."""

from __future__ import annotations

from parapp.store import tasks

from .conftest import TODAY
from .test_bad_text_repair_in_window import _button, _error_box


def test_the_window_does_not_send_the_clerk_to_retype_a_change_log_line(window, ui_db, monkeypatch):
    """F2: a change-log line's words gone bad, kept with "\ufffd" (the log is append-only): the box said "Hãy xem lại
    những chỗ đó và gõ lại cho đúng" of a line no window edits. Now the line is said kept, nothing to retype, and not
    "đặt lại đúng như trước khi hỏng" either."""
    from parapp.ui.widgets import texts

    tasks.create_task(ui_db, {"content": "Rà soát thủ tục hành chính", "deadline_text": "31/03/2024"}, TODAY)
    rowid, after = ui_db.conn.execute("SELECT id, CAST(after AS BLOB) FROM audit_log WHERE after LIKE '%Rà soát%' "
                                      "ORDER BY id DESC LIMIT 1").fetchone()
    at = after.index("Rà".encode()) + 2  # the second byte of 'à'
    triggers = ui_db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND tbl_name = 'audit_log'").fetchall()
    for name, _ in triggers:
        ui_db.conn.execute(f'DROP TRIGGER "{name}"')
    ui_db.conn.execute("UPDATE audit_log SET after = CAST(? AS TEXT) WHERE id = ?",
                       [after[:at] + b"\xff" + after[at + 1:], rowid])
    for _, sql in triggers:
        ui_db.conn.execute(sql)
    said: list[str] = []
    monkeypatch.setattr(texts, "inform", lambda parent, title, message: said.append(message))

    box = _error_box(window)
    _button(box, "Sửa chỗ chữ hỏng").click()

    assert said and "gõ lại" not in said[0] and "đúng như trước khi hỏng" not in said[0], said
    assert "Nhật ký" in said[0], said

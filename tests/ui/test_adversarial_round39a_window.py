"""Round 39A: the window's "Sửa chỗ chữ hỏng" of values no window edits (helper r39a)."""

from __future__ import annotations

from parapp.services.demo_par import demo_set
from parapp.store import par_index

from .test_bad_text_repair_in_window import _button, _error_box


def _spoil(db, table: str, column: str, rowid: int, at: int, byte: int) -> None:
    """A byte of the stored value gone bad, as a failing disk leaves it: no trigger asked."""
    raw = db.conn.execute(f'SELECT CAST("{column}" AS BLOB) FROM [{table}] WHERE rowid = ?', [rowid]).fetchone()[0]
    triggers = db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                               [table]).fetchall()
    for name, _ in triggers:
        db.conn.execute(f'DROP TRIGGER "{name}"')
    db.conn.execute(f'UPDATE [{table}] SET "{column}" = CAST(? AS TEXT) WHERE rowid = ?',
                    [raw[:at] + bytes([byte]) + raw[at + 1:], rowid])
    for _, sql in triggers:
        db.conn.execute(sql)


def test_the_window_does_not_send_the_clerk_to_retype_the_imported_files_name(window, ui_db, monkeypatch):
    """L1: the name of the file a PAR criteria set was imported from (a note, shown nowhere) gone bad, kept with
    "\ufffd" (no other record of it): the box said "Hãy xem lại những chỗ đó và gõ lại cho đúng", listing it. Now it
    is said kept, nothing to do, and not listed among the places to look at."""
    from parapp.ui.widgets import texts

    par_index.store_set(ui_db, demo_set(2025), source_name="Bo chi so CCHC cap xa.xlsx")
    _spoil(ui_db, "par_sets", "source_name", 1, 3, 0xE3)
    said: list[str] = []
    monkeypatch.setattr(texts, "inform", lambda parent, title, message: said.append(message))

    box = _error_box(window)
    _button(box, "Sửa chỗ chữ hỏng").click()

    assert said and "gõ lại" not in said[0] and "đúng như trước khi hỏng" not in said[0], said
    assert "không cần sửa" in said[0] and "CCHC cap xa" not in said[0], said

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


def test_the_window_sends_the_clerk_to_import_the_set_again_for_a_criterions_number(window, ui_db, monkeypatch):
    """L2: a PAR criterion's printed number of a form nothing else in the set tells ("Tiêu chí 1.2", a byte gone bad),
    kept with "\ufffd": the box said "Hãy xem lại những chỗ đó và gõ lại cho đúng", no window edits it. Now it sends
    the clerk to import the province's file again over the set, naming the year."""
    from parapp.ui.widgets import texts

    par_index.store_set(ui_db, demo_set(2025), source_name="Bo chi so CCHC cap xa.xlsx")
    ui_db.conn.execute("UPDATE par_criteria SET label = 'Tiêu chí 1.2' WHERE id = 5")
    _spoil(ui_db, "par_criteria", "label", 5, 1, 0xFF)
    said: list[str] = []
    monkeypatch.setattr(texts, "inform", lambda parent, title, message: said.append(message))

    box = _error_box(window)
    _button(box, "Sửa chỗ chữ hỏng").click()

    assert said and "gõ lại" not in said[0] and "đúng như trước khi hỏng" not in said[0], said
    assert "Nhập bộ tiêu chí" in said[0] and "2025" in said[0], said

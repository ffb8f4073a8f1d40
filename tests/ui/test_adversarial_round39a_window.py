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


def test_a_restore_over_data_too_damaged_to_snapshot_says_where_it_was_kept(qtbot, tmp_path):
    """F2: the data opens (its quick check passes) but a UNIQUE index holds a row twice, as a failing disk leaves it:
    the full check of the snapshot taken before a restore fails, even with its indexes rebuilt, so the restore keeps
    the old file aside beside the data (parapp-hong-….db) instead. Tệp → Khôi phục… then said "Dữ liệu trước khi khôi
    phục vẫn được giữ trong các bản sao lưu tự động (… lý do “trước khi khôi phục”)": there is none such; the clerk who
    wanted the work typed since back looked for it in the list in vain. The command line names the file kept aside;
    so does the window."""
    import sqlite3

    from parapp.store import tasks
    from parapp.store.backup import list_snapshots, take_snapshot
    from parapp.store.db import open_database
    from parapp.ui.backup_dialogs import perform_restore

    path = tmp_path / "parapp.db"
    db = open_database(path)
    tasks.create_task(db, {"content": "Nhiệm vụ"})
    snap = take_snapshot(db.conn, tmp_path, "dau-ngay")
    db.close()
    con = sqlite3.connect(path, isolation_level=None)
    name = "idx__sqlite_migrations_migration_set_name"
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [sql.replace("UNIQUE INDEX", "INDEX"), name])
    con.close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "SELECT migration_set, name, applied_at FROM _sqlite_migrations LIMIT 1")
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", [sql, name])
    con.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    con.close()

    said = perform_restore(("snapshot", snap.path), path, tmp_path, snap.label)

    kept = list(tmp_path.glob("parapp-hong-*.db"))
    assert kept and not any(s.reason == "truoc-khoi-phuc" for s in list_snapshots(tmp_path))
    assert kept[0].name in said and "lý do “trước khi khôi phục”" not in said, said

"""Found in issue 21's own adversarial pass: when the morning's automatic snapshot could not be
made (the snapshot folder is a file, the disk filled up), the window did not open at all ('Lỗi
không mong đợi', exit 1). The office's day goes on: the window opens and says that no automatic
backup was made and what to do; closing after changes does the same, never a crash."""

import datetime as dt

from parapp.store import open_database, tasks


def test_the_window_opens_and_says_so_when_the_mornings_snapshot_cannot_be_made(qtbot, tmp_path, monkeypatch,
                                                                                   capsys, errors):
    from parapp.ui import app as app_module

    db_path = tmp_path / "parapp.db"
    db = open_database(db_path)
    tasks.create_task(db, {"content": "Rà soát TTHC"}, dt.date(2024, 5, 20))
    db.close()
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "auto").write_text("không phải thư mục")
    said = errors
    monkeypatch.setenv("PARAPP_STARTUP_PROBE", "1")
    assert app_module.run_app(db_path, "vi") == 0
    assert "window-ready" in capsys.readouterr().out
    assert said and "sao lưu tự động" in said[0] and "Traceback" not in said[0]


def test_a_window_start_removes_what_a_killed_restore_and_a_killed_evidence_copy_left(qtbot, tmp_path, monkeypatch,
                                                                                    capsys):
    """The clean-up runs once the first page is up (not before it, to open sooner), and still
    before anything can be changed: the leftovers are gone when the window is ready for input."""
    from parapp.ui import app as app_module

    db_path = tmp_path / "parapp.db"
    open_database(db_path).close()
    left = [tmp_path / "parapp.db.restoring", tmp_path / "evidence" / "ab" / ("ab" * 32 + ".partial")]
    left[1].parent.mkdir(parents=True)
    for p in left:
        p.write_bytes(b"do dang")
    monkeypatch.setenv("PARAPP_STARTUP_PROBE", "1")
    assert app_module.run_app(db_path, "vi") == 0
    assert "window-ready" in capsys.readouterr().out
    assert not any(p.exists() for p in left)
    assert db_path.exists()

"""A fresh-eyes walk (round 43): restoring an older backup over a day's work (a year report finalised, five tasks
carried, new figures) asked "Tệp sao lưu của …, tạo lúc 06/12/2026 10:17. Khôi phục từ tệp này?", word for word the
question shown over an empty folder. The question now says the data open was changed after the backup was made."""

from __future__ import annotations

import datetime as dt


def test_a_backup_older_than_the_work_open_says_so(qtbot, tmp_path, monkeypatch):
    from parapp.services import safety
    from parapp.store import open_database, settings as st, tasks
    from parapp.store.change_log import last_change
    from parapp.ui import backup_dialogs

    (tmp_path / "data").mkdir()
    db = open_database(tmp_path / "data" / "parapp.db")
    st.save_settings(db, st.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang", place_name="Ba Giang"))
    out = safety.backup(db, tmp_path).path
    asked = []
    monkeypatch.setattr(backup_dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)

    def ask(changed=None):
        dlg = backup_dialogs.RestoreDialog(tmp_path / "data", db_path=tmp_path / "data" / "parapp.db",
                                           commune="Ủy ban nhân dân xã Ba Giang",
                                           last_change=changed or last_change(db))
        qtbot.addWidget(dlg)
        dlg._pick_file(str(out))

    ask()
    assert "sau lúc tạo tệp sao lưu" not in asked[-1]  # nothing changed since
    tasks.create_task(db, {"content": "Việc làm sau khi sao lưu"}, today=dt.date.today())
    assert last_change(db) is not None
    # the work done a few minutes after the backup (the change log's clock runs in seconds)
    ask((dt.datetime.now() + dt.timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S"))
    assert "Dữ liệu đang mở có thay đổi đến" in asked[-1] and "sau lúc tạo tệp sao lưu này" in asked[-1]
    db.close()


def test_newer_than_reads_the_backups_offset():
    from parapp.ui.backup_dialogs import newer_than

    made = dt.datetime(2026, 12, 6, 10, 17).astimezone().isoformat()
    assert newer_than("2026-12-06 10:36:12", made) == "06/12/2026 10:36"
    assert newer_than("2026-12-06 10:10:00", made) == ""
    assert newer_than(None, made) == "" and newer_than("2026-12-06 10:36:12", "không rõ") == ""

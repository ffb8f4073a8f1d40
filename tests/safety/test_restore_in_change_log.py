"""A restore is in the change log (round 17A left it: every change since the backup was undone at once, and the
log went on as if the days since the backup had never been). The restored data's own log ends with the restore:
from which file, when that backup was made, and where the data it replaced is kept, which is the way back."""

from __future__ import annotations

import datetime as dt

from parapp.services.demo import build_demo
from parapp.services.safety import restore
from parapp.store import open_database
from parapp.store.archive import make_backup
from parapp.store.backup import list_snapshots, take_snapshot
from parapp.store.change_log import list_log, log_names
from parapp.store.settings import load_settings


def _commune(tmp_path):
    folder = tmp_path / "Dữ liệu #1 của xã"
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    build_demo(db, dt.date(2026, 6, 1))
    return db, folder


def test_a_restore_from_a_backup_file_is_the_newest_line_of_the_log(tmp_path):
    db, folder = _commune(tmp_path)
    made = make_backup(db.conn, folder, tmp_path, commune=load_settings(db).commune_name)
    db.execute("UPDATE tasks SET content = 'Sửa sau khi sao lưu' WHERE id = 1")
    db.conn.commit()
    db.close()

    restore(made.path, folder / "parapp.db")

    with open_database(folder / "parapp.db", create=False) as ws:
        newest = list_log(ws)[0]
        assert (newest.entity, newest.action) == ("restore", "restore")
        assert newest.after["restored_from"] == made.path.name
        assert newest.after["backup_made"][:10] == dt.date.today().isoformat()
        kept = newest.after["kept_before"]
        assert kept and kept in [s.path.name for s in list_snapshots(folder)]
        from parapp.ui.change_log import log_words as words

        text = words.describe(newest, log_names(ws))
        assert made.path.name in text and kept in text
        assert words.subject(newest, log_names(ws)) == "Toàn bộ dữ liệu"


def test_a_restore_of_an_automatic_snapshot_is_logged_too(tmp_path):
    db, folder = _commune(tmp_path)
    snap = take_snapshot(db.conn, folder, "thu-cong")
    db.close()

    restore(snap.path, folder / "parapp.db")

    with open_database(folder / "parapp.db", create=False) as ws:
        newest = list_log(ws)[0]
        assert newest.action == "restore" and newest.after["restored_from"] == snap.path.name
        assert newest.after["backup_made"] == snap.taken.isoformat(timespec="seconds")  # from the snapshot's name
        assert newest.after["kept_before"].startswith("parapp-")

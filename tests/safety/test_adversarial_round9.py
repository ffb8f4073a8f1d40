"""Round 9 of issue 21 (backup, restore, snapshots, read-only use): each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from parapp.store import open_database, tasks
from parapp.store.backup import list_snapshots, take_snapshot
from parapp.store.settings import load_settings, save_settings

ROOT = Path(__file__).resolve().parents[2]


def test_a_snapshot_chosen_in_the_window_is_not_pruned_by_the_window_s_own_closing_snapshot(tmp_path):
    # The window closes before it restores, and after changes it snapshots on closing: that snapshot
    # pruned the chosen one when it was the day's previous "khi-dong" (no longer the day's newest).
    # The state the official chose was then deleted, and the restore said "Không còn bản chụp".
    path = tmp_path / "parapp.db"
    db = open_database(path)
    s = load_settings(db)
    s.commune_name = "Ủy ban nhân dân xã Ba Giang"
    save_settings(db, s)
    now = dt.datetime.now().replace(microsecond=0)
    tasks.create_task(db, {"content": "Buổi sáng"})
    take_snapshot(db.conn, tmp_path, "dau-ngay", now - dt.timedelta(minutes=50))
    tasks.create_task(db, {"content": "Buổi trưa"})
    chosen = take_snapshot(db.conn, tmp_path, "khi-dong", now - dt.timedelta(minutes=20))
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PARAPP_LOCK_WAIT": "2"}
    out = subprocess.run([sys.executable, str(Path(__file__).with_name("restore_driver.py")), str(path),
                          str(chosen.path)], env=env, capture_output=True, text=True, encoding="utf-8",
                         timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    said = json.loads(out.stdout.strip().splitlines()[-1])["said"]
    assert not any("Không còn bản chụp" in t for t in said), said
    db = open_database(path)
    assert [r.content for r in tasks.task_rows(db)] == ["Buổi sáng", "Buổi trưa"]
    db.close()
    assert any(x.reason == "truoc-khoi-phuc" for x in list_snapshots(tmp_path))  # the mistake is kept too


def test_read_only_media_whose_wal_finds_no_room_in_the_temporary_folder_blame_that_folder(tmp_path, monkeypatch,
                                                                                         capsys):
    # Read-only media with a -wal: the data is read through a copy in the system's temporary folder.
    # With that folder's disk short of room (real: a 300 KB tmpfs as TMPDIR), every command said
    # "Ổ đĩa chứa “<the CD>” đã đầy … hãy xóa bớt tệp trên ổ đĩa đó" (a CD is not full, nothing can be
    # deleted from it), and `check` exited 1 as if the data had a problem.
    import errno
    import shutil
    import tempfile

    from parapp.cli.main import main
    from tests.safety.test_full_and_readonly_media import _in_wal, _read_only_media

    cd = tmp_path / "Đĩa CD"
    cd.mkdir()
    db = _in_wal(cd / "parapp.db", 9, 555)
    _read_only_media(monkeypatch)
    temp = tempfile.gettempdir()
    real_copy = shutil.copyfile

    def copyfile(src, dst, *a, **kw):
        if str(dst).startswith(temp):
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_copy(src, dst, *a, **kw)

    monkeypatch.setattr(shutil, "copyfile", copyfile)
    for args in (["tasks"], ["check"]):
        code = main([*args, "--db", str(db)])
        out = capsys.readouterr()
        said = out.out + out.err
        assert code == 2, (args, said)
        assert temp in said and "tạm" in said and str(cd) not in said, said

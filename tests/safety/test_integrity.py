import os
import random
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from parapp.store import open_database, tasks
from parapp.store.change_log import list_log, set_actor
from parapp.store.db import open_readonly
from parapp.store.errors import DatabaseDamaged


def test_corrupted_database_is_never_written_to(tmp_path):
    path = tmp_path / "parapp.db"
    db = open_database(path)
    for i in range(300):
        tasks.create_task(db, {"content": f"Nhiệm vụ {i} " + "x" * 200})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    for off in range(8192, len(data) - 4096, 4096):
        data[off + 100:off + 400] = os.urandom(300)  # damage the middle of many pages
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged) as e:
        open_database(path)
    assert "sao lưu" in e.value.message
    assert path.read_bytes() == before


def test_read_only_media_opens_read_only(tmp_path):
    path = tmp_path / "parapp.db"
    db = open_database(path)
    tasks.create_task(db, {"content": "Rà soát TTHC"})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    ro = open_readonly(path)
    assert ro.readonly and tasks.task_rows(ro)[0].content == "Rà soát TTHC"
    with pytest.raises(sqlite3.OperationalError):
        tasks.create_task(ro, {"content": "không được ghi"})
    ro.close()


def test_full_disk_loses_nothing_already_stored(tmp_path):
    db = open_database(tmp_path / "parapp.db")
    first = tasks.create_task(db, {"content": "Đã lưu trước"})
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is (nearly) full
    with pytest.raises(sqlite3.DatabaseError):
        with db.atomic():
            for i in range(500):
                tasks.create_task(db, {"content": f"Nhiệm vụ {i} " + "y" * 500})
    assert [r.id for r in tasks.task_rows(db)] == [first]  # none of the batch, the old row intact
    db.close()


def test_audit_log_records_who_and_is_append_only(db):
    from parapp.store import officials

    an = officials.add_official(db, {"full_name": "Nguyễn Văn An"})
    set_actor(db, an, os_user="vanphong")
    tid = tasks.create_task(db, {"content": "Số hóa hồ sơ", "deadline_text": "Quý I/2024"})
    tasks.update_task(db, tid, {"status": "done"})
    tasks.add_note(db, tid, "Đã số hóa 100%")
    log = list_log(db, task_id=tid)
    assert [e.action for e in reversed(log)] == ["insert", "update", "insert"]
    upd = next(e for e in log if e.action == "update")
    assert ("status", "not_started", "done") in upd.changes()
    assert upd.os_user == "vanphong" and upd.official == "Nguyễn Văn An"
    assert list_log(db, official_id=an) and not list_log(db, official_id=999)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE audit_log SET action = 'x'")


WRITER = textwrap.dedent("""
    import sys
    from parapp.store import open_database, tasks
    db = open_database(sys.argv[1])
    start = int(sys.argv[2])
    print("ready", flush=True)
    for batch in range(start, start + 100000):
        with db.atomic():  # one import: all 25 rows or none
            for k in range(25):
                tasks.create_task(db, {"content": f"lô {batch} dòng {k}", "deadline_text": "Quý II/2024"})
        tid = tasks.task_rows(db, " WHERE t.content = ?", [f"lô {batch} dòng 0"])[0].id
        tasks.update_task(db, tid, {"status": "in_progress", "delay_reason": f"lô {batch}"})
""")


def test_kill_9_at_random_moments_loses_at_most_the_change_being_made(tmp_path):
    path = tmp_path / "parapp.db"
    open_database(path).close()
    rng = random.Random(7)
    batch = 0
    for _round in range(8):
        p = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(batch)], stdout=subprocess.PIPE, text=True)
        assert p.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        p.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no chance to clean up either way
        p.wait()
        db = open_database(path)  # opens: the integrity check passes
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = dict(db.execute(
            "SELECT substr(content, 1, instr(substr(content, 4), ' ') + 3), COUNT(*) FROM tasks GROUP BY 1"))
        assert all(n == 25 for n in counts.values()), counts  # every batch wholly there or wholly absent
        batch += 100000
        db.close()
    assert counts  # something was written in the last round at least


def test_an_update_that_changes_nothing_logged_is_not_logged(db_path, monkeypatch):
    # The computer's user name, whatever the platform calls its variable (getpass reads LOGNAME first):
    # the log must name it, on Windows (no USER) as on Linux.
    monkeypatch.setenv("LOGNAME", "vanphong-xa")
    db = open_database(db_path)
    tid = tasks.create_task(db, {"content": "Rà soát TTHC", "status": "done"})
    n = len(list_log(db, task_id=tid))
    tasks.update_task(db, tid, {"status": "done"})  # the same value again
    assert len(list_log(db, task_id=tid)) == n
    assert list_log(db, task_id=tid)[0].os_user == "vanphong-xa"
    db.close()

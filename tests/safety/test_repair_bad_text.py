"""A byte of the file gone bad inside a task's words (not UTF-8): round 30A made check, backup and restore name it, and
the way out they gave was the last good backup, all work since lost for one byte (31A left it for a decision). Now
`parapp repair` mends each such value (the bad bytes as "�", the rest kept), after a snapshot of the data as it was,
names each place and prints the way back; the change log stays append-only."""

from __future__ import annotations

import hashlib
import shlex
import sqlite3
from pathlib import Path

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo


def _spoil_first_task(db) -> tuple[int, bytes]:
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        task_id, content = con.execute("SELECT id, content FROM tasks ORDER BY id LIMIT 1").fetchone()
        bad = content[:10] + b"\xff" + content[11:]
        con.execute("UPDATE tasks SET content = CAST(? AS TEXT) WHERE id = ?", [bad, task_id])
        con.commit()
    finally:
        con.close()
    return task_id, bad


def _schema(db):
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute("SELECT type, name, sql FROM sqlite_master").fetchall(), key=str)
    finally:
        con.close()


def test_repair_mends_a_bad_byte_keeps_the_rest_and_says_the_way_back(tmp_path):
    db = _demo(tmp_path)
    task_id, bad = _spoil_first_task(db)
    schema = _schema(db)
    checked = run("check", "--db", db)
    assert checked.returncode == 1 and "parapp repair" in checked.stdout, checked.stdout + checked.stderr
    listed = run("--db", db, "tasks")
    assert listed.returncode == 2 and "parapp repair" in listed.stderr, listed.stderr

    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"bảng tasks, cột content, dòng {task_id}" in r.stdout, r.stdout
    back = shlex.split(r.stdout.strip().splitlines()[-1])
    assert back[:2] == ["parapp", "restore"] and back[-2:] == ["--db", str(db)], r.stdout

    mended = bad.decode("utf-8", "replace")
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT content FROM tasks WHERE id = ?", [task_id]).fetchone()[0] == mended
        try:
            con.execute("UPDATE audit_log SET after = 'x'")
            raise AssertionError("the change log took an edit")
        except sqlite3.IntegrityError:
            pass  # still append-only: its trigger was put back
    finally:
        con.close()
    assert _schema(db) == schema
    assert run("check", "--db", db).returncode == 0
    listed = run("--db", db, "tasks")
    assert listed.returncode == 0 and "\ufffd" in listed.stdout, listed.stdout + listed.stderr

    snap = sqlite3.connect(back[2])  # the way back holds the data as it was, bad byte and all
    snap.text_factory = bytes
    try:
        assert snap.execute("SELECT content FROM tasks WHERE id = ?", [task_id]).fetchone()[0] == bad
    finally:
        snap.close()


def test_repair_with_nothing_bad_writes_nothing(tmp_path):
    db = _demo(tmp_path)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    r = run("--db", db, "repair")
    assert r.returncode == 0 and "không sửa gì" in r.stdout, r.stdout + r.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not list((db.parent / "backups" / "auto").glob("*truoc-sua-chu-hong*"))


def test_repair_leaves_a_line_in_the_change_log_with_each_place_and_the_way_back(tmp_path, qapp):
    # A bad byte turned into "�" is a change of what a person typed; the log read on as if the words had always been
    # so (closing note 12). The line names the place as the window does and where the data from before is kept.
    from parapp.store.change_log import list_log, log_names
    from parapp.store.db import open_readonly
    from parapp.ui.change_log import log_words

    db = _demo(tmp_path)
    task_id, _ = _spoil_first_task(db)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    kept = shlex.split(r.stdout.strip().splitlines()[-1])[2]
    ws = open_readonly(db)
    try:
        line = list_log(ws, limit=1)[0]
        assert (line.entity, line.action, line.task_id) == ("repair", "repair", task_id)
        said = log_words.describe(line, log_names(ws))
    finally:
        ws.close()
    # the spoiling UPDATE's own trigger copied the bad bytes into the log's old words: both places are named
    assert said.startswith("2 chỗ: nhật ký thay đổi, dòng "), said
    assert "; nhiệm vụ 1: Tham mưu �BND xã" in said, said  # as it now reads
    assert "…, “Nội dung”;" in said, said
    assert f"dữ liệu trước khi sửa được giữ ở “{Path(kept).name}”" in said, said

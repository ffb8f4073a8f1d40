"""Issue 21: the demo's finished tasks carry evidence files (a real office's do), so backups,
restores and checks of the demo exercise them; the demo stays the same from run to run."""

import json
import sqlite3
import zipfile
from pathlib import Path

from ..cli.test_cli import run


def _evidence(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT t.stt, e.original_name, e.sha256, e.size, e.added_at FROM evidence e "
                           "JOIN tasks t ON t.id = e.task_id ORDER BY e.id").fetchall()
    finally:
        con.close()


def test_the_demos_finished_tasks_carry_the_same_evidence_every_run(tmp_path):
    a, b = tmp_path / "một" / "parapp.db", tmp_path / "hai" / "parapp.db"
    for db in (a, b):
        db.parent.mkdir()
        assert run("demo", "--db", db).returncode == 0
    ev = _evidence(a)
    assert ev and ev == _evidence(b)  # the same files, bytes and dates
    con = sqlite3.connect(a)
    done_with_outputs = con.execute("SELECT COUNT(DISTINCT t.id) FROM tasks t JOIN task_outputs o ON o.task_id = t.id "
                                    "WHERE t.status = 'done'").fetchone()[0]
    with_evidence = con.execute("SELECT COUNT(DISTINCT task_id) FROM evidence").fetchone()[0]
    con.close()
    assert with_evidence == done_with_outputs > 5
    for _, name, sha, size, _ in ev:
        f = a.parent / "evidence" / sha[:2] / sha
        assert name.endswith(".pdf") and f.read_bytes().startswith(b"%PDF-") and f.stat().st_size == size


def test_a_backup_of_the_demo_carries_its_evidence_and_restores_whole(tmp_path):
    db = tmp_path / "xã mẫu" / "parapp.db"
    db.parent.mkdir()
    assert run("demo", "--db", db).returncode == 0
    r = run("backup", "--db", db, "--to", tmp_path)
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(r.stdout.strip()) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert {n.rsplit("/", 1)[1] for n in manifest["members"] if n.startswith("evidence/")} == \
        {sha for _, _, sha, _, _ in _evidence(db)}
    new = tmp_path / "máy khác" / "parapp.db"
    new.parent.mkdir()
    assert run("restore", r.stdout.strip(), "--db", new).returncode == 0
    r = run("check", "--db", new)
    assert r.returncode == 0 and "nguyên vẹn" in r.stdout

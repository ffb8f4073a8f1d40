"""Issue 21, finding 5: what a killed restore or a killed snapshot leaves is removed at the next
start: evidence files the restore had put in place for a database that never took over, and
SQLite's journal of a half-written snapshot."""

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from parapp.services.demo import build_demo
from parapp.store import open_database
from parapp.store.evidence import add_evidence, list_evidence, stored_path

from ..cli.test_cli import run

TODAY = dt.date(2024, 5, 20)
YEAR = dt.date.today().year


def _commune(folder: Path, docs: list[bytes]) -> Path:
    folder.mkdir(parents=True)
    db = open_database(folder / "parapp.db")
    build_demo(db, TODAY)
    for i, data in enumerate(docs):
        doc = folder.parent / f"{folder.name}-{i}.pdf"
        doc.write_bytes(data)
        add_evidence(db, folder, 1 + i, doc)
    db.close()
    return folder / "parapp.db"


def _evidence_files(folder: Path) -> set[str]:
    return {p.name for p in (folder / "evidence").rglob("*") if p.is_file()}


def _killed_just_before_the_swap(backup: Path, target: Path) -> None:
    """A restore process that dies (no clean-up runs) after its evidence files are in place."""
    script = textwrap.dedent(f"""
        import os
        from parapp.store import restore
        restore._swap_in = lambda *a, **k: os._exit(9)
        restore.restore_backup({str(backup)!r}, {str(target)!r}, {str(target.parent)!r})
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert r.returncode == 9, r.stderr


def test_a_restore_killed_before_its_swap_leaves_no_evidence_file_for_ever(tmp_path):
    source = _commune(tmp_path / "nguồn", [b"%PDF-1.4 from the backup " * 50, b"%PDF-1.4 second " * 70])
    usb = tmp_path / "usb"
    usb.mkdir()
    r = run("backup", "--db", source, "--to", usb)
    assert r.returncode == 0, r.stderr
    backup = Path(r.stdout.strip().splitlines()[-1])
    target = _commune(tmp_path / "đích", [b"%PDF-1.4 the target's own " * 40])
    own = _evidence_files(target.parent)
    _killed_just_before_the_swap(backup, target)
    assert _evidence_files(target.parent) > own  # what the kill left: files no database records
    r = run("report", "draft", "--db", target, "--period", "q1", "--year", YEAR, "--save")  # the next writer
    assert r.returncode == 0, r.stderr
    assert _evidence_files(target.parent) == own
    assert not [p for p in target.parent.iterdir() if ".restoring" in p.name]
    assert run("check", "--db", target).returncode == 0
    # and the restore, run again to its end, brings them back
    assert run("restore", backup, "--db", target).returncode == 0
    db = open_database(target)
    assert all(stored_path(target.parent, e.sha256).exists() for e in list_evidence(db))
    db.close()


def test_a_killed_restore_never_removes_a_file_the_database_came_to_record(tmp_path):
    # Killed after the swap but before the journal was removed: the files are the new database's.
    source = _commune(tmp_path / "nguồn", [b"%PDF-1.4 from the backup " * 50])
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = Path(run("backup", "--db", source, "--to", usb).stdout.strip().splitlines()[-1])
    target = _commune(tmp_path / "đích", [])
    script = textwrap.dedent(f"""
        import os
        from parapp.store import restore
        real = restore._swap_in
        def swap_then_die(*a, **k):
            real(*a, **k)
            os._exit(9)
        restore._swap_in = swap_then_die
        restore.restore_backup({str(backup)!r}, {str(target)!r}, {str(target.parent)!r})
    """)
    assert subprocess.run([sys.executable, "-c", script], capture_output=True).returncode == 9
    assert run("report", "draft", "--db", target, "--period", "q1", "--year", YEAR, "--save").returncode == 0
    r = run("check", "--db", target)
    assert r.returncode == 0, r.stdout


def test_a_killed_snapshot_leaves_no_journal_for_ever(tmp_path):
    db_path = _commune(tmp_path / "dữ liệu", [])
    auto = db_path.parent / "backups" / "auto"
    auto.mkdir(parents=True, exist_ok=True)
    planted = [auto / "parapp-20240520-090000-dau-ngay-000003.db.1a2b3c4d.partial-journal",
               auto / "parapp-20240520-090000-dau-ngay.db.partial-journal",
               auto / "parapp-20240520-090000-dau-ngay.db.partial"]
    for p in planted:
        p.write_bytes(b"half")
    r = run("report", "draft", "--db", db_path, "--period", "q1", "--year", YEAR, "--save")
    assert r.returncode == 0, r.stderr
    assert not any(p.exists() for p in planted)


def test_a_real_kill_during_a_snapshot_leaves_only_what_the_next_start_removes(tmp_path):
    db_path = _commune(tmp_path / "dữ liệu", [])
    script = textwrap.dedent(f"""
        import os, sqlite3
        from parapp.store import backup
        real = sqlite3.Connection.backup
        class Dying(sqlite3.Connection):
            pass
        def die_in_the_middle(self, target, **kw):
            target.execute("CREATE TABLE half (x)")
            target.execute("BEGIN")
            target.execute("INSERT INTO half VALUES (1)")
            os._exit(9)
        con = sqlite3.connect({str(db_path)!r}, factory=Dying)
        Dying.backup = die_in_the_middle
        backup.take_snapshot(con, {str(db_path.parent)!r}, "khi-dong")
    """)
    assert subprocess.run([sys.executable, "-c", script], capture_output=True).returncode == 9
    auto = db_path.parent / "backups" / "auto"
    assert [p.name for p in auto.iterdir() if p.name.endswith("-journal")]
    assert run("report", "draft", "--db", db_path, "--period", "q1", "--year", YEAR, "--save").returncode == 0
    assert not [p.name for p in auto.iterdir() if ".partial" in p.name]
    assert os.listdir(auto) == [] or all(p.name.endswith(".db") for p in auto.iterdir())

"""Issue 21, finding 2: `--out` never replaces the database in use, a backup, or any file that is not
of the output's own kind (a PDF may replace a PDF), for every command that has --out."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from .test_cli import run

YEAR = dt.date.today().year
COMMANDS = {  # command → (its arguments before --out, the kind it writes)
    "report pdf": (["report", "pdf", "--period", "q1", "--year", YEAR], "pdf"),
    "report docx": (["report", "docx", "--period", "q1", "--year", YEAR], "docx"),
    "plan pdf": (["plan", "pdf", "--plan", 1], "pdf"),
    "plan docx": (["plan", "docx", "--plan", 1], "docx"),
    "par pdf": (["par", "pdf", "--year", YEAR - 1], "pdf"),
    "par docx": (["par", "docx", "--year", YEAR - 1], "docx"),
    "par xlsx": (["par", "xlsx", "--year", YEAR - 1], "xlsx"),
    "letter pdf": (["letter", "pdf"], "pdf"),
    "letter docx": (["letter", "docx"], "docx"),
    "lists pdf": (["lists", "pdf"], "pdf"),
    "lists docx": (["lists", "docx"], "docx"),
}


@pytest.fixture(scope="module")
def commune(tmp_path_factory):
    folder = tmp_path_factory.mktemp("out") / "Dữ liệu #1"
    folder.mkdir()
    db = folder / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    usb = folder.parent / "usb"
    usb.mkdir()
    r = run("backup", "--db", db, "--to", usb)
    assert r.returncode in (0, 1), r.stderr
    return db, Path(r.stdout.strip())


def _same_kind(tmp_path: Path, commune, kind: str) -> Path:
    """A file of the output's own kind, made by ParApp itself."""
    db, _ = commune
    args, _ = next(v for v in COMMANDS.values() if v[1] == kind)
    out = tmp_path / f"trước.{kind}"
    assert run(*args, "--db", db, "--out", out).returncode == 0
    return out


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_never_replaces_the_database_in_use(commune, command):
    db, _ = commune
    args, _ = COMMANDS[command]
    before = db.read_bytes()
    r = run(*args, "--db", db, "--out", db)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Đã xuất" not in r.stdout and "không ghi đè" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == before
    assert run("check", "--db", db).returncode == 0


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_never_replaces_a_backup(commune, command, tmp_path):
    db, backup = commune
    args, kind = COMMANDS[command]
    copy = tmp_path / backup.name
    shutil.copy(backup, copy)
    for target in (copy, copy.with_suffix(f".{kind}")):  # a backup renamed to look like the output is one too
        if not target.exists():
            shutil.copy(backup, target)
        before = target.read_bytes()
        r = run(*args, "--db", db, "--out", target)
        assert r.returncode == 2 and "không ghi đè" in r.stderr, (command, target.name, r.stderr)
        assert target.read_bytes() == before


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_never_replaces_a_file_of_another_kind(commune, command, tmp_path):
    db, _ = commune
    args, kind = COMMANDS[command]
    others = {"pdf": b"%PDF-1.4 a signed scan", "docx": None, "xlsx": None, "txt": "Ghi chú quan trọng".encode()}
    for other in ("pdf", "docx", "xlsx", "txt"):
        if other == kind:
            continue
        target = tmp_path / f"khác.{kind}"  # named like the output, holding something else
        target.unlink(missing_ok=True)
        data = others[other]
        if data is None:
            shutil.copy(_same_kind(tmp_path, commune, other), target)
        else:
            target.write_bytes(data)
        before = target.read_bytes()
        r = run(*args, "--db", db, "--out", target)
        assert r.returncode == 2 and "không ghi đè" in r.stderr, (command, other, r.stderr)
        assert target.read_bytes() == before


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_replaces_a_file_of_its_own_kind(commune, command, tmp_path):
    db, _ = commune
    args, kind = COMMANDS[command]
    target = _same_kind(tmp_path, commune, kind)
    target.write_bytes(target.read_bytes() + b"\n")  # still a file of the same kind, but not this one
    r = run(*args, "--db", db, "--out", target)
    assert r.returncode == 0, r.stderr
    empty = tmp_path / f"trống.{kind}"
    empty.write_bytes(b"")  # an empty file holds nothing to lose
    assert run(*args, "--db", db, "--out", empty).returncode == 0 and empty.stat().st_size > 0


def test_out_never_writes_into_the_data_folders_evidence_or_snapshots(commune, tmp_path):
    db, _ = commune
    folder = db.parent
    for inside in (folder / "evidence" / "ab" / "báo cáo.pdf", folder / "backups" / "auto" / "báo cáo.pdf"):
        inside.parent.mkdir(parents=True, exist_ok=True)
        r = run("report", "pdf", "--db", db, "--period", "q1", "--year", YEAR, "--out", inside)
        assert r.returncode == 2 and not inside.exists(), r.stderr


def test_out_refuses_a_folder_and_a_fifo(commune, tmp_path):
    db, _ = commune
    r = run("report", "pdf", "--db", db, "--period", "q1", "--year", YEAR, "--out", tmp_path)
    assert r.returncode == 2 and tmp_path.is_dir() and "Traceback" not in r.stderr
    import os

    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "ống.pdf"
        os.mkfifo(fifo)
        r = run("report", "pdf", "--db", db, "--period", "q1", "--year", YEAR, "--out", fifo)
        assert r.returncode == 2 and "Traceback" not in r.stderr

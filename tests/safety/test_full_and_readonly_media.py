"""Issue 21, findings 6 and 8: a full disk is a full disk, and read-only media are read, WAL and all.

6. A database closed cleanly has no -shm beside it; on a full disk SQLite cannot make one, and every
   command failed ("disk I/O error … restore from the latest backup", `check` exit 1 "damaged").
8. On read-only media (a CD, a locked stick) `check` refused to run, and the read-only open used
   immutable=1, which ignores the WAL: a figure committed as 555 was read back as 9.

Both are simulated the way the tests of read-only folders always are (CI runs as root, for whom
permissions do not bite): os.access says "no", and SQLite's failure to make the -shm is the one
SQLite gives (SQLITE_IOERR_SHMSIZE on a full disk). What is read is read for real.
"""

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from parapp.cli.main import main
from parapp.store import open_database
from parapp.store.db import open_readonly

YEAR = dt.date.today().year


def _in_wal(path: Path, first: int, then: int) -> Path:
    """A database whose last commit (the figure `then`) is only in its WAL, with no -shm beside it:
    what a ParApp killed after saving leaves, copied onto a CD or a locked stick."""
    script = textwrap.dedent(f"""
        import os
        from parapp.store import open_database
        from parapp.store.figures import set_figures
        db = open_database({str(path)!r})
        set_figures(db, "q1", {YEAR}, {{"dossiers.received": {first}}})
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        set_figures(db, "q1", {YEAR}, {{"dossiers.received": {then}}})
        os._exit(0)
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    Path(f"{path}-shm").unlink()
    assert Path(f"{path}-wal").stat().st_size > 0
    return path


def _received(out: str) -> int:
    return next(f["value"] for f in json.loads(out) if f["code"] == "dossiers.received")


def _read_only_media(monkeypatch):
    """From now on every folder is read-only (as a CD is)."""
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real(p, mode, **kw))


def _main(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_read_only_media_show_what_the_wal_holds_and_write_nothing(tmp_path, monkeypatch, capsys):
    cd = tmp_path / "Đĩa CD"
    cd.mkdir()
    db = _in_wal(cd / "parapp.db", 9, 555)
    _read_only_media(monkeypatch)
    before = {p.name: p.read_bytes() for p in cd.iterdir()}
    code, out, err = _main(capsys, "figures", "--db", db, "--period", "q1", "--year", YEAR, "--json")
    assert code == 0, err
    assert _received(out) == 555
    code, out, err = _main(capsys, "check", "--db", db)
    assert code == 0 and "nguyên vẹn" in out, (out, err)
    ro = open_readonly(db)
    assert ro.readonly and ro.execute("SELECT value FROM figures").fetchone()[0] == 555
    with pytest.raises(sqlite3.OperationalError):
        ro.execute("DELETE FROM figures")
    ro.close()
    assert {p.name: p.read_bytes() for p in cd.iterdir()} == before  # no -shm, no lock, nothing changed


def test_read_only_media_without_a_wal_read_the_file_itself(tmp_path, monkeypatch, capsys):
    db = tmp_path / "parapp.db"
    d = open_database(db)
    from parapp.store.figures import set_figures

    set_figures(d, "q1", YEAR, {"dossiers.received": 77})
    d.close()  # a clean close: no -wal, no -shm
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parapp.db"]
    _read_only_media(monkeypatch)
    code, out, _ = _main(capsys, "figures", "--db", db, "--period", "q1", "--year", YEAR, "--json")
    assert code == 0 and _received(out) == 77
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parapp.db"]


@pytest.fixture
def full_disk(monkeypatch):
    """The disk is full: SQLite cannot make the -shm a WAL database needs (its error, its code),
    and there is no room for anything else either."""
    real_connect = sqlite3.connect

    def connect(database, *a, **kw):
        target = str(database)
        wants_shm = "immutable=1" not in target and target != ":memory:"
        if wants_shm and not Path(target.split("?")[0].replace("file:", "")).with_name(
                Path(target.split("?")[0]).name + "-shm").exists():
            exc = sqlite3.OperationalError("disk I/O error")
            exc.sqlite_errorcode = 4874  # SQLITE_IOERR_SHMSIZE
            exc.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
            raise exc
        return real_connect(database, *a, **kw)

    monkeypatch.setattr(sqlite3, "connect", connect)
    full = shutil._ntuple_diskusage(10 << 30, 10 << 30, 0)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: full)


@pytest.fixture
def closed_cleanly(tmp_path):
    from parapp.services.demo import build_demo

    db_path = tmp_path / "Dữ liệu" / "parapp.db"
    db_path.parent.mkdir()
    db = open_database(db_path)
    build_demo(db, dt.date(2024, 5, 20))
    db.close()
    assert sorted(p.name for p in db_path.parent.iterdir() if p.is_file()) == ["parapp.db"]
    return db_path


def test_on_a_full_disk_reads_work_and_check_says_full_not_damaged(closed_cleanly, full_disk, capsys):
    db = closed_cleanly
    code, out, err = _main(capsys, "tasks", "--db", db, "--json")
    assert code == 0, err
    assert len(json.loads(out)) > 10
    code, out, err = _main(capsys, "check", "--db", db)
    assert code == 0, (out, err)
    assert "hỏng" not in out + err and "khôi phục" not in out + err
    assert "đầy" in out + err  # said, as a note: the data is sound
    code, out, err = _main(capsys, "report", "draft", "--db", db, "--period", "q1", "--year", 2024)
    assert code == 0, err


def test_on_a_full_disk_a_write_is_refused_as_a_full_disk(closed_cleanly, full_disk, capsys):
    before = closed_cleanly.read_bytes()
    code, _, err = _main(capsys, "report", "draft", "--db", closed_cleanly, "--period", "q1", "--year", 2024, "--save")
    assert code == 2 and "đã đầy" in err, err
    assert "hỏng" not in err and "khôi phục" not in err and "Lỗi không mong đợi" not in err
    assert closed_cleanly.read_bytes() == before


def test_an_io_error_that_is_not_a_full_disk_is_not_called_damage(closed_cleanly, monkeypatch, capsys):
    real_connect = sqlite3.connect

    def failing(database, *a, **kw):
        exc = sqlite3.OperationalError("disk I/O error")
        exc.sqlite_errorcode = 266  # SQLITE_IOERR_READ: the disk failed a read
        raise exc

    monkeypatch.setattr(sqlite3, "connect", failing)
    code, out, err = _main(capsys, "tasks", "--db", closed_cleanly)
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert code == 2 and "hỏng" not in err and "khôi phục từ bản sao lưu" not in err, err
    assert "ổ đĩa" in err

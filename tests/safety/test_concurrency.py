"""Issue 15: one writer at a time across window and command line; readers never fail because of a writer;
busy is never called damage. Every process here is a real `parapp` (or a Python holding the lock as the
window or an import does)."""

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from parapp.store.writer_lock import lock_path_for

from ..importing.test_samples import S000

YEAR = dt.date.today().year

# What an import looks like from outside while it writes: the writer lock held, a write
# transaction open on the database, rows not yet committed.
HOLDER = textwrap.dedent("""
    import sys
    from parapp.store import tasks
    from parapp.store.access import writing
    from parapp.store.writer_lock import IMPORT, WINDOW
    activity = IMPORT if sys.argv[2] == "import" else WINDOW
    with writing(sys.argv[1], activity) as db:
        db.execute("BEGIN IMMEDIATE")
        tasks.create_task(db, {"content": "Dòng của lần nhập đang chạy"})
        print("ready", flush=True)
        sys.stdin.readline()
        db.execute("COMMIT")
    print("done", flush=True)
""")


def cli(*args, env=None, **kw):
    return subprocess.run([sys.executable, "-m", "parapp", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env={**os.environ, **(env or {})}, **kw)


def cli_async(*args, env=None):
    return subprocess.Popen([sys.executable, "-m", "parapp", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", env={**os.environ, **(env or {})})


class Holder:
    def __init__(self, db: Path, what: str = "import"):
        self.p = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), what], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True, encoding="utf-8")
        assert self.p.stdout.readline().strip() == "ready"

    def finish(self):
        self.p.stdin.write("\n")
        self.p.stdin.flush()
        assert self.p.stdout.readline().strip() == "done"
        assert self.p.wait(30) == 0


@pytest.fixture
def commune(tmp_path):
    db = tmp_path / "Dữ liệu #1" / "parapp.db"
    db.parent.mkdir()
    assert cli("demo", "--db", db).returncode == 0
    return db


def count_tasks(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    finally:
        con.close()


def test_readers_succeed_while_an_import_writes(commune, tmp_path):
    before = count_tasks(commune)
    usb = tmp_path / "USB"
    usb.mkdir()
    h = Holder(commune)
    try:
        r = cli("tasks", "--db", commune, "--json")
        assert r.returncode == 0, r.stderr
        assert len(json.loads(r.stdout)) == before  # the last committed state, not the import's half
        for args in (("report", "draft", "--period", "q1", "--year", YEAR, "--json"),
                     ("periods", "--year", YEAR), ("backup", "--to", usb), ("check",),
                     ("import", S000, "--dry-run"), ("report", "pdf", "--period", "q1", "--year", YEAR,
                                                     "--out", tmp_path / "bc.pdf")):
            r = cli(*args, "--db", commune)
            assert r.returncode == 0, (args, r.stderr)
            assert "locked" not in r.stderr
    finally:
        h.finish()
    assert count_tasks(commune) == before + 1


def test_writers_wait_then_exit_75_and_never_advise_a_restore(commune, tmp_path):
    backup = cli("backup", "--db", commune, "--to", tmp_path).stdout.strip()
    con = sqlite3.connect(commune)
    reports_before = con.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    con.close()
    h = Holder(commune)
    try:
        quick = {"PARAPP_LOCK_WAIT": "1"}
        plan = tmp_path / "kh.txt"
        plan.write_text("STT\tNội dung\tThời gian thực hiện\n1\tRà soát TTHC\tQuý I/2024\n", encoding="utf-8")
        commands = [("import", plan), ("report", "finalize", "--period", "q1", "--year", YEAR),
                    ("report", "draft", "--period", "q1", "--year", YEAR, "--save"), ("restore", backup), ("demo",)]
        running = [(args, cli_async(*args, "--db", commune, env=quick)) for args in commands]
        for args, p in running:
            _, err = p.communicate(timeout=60)
            assert p.returncode == 75, (args, p.returncode, err)
            assert "ParApp đang ghi dữ liệu (nhập kế hoạch…); đang chờ…" in err
            assert "khôi phục" not in err.lower() and "hỏng" not in err
    finally:
        h.finish()
    con = sqlite3.connect(commune)
    assert con.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == reports_before  # the refused did nothing
    con.close()
    assert not list(commune.parent.glob("*.restoring"))  # the restore wrote nothing


def test_a_waiting_writer_gets_its_turn(commune, tmp_path):
    plan = tmp_path / "kh.txt"
    plan.write_text("STT\tNội dung\tThời gian thực hiện\n1\tRà soát TTHC mới\tQuý I/2024\n", encoding="utf-8")
    before = count_tasks(commune)
    h = Holder(commune)
    p = cli_async("import", plan, "--db", commune)
    said = ""
    while "đang chờ" not in said:  # the holder lets go only once the import says it waits for it
        line = p.stderr.readline()
        assert line, "the import never waited: " + said + p.stderr.read()
        said += line
    h.finish()
    out, err = p.communicate(timeout=60)
    assert p.returncode == 0, err
    assert "Đã nhập 1 nhiệm vụ" in out
    assert count_tasks(commune) == before + 2


def _big_plan(path: Path, n: int, tag: str) -> Path:
    rows = "".join(f"{i}\tNhiệm vụ {tag} số {i}: công khai thủ tục hành chính\tVăn phòng\tQuý II/{YEAR}\n"
                   for i in range(1, n + 1))
    path.write_text("STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n" + rows, encoding="utf-8")
    return path


def _wait_for_lock(db: Path, activity: str, p: subprocess.Popen) -> None:
    lock = lock_path_for(db)
    for _ in range(600):
        try:
            if activity in lock.read_bytes()[1:].decode("utf-8", "replace"):
                return
        except OSError:
            pass
        assert p.poll() is None, p.communicate()
        time.sleep(0.01)
    raise AssertionError("the import never took the lock")


@pytest.mark.parametrize("wait", ["120", "0.2"])
def test_restore_started_during_an_import_keeps_every_row_it_reported(commune, tmp_path, wait):
    # The finding: restore 6 s into a 20,000-row import; both said success, the rows were nowhere.
    backup = cli("backup", "--db", commune, "--to", tmp_path).stdout.strip()
    plan = _big_plan(tmp_path / "lớn.txt", 20_000, "nhập")
    imp = cli_async("import", plan, "--db", commune)
    _wait_for_lock(commune, "nhập kế hoạch", imp)
    rst = cli("restore", backup, "--db", commune, env={"PARAPP_LOCK_WAIT": wait})
    out, err = imp.communicate(timeout=300)
    assert imp.returncode == 0 and "Đã nhập 20000 nhiệm vụ" in out, err
    imported = "SELECT COUNT(*) FROM tasks WHERE content LIKE 'Nhiệm vụ nhập số %'"
    live = sqlite3.connect(commune)
    in_live = live.execute(imported).fetchone()[0]
    live.close()
    if rst.returncode == 0:
        # the restore waited for the import: its rows are in the snapshot taken before restoring
        snaps = sorted((commune.parent / "backups" / "auto").glob("*truoc-khoi-phuc*.db"))
        con = sqlite3.connect(snaps[-1])
        assert con.execute(imported).fetchone()[0] == 20_000
        con.close()
        assert in_live == 0
    else:
        assert rst.returncode == 75 and "đang chờ" in rst.stderr, rst.stderr
        assert in_live == 20_000
    assert wait != "120" or rst.returncode == 0, rst.stderr


def test_two_imports_at_once_both_succeed(commune, tmp_path):
    before = count_tasks(commune)
    a = cli_async("import", _big_plan(tmp_path / "a.txt", 3000, "A"), "--db", commune)
    b = cli_async("import", _big_plan(tmp_path / "b.txt", 3000, "B"), "--db", commune)
    for p in (a, b):
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err  # the second waited for the first (75 only past the wait)
        assert "Đã nhập 3000 nhiệm vụ" in out
    assert count_tasks(commune) == before + 6000


def test_two_demos_on_one_new_file_one_succeeds(tmp_path):
    db = tmp_path / "mới.db"
    ps = [cli_async("demo", "--db", db) for _ in range(2)]
    results = [(p.wait(120), p.communicate()) for p in ps]
    codes = sorted(code for code, _ in results)
    assert codes == [0, 2], results
    assert any("đã có dữ liệu" in err for _, (_, err) in results)
    made = next(out for code, (out, _) in results if code == 0)
    assert f"{count_tasks(db)} nhiệm vụ" in made  # one demo's tasks, not two


FOREIGN = textwrap.dedent("""
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("PRAGMA locking_mode = EXCLUSIVE")   # a program that keeps the file to itself
    con.execute("BEGIN EXCLUSIVE")
    con.execute("UPDATE settings SET value = value")
    print("ready", flush=True)
    sys.stdin.readline()
    con.execute("ROLLBACK")
""")


def test_a_database_another_program_holds_is_busy_not_damaged(commune):
    p = subprocess.Popen([sys.executable, "-c", FOREIGN, str(commune)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "ready"
    try:
        for args in (("tasks",), ("check",), ("report", "draft", "--period", "q1", "--year", YEAR)):
            r = cli(*args, "--db", commune, env={"PARAPP_LOCK_WAIT": "0.5"})
            assert r.returncode == 75, (args, r.returncode, r.stdout, r.stderr)
            text = r.stdout + r.stderr
            assert "khôi phục" not in text.lower() and "hỏng" not in text and "locked" not in text
    finally:
        p.stdin.write("\n")
        p.stdin.flush()
        p.wait(30)
    assert cli("check", "--db", commune).returncode == 0


def test_the_open_window_keeps_command_line_writers_out(commune, tmp_path):
    backup = cli("backup", "--db", commune, "--to", tmp_path).stdout.strip()
    h = Holder(commune, "window")
    try:
        r = cli("restore", backup, "--db", commune, env={"PARAPP_LOCK_WAIT": "0.5"})
        assert r.returncode == 75 and "cửa sổ ParApp đang mở" in r.stderr
    finally:
        h.finish()

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from parapp import __version__


def run(*args):
    args = tuple(map(str, args))
    if len(args) == 3 and args[:2] == ("demo", "--db"):
        made = _demo_copy(Path(args[2]))
        if made is not None:
            return made
    return subprocess.run([sys.executable, "-m", "parapp", *args], capture_output=True, text=True, encoding="utf-8")


_DEMO: list = []  # (the session's one real `parapp demo`, the folder it made)


def _demo_copy(target: Path):
    """`parapp demo --db X` into an empty folder, as the session's one real run of it made it, copied: some 300 tests
    begin with a demo, and each run cost a second of a suite near its 30-minute limit (round 41). Anything else (a
    folder holding something, one missing, a relative path) runs the command itself, as every refusal must."""
    parent = target.parent
    if not target.is_absolute() or not parent.is_dir() or any(parent.iterdir()) or not os.access(parent, os.W_OK):
        return None
    from parapp.core.messages import ParAppError
    from parapp.store.side_names import refuse_data_folders_own

    try:  # another data folder's evidence or backups (round 40A): the command's own refusal, run for real
        refuse_data_folders_own(target, new=True)
    except ParAppError:
        return None
    if not _DEMO:
        folder = Path(tempfile.mkdtemp(prefix="parapp-demo-"))
        made = subprocess.run([sys.executable, "-m", "parapp", "demo", "--db", str(folder / "parapp.db")],
                              capture_output=True, text=True, encoding="utf-8")
        _DEMO.append((made, folder))
    made, folder = _DEMO[0]
    if made.returncode != 0:
        return None
    for item in folder.iterdir():
        if item.name.startswith("parapp.db"):  # the data and any file SQLite keeps beside it
            shutil.copy2(item, parent / (target.name + item.name[len("parapp.db"):]))
        elif item.is_dir():
            shutil.copytree(item, parent / item.name)
        else:
            shutil.copy2(item, parent / item.name)
    said = str(folder / "parapp.db")
    return subprocess.CompletedProcess(["parapp", "demo", "--db", str(target)], made.returncode,
                                       made.stdout.replace(said, str(target)), made.stderr.replace(said, str(target)))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "Xã mẫu có dấu.db"
    r = run("demo", "--db", path)
    assert r.returncode == 0, r.stderr
    assert f"{demo_task_count(path)} nhiệm vụ" in r.stdout
    return path


def demo_task_count(path) -> int:
    """40 register tasks, those the remediation plan added for lost points no task served yet, and in
    December the tasks of next year's draft plan."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        n = con.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
        remedy = con.execute("SELECT COUNT(*) FROM par_remedy_tasks").fetchone()[0]
        made = con.execute("SELECT COUNT(*) FROM tasks WHERE content LIKE ?",
                           ["Khắc phục hạn chế, nâng cao kết quả tiêu chí%"]).fetchone()[0]
        ahead = con.execute("SELECT COUNT(*) FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE p.year > ?",
                            [dt.date.today().year]).fetchone()[0]
    finally:
        con.close()
    assert n - made - ahead == 40 and remedy >= made > 0
    assert ahead == (11 if dt.date.today().month == 12 else 0)
    return n


def test_version():
    r = run("--version")
    assert r.returncode == 0 and __version__ in r.stdout


def test_tasks_json_shape(demo_db):
    r = run("tasks", "--db", demo_db, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert len(data) == demo_task_count(demo_db)
    keys = {"id", "content", "area", "par_code", "lead", "due_date", "status", "overdue"}
    assert all(keys <= set(t) for t in data)
    assert all(t["lead"] for t in data)
    assert {t["status"] for t in data} <= {"not_started", "in_progress", "done", "dropped"}
    today = dt.date.today().isoformat()
    for t in data:
        expect = t["status"] in ("not_started", "in_progress") and t["due_date"] is not None and t["due_date"] < today
        assert t["overdue"] is expect


def test_demo_spreads_over_the_year(demo_db):
    data = json.loads(run("tasks", "--db", demo_db, "--json").stdout)
    today = dt.date.today()
    dues = [dt.date.fromisoformat(t["due_date"]) for t in data if t["due_date"]]
    # this year's, and in December next year's draft plan too
    assert all(d.year == today.year or (today.month == 12 and d.year == today.year + 1) for d in dues)
    dues = [d for d in dues if d.year == today.year]
    assert {(d.month - 1) // 3 for d in dues} == {0, 1, 2, 3}  # every quarter has tasks
    assert any(t["overdue"] for t in data) and any(t["status"] == "done" for t in data)
    assert any(t["status"] != "done" and not t["overdue"] for t in data)


@pytest.mark.parametrize("status", ["overdue", "due-soon", "done", "open"])
def test_status_filters(demo_db, status):
    every = json.loads(run("tasks", "--db", demo_db, "--json").stdout)
    some = json.loads(run("tasks", "--db", demo_db, "--json", "--status", status).stdout)
    assert {t["id"] for t in some} <= {t["id"] for t in every}
    if status == "overdue":
        assert some and all(t["overdue"] for t in some)
    if status == "done":
        assert some and all(t["status"] == "done" for t in some)
    if status == "open":  # exactly the tasks still to do, and the demo has some
        still_to_do = {t["id"] for t in every if t["status"] in ("not_started", "in_progress")}
        assert some and {t["id"] for t in some} == still_to_do


def test_demo_twice_refuses_and_keeps_data(demo_db):
    r = run("demo", "--db", demo_db)
    assert r.returncode != 0
    assert "đã có dữ liệu" in r.stderr
    assert "Traceback" not in r.stderr
    assert len(json.loads(run("tasks", "--db", demo_db, "--json").stdout)) == demo_task_count(demo_db)


def test_db_in_missing_folder(tmp_path):
    r = run("tasks", "--db", tmp_path / "không" / "có.db", "--json")
    assert r.returncode == 2
    assert "không tồn tại" in r.stderr and "Traceback" not in r.stderr


def test_not_a_database(tmp_path):
    f = tmp_path / "thu.db"
    f.write_bytes(b"\x00\x01binary junk" * 100)
    r = run("tasks", "--db", f)
    assert r.returncode == 2
    assert "không phải là cơ sở dữ liệu ParApp" in r.stderr
    assert f.read_bytes() == b"\x00\x01binary junk" * 100


def test_human_listing(demo_db):
    r = run("tasks", "--db", demo_db, "--status", "overdue")
    assert r.returncode == 0
    assert "QUÁ HẠN" in r.stdout

"""`parapp import` of a file whose every task the register already holds: refused (exit 2, nothing stored) unless
--again; the dry run says so and still shows the file (33C/34C left it: a second plan, every task twice)."""

import json
import sqlite3

from ..importing.test_samples import S000
from .test_cli import run
from .test_import_cli import new_empty_db


def _count(db) -> int:
    return len(json.loads(run("tasks", "--db", db, "--json").stdout))


def test_the_same_plan_twice_is_refused_naming_the_plan(tmp_path):
    db = new_empty_db(tmp_path / "x.db")
    assert run("import", S000, "--db", db).returncode == 0
    r = run("import", S000, "--db", db)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "Cả 10 nhiệm vụ trong tệp đã có trong sổ (kế hoạch “Kế hoạch khắc phục hạn chế" in r.stderr
    assert "Chưa nhập gì" in r.stderr and "--again" in r.stderr
    assert _count(db) == 10
    r = run("import", S000, "--db", db, "--plan", "1")  # into the plan that holds them: the same
    assert r.returncode == 2 and _count(db) == 10


def test_the_dry_run_says_it_would_be_refused(tmp_path):
    db = new_empty_db(tmp_path / "x.db")
    run("import", S000, "--db", db)
    r = run("import", S000, "--db", db, "--dry-run")
    assert r.returncode == 0 and "Lưu ý: cả 10 nhiệm vụ đã có trong sổ" in r.stdout
    assert "nhập thật sẽ bị từ chối (tệp đã nhập rồi) trừ khi thêm --again" in r.stdout
    assert "vẫn được nhập" not in r.stdout  # round 36B: each row said it, above the note that it would be refused
    r = run("import", S000, "--db", db, "--dry-run", "--again")
    assert "từ chối" not in r.stdout


def test_again_imports_a_second_copy(tmp_path):
    db = new_empty_db(tmp_path / "x.db")
    run("import", S000, "--db", db)
    r = run("import", S000, "--db", db, "--again")
    assert r.returncode == 0 and "Đã nhập 10 nhiệm vụ" in r.stdout and _count(db) == 20
    assert "Lưu ý: 10 dòng trùng với nhiệm vụ đã có cũng đã được nhập." in r.stdout


def test_the_same_words_in_another_years_plan_are_imported(tmp_path):
    db = tmp_path / "x.db"
    assert run("demo", "--db", db).returncode == 0
    before = _count(db)
    assert run("import", S000, "--db", db).returncode == 0  # a 2018 plan
    with sqlite3.connect(db) as con:
        other = con.execute("SELECT id FROM plans WHERE year <> 2018 ORDER BY id").fetchone()[0]
    r = run("import", S000, "--db", db, "--plan", str(other))
    assert r.returncode == 0 and "Đã nhập 10 nhiệm vụ" in r.stdout and _count(db) == before + 20

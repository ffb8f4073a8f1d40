"""`parapp carry`: a year's unfinished tasks carried into the next year's plan, from the command line.

The contract: `--dry-run` lists and changes nothing (exit 0); a task number that is not the year's unfinished
work, a new deadline before the new year or a year out of range is refused with what to do (exit 2, nothing
carried); carried, the old tasks are marked in `parapp tasks` and no longer late nor reminded."""

import datetime as dt
import json
import sqlite3

import pytest

from .test_cli import run

YEAR = dt.date.today().year


@pytest.fixture
def demo(tmp_path):
    db = tmp_path / "Xã #1 %TEMP% có dấu" / "parapp.db"
    db.parent.mkdir()
    assert run("demo", "--db", db).returncode == 0
    return db


def _carried(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COUNT(*) FROM tasks WHERE carried_to IS NOT NULL").fetchone()[0]
    finally:
        con.close()


def test_dry_run_lists_and_changes_nothing(demo):
    r = run("carry", "--year", YEAR, "--dry-run", "--json", "--db", demo)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["tasks"] and all(t["new_id"] is None for t in out["tasks"])
    assert out["plan"] == f"Kế hoạch cải cách hành chính năm {YEAR + 1}"  # the demo's next annual plan
    assert _carried(demo) == 0
    text = run("carry", "--year", YEAR, "--dry-run", "--db", demo).stdout
    assert text.startswith(f"Sẽ chuyển {len(out['tasks'])} nhiệm vụ") and "Chưa thay đổi gì" in text


def test_carried_tasks_are_marked_and_no_longer_late_nor_reminded(demo):
    listed = json.loads(run("carry", "--year", YEAR, "--dry-run", "--json", "--db", demo).stdout)["tasks"]
    first = listed[0]["id"]
    r = run("carry", "--year", YEAR, "--task", first, "--due", f"30/06/{YEAR + 1}", "--db", demo)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Đã chuyển 1 nhiệm vụ") and f"thời hạn mới 30/06/{YEAR + 1}" in r.stdout
    rows = {t["id"]: t for t in json.loads(run("tasks", "--json", "--db", demo).stdout)}
    assert rows[first]["carried_to_year"] == YEAR + 1 and not rows[first]["overdue"]
    new = rows[max(rows)]  # the successor: the newest task
    assert (new["content"], new["due_date"], new["carried_to_year"]) == (listed[0]["content"], f"{YEAR + 1}-06-30",
                                                                       None)
    assert f"[ĐÃ CHUYỂN SANG NĂM {YEAR + 1}]" in run("tasks", "--db", demo).stdout
    reminded = json.loads(run("remind", "--json", "--db", demo).stdout)
    assert first not in [t["id"] for k in ("overdue", "due_soon") for t in reminded[k]]
    again = run("carry", "--year", YEAR, "--task", first, "--db", demo)  # carried once only
    assert again.returncode == 2 and str(first) in again.stderr and "Traceback" not in again.stderr


@pytest.mark.parametrize("args, said", [
    (["--task", "99999"], "99999"),
    (["--due", f"31/12/{YEAR}"], f"năm {YEAR + 1}"),
    (["--due", "31/02/2027"], ""),
    (["--to-plan", "1"], "chỉ chuyển"),
])
def test_refusals_say_what_to_do_and_carry_nothing(demo, args, said):
    r = run("carry", "--year", YEAR, *args, "--db", demo)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stderr.startswith("Lỗi: ") and said in r.stderr and "Traceback" not in r.stderr
    assert _carried(demo) == 0


def test_a_year_out_of_range_is_refused(demo):
    r = run("carry", "--year", "1", "--db", demo)
    assert r.returncode == 2 and "2000" in r.stderr


def test_nothing_left_is_said_with_exit_0(demo):
    r = run("carry", "--year", "2001", "--db", demo)
    assert r.returncode == 0 and "không còn nhiệm vụ nào chưa hoàn thành" in r.stdout


def test_work_the_next_plan_has_already_is_linked(demo):
    from parapp.store import open_database, tasks

    listed = json.loads(run("carry", "--year", YEAR, "--dry-run", "--json", "--db", demo).stdout)
    first = listed["tasks"][0]
    db = open_database(demo)
    try:
        again = tasks.create_task(db, {"plan_id": listed["plan_id"], "content": first["content"].upper()})
    finally:
        db.close()
    dry = {t["id"]: t for t in json.loads(run("carry", "--year", YEAR, "--dry-run", "--json", "--db", demo).stdout)
           ["tasks"]}
    assert (dry[first["id"]]["new_id"], dry[first["id"]]["linked"]) == (again, True)
    r = run("carry", "--year", YEAR, "--task", first["id"], "--db", demo)
    assert r.returncode == 0 and f"→ số {again} (đã có trong kế hoạch)" in r.stdout

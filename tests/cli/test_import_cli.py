import json

from parapp.store import open_database

from ..importing.test_samples import S000, S003
from .test_cli import run


def new_empty_db(path):
    """An empty ParApp database, as the window's first start leaves it (commands never create one)."""
    open_database(path).close()
    return path


def test_import_json_dry_run_then_real(tmp_path):
    db = new_empty_db(tmp_path / "x.db")
    r = run("import", S003, "--db", db, "--dry-run", "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert len(d["tasks"]) == 38 and d["imported"] == 0
    keys = {"stt", "content", "area", "par_code", "lead", "coordinators", "product", "deadline_text", "due_date",
            "recurrence"}
    assert keys <= set(d["tasks"][0])
    assert d["problems"] and {"line", "input", "message"} <= set(d["problems"][0])
    assert json.loads(run("tasks", "--db", db, "--json").stdout) == []  # a dry run writes nothing
    r = run("import", S000, "--db", db)
    assert r.returncode == 0 and "Đã nhập 10 nhiệm vụ" in r.stdout
    r = run("import", S000, "--db", db, "--json")  # the same file again: every task is there already
    assert r.returncode == 2 and "đã được nhập rồi" in r.stderr and "Traceback" not in r.stderr
    assert len(json.loads(run("tasks", "--db", db, "--json").stdout)) == 10
    r = run("import", S000, "--db", db, "--json", "--again")
    d = json.loads(r.stdout)
    assert d["imported"] == 10 and sum("Trùng" in p["message"] for p in d["problems"]) == 10
    assert d["tasks"][0]["due_date"] == "2018-12-31" and d["tasks"][0]["recurrence"] == "yearly"


def test_import_into_an_existing_plan(tmp_path):
    db = tmp_path / "x.db"
    assert run("demo", "--db", db).returncode == 0
    r = run("import", S003, "--db", db, "--plan", "2", "--json")
    d = json.loads(r.stdout)
    assert d["plan_id"] == 2 and d["imported"] == 38


def test_unreadable_files_exit_non_zero_and_import_nothing(tmp_path):
    db = new_empty_db(tmp_path / "x.db")
    for name, data in (("empty.txt", b""), ("bin.txt", b"\x00\xff" * 100), ("sheet.csv", b"a,b,c\n1,2,3\n4,5,6\n")):
        f = tmp_path / name
        f.write_bytes(data)
        r = run("import", f, "--db", db)
        assert r.returncode == 2 and r.stderr.startswith("Lỗi:") and "Traceback" not in r.stderr
    assert json.loads(run("tasks", "--db", db, "--json").stdout) == []
    r = run("import", tmp_path / "không có.txt", "--db", db)
    assert r.returncode == 2 and "Không có tệp" in r.stderr  # round 9: said in words, not "No such file…"


def test_an_unknown_criterion_code_is_imported_with_a_warning_not_dropped(tmp_path):
    """The window refuses "99.9"; an import keeps the row as read and names the problem, so that nothing a
    plan holds is lost and the official fixes the code in the register."""
    plan = tmp_path / "Kế hoạch.tsv"
    plan.write_text("STT\tNội dung\tMã TCTP\tCơ quan chủ trì\tThời gian thực hiện\n"
                    "1\tRà soát thủ tục hành chính\t99.9\tCông chức Tư pháp\tQuý II/2026\n"
                    "2\tTuyên truyền CCHC\t1.4\tVăn phòng\tQuý III/2026\n", encoding="utf-8")
    db = tmp_path / "x.db"
    from parapp.store import open_database

    open_database(db).close()
    r = run("import", plan, "--db", db)
    assert r.returncode == 0 and "Đã nhập 2 nhiệm vụ" in r.stdout
    assert "Mã tiêu chí “99.9” không có trong bộ Chỉ số CCHC 2021-2030 (gần nhất: 7.1" in r.stdout
    stored = {t["content"]: t["par_code"] for t in json.loads(run("tasks", "--db", db, "--json").stdout)}
    assert stored == {"Rà soát thủ tục hành chính": "99.9", "Tuyên truyền CCHC": "1.4"}

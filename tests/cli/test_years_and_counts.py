"""Issue 21, findings 11 and 12: years outside 2000–2100 and counts above what a commune could have
are refused (exit 2, nothing stored), and a stored PAR INDEX set that cannot be shown can be removed."""

import datetime as dt
import subprocess
import sys
import json
import sqlite3

import pytest

from ..par.province_files import province_xlsx
from .test_cli import run

YEAR = dt.date.today().year
BAD_YEARS = ["0", "-5", "1999", "2101", "99999", "3000000000"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("nam") / "parapp.db"
    assert run("demo", "--db", path).returncode == 0
    return path


def rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def stored(db) -> dict:
    return {t: rows(db, f"SELECT * FROM {t} ORDER BY rowid") for t in ("figures", "par_sets", "reports", "plans")}


@pytest.mark.parametrize("year", BAD_YEARS)
def test_a_year_outside_2000_2100_is_refused_everywhere_and_nothing_is_stored(demo, tmp_path, year):
    crit = tmp_path / "bộ tiêu chí.xlsx"
    crit.write_bytes(province_xlsx())
    before = stored(demo)
    commands = [
        ["periods", "--year", year],
        ["figures", "--period", "q1", "--year", year],
        ["figures", "set", "dossiers.received=5", "--period", "q1", "--year", year],
        ["report", "draft", "--period", "q1", "--year", year, "--save"],
        ["report", "finalize", "--period", "q1", "--year", year],
        ["report", "pdf", "--period", "q1", "--year", year, "--out", tmp_path / "bc.pdf"],
        ["par", "import-set", crit, "--year", year],
        ["par", "import-set", crit, "--year", year, "--dry-run"],
        ["par", "--year", year],
        ["par", "score", "1.1=1", "--year", year],
        ["par", "remedy", "--year", year],
    ]
    for args in commands:
        r = run(*args, "--db", demo)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert "2000" in r.stderr and "2100" in r.stderr, (args, r.stderr)
        assert "Lỗi không mong đợi" not in r.stderr and "Traceback" not in r.stderr
    assert stored(demo) == before
    assert not (tmp_path / "bc.pdf").exists()


def _with_bad_year_set(tmp_path, year: int):
    """A database an older version let store a PAR INDEX set for a year it cannot show."""
    db = tmp_path / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE par_sets SET year = ?", [year])
    con.commit()
    con.close()
    return db


def test_a_stored_set_for_a_year_that_cannot_be_shown_can_be_removed(tmp_path):
    db = _with_bad_year_set(tmp_path, 3_000_000_000)
    r = run("par", "remove-set", "--year", 3_000_000_000, "--db", db)
    assert r.returncode == 0, r.stderr
    assert "3000000000" in r.stdout
    assert rows(db, "SELECT COUNT(*) FROM par_sets") == [(0,)] and rows(db, "SELECT COUNT(*) FROM par_criteria") == [
        (0,)]
    assert rows(db, "SELECT COUNT(*) FROM audit_log WHERE entity = 'par_sets' AND action = 'delete'") == [(1,)]
    r = run("par", "remove-set", "--year", 2024, "--db", db)
    assert r.returncode == 2 and "Chưa có bộ tiêu chí" in r.stderr


def test_removing_a_set_says_what_goes_with_it(tmp_path):
    db = tmp_path / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    r = run("par", "remove-set", "--year", YEAR - 1, "--db", db)
    assert r.returncode == 0, r.stderr
    assert "điểm" in r.stdout  # the scores that went with it are counted
    assert rows(db, "SELECT COUNT(*) FROM par_sets") == [(0,)]
    assert run("check", "--db", db).returncode == 0


@pytest.mark.parametrize("value", ["12345678901234567", "1e23", "100000000000000000000000", "10000001"])
def test_a_count_no_commune_could_have_is_refused(demo, value):
    before = stored(demo)
    r = run("figures", "set", "dossiers.received=" + value, "--period", "q1", "--year", YEAR, "--db", demo)
    assert r.returncode == 2 and "Lỗi không mong đợi" not in r.stderr, r.stderr
    assert stored(demo) == before


def test_a_large_count_a_commune_could_have_is_stored_exactly(tmp_path):
    db = tmp_path / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    r = run("figures", "set", "dossiers.received=9.999.999", "--period", "q1", "--year", YEAR, "--db", db)
    assert r.returncode == 0, r.stderr
    out = json.loads(run("figures", "--period", "q1", "--year", YEAR, "--json", "--db", db).stdout)
    assert next(f["value"] for f in out if f["code"] == "dossiers.received") == 9_999_999


@pytest.mark.parametrize("points", ["100000000000000000000", "1e20", "1000000"])
def test_points_no_criteria_set_could_have_are_refused(tmp_path, points):
    db = tmp_path / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    before = stored(db)
    crit = tmp_path / "bộ.csv"
    crit.write_text("STT;Tiêu chí;Điểm tối đa\nI;Công tác chỉ đạo;\n1;Kế hoạch CCHC;" + points + "\n", encoding="utf-8")
    for args in (["par", "import-set", crit, "--year", 2020], ["par", "import-set", crit, "--year", 2020, "--dry-run"]):
        r = run(*args, "--db", db)
        assert r.returncode == 2 and "Lỗi không mong đợi" not in r.stderr and "too large" not in r.stderr, r.stderr
    r = run("par", "score", f"1.1={points}", "--year", YEAR - 1, "--db", db)
    assert r.returncode == 2 and "Lỗi không mong đợi" not in r.stderr, r.stderr
    assert stored(db) == before


@pytest.mark.parametrize("year", [2000, 2100])
def test_the_first_and_last_years_work_everywhere(demo, tmp_path, year):
    # Found in issue 21's own adversarial pass: a report of 2000 looks back at 1999's figures ("cùng kỳ"):
    # the rule is for the years people ask for, not for what a report reads beside them.
    for args in (["periods", "--year", year], ["figures", "--period", "year", "--year", year],
                 ["report", "draft", "--period", "q1", "--year", year],
                 ["report", "draft", "--period", "year", "--year", year],
                 ["report", "pdf", "--period", "year", "--year", year, "--out", tmp_path / f"{year}.pdf"]):
        r = run(*args, "--db", demo)
        assert r.returncode == 0, (args, r.stderr)


@pytest.mark.parametrize("args", [["plan", "pdf", "--out", "x.pdf", "--plan"],
                                  ["plan", "docx", "--out", "x.docx", "--plan"],
                                  ["report", "finalize", "--period", "q1", "--year", YEAR, "--draft"],
                                  ["import", "kh.txt", "--dry-run", "--plan"]])
def test_a_record_number_no_database_could_hold_is_refused(demo, tmp_path, args):
    # Found in issue 21's own adversarial pass: 'Python int too large to convert to SQLite INTEGER', exit 1.
    (tmp_path / "kh.txt").write_text("STT\tNội dung\tThời gian thực hiện\n1\tRà soát\tQuý I/2024\n", encoding="utf-8")
    for bad in ("99999999999999999999", "0", "-3"):
        r = subprocess.run([sys.executable, "-m", "parapp", *map(str, args), bad, "--db", str(demo)],
                           capture_output=True, text=True, encoding="utf-8", cwd=tmp_path)
        assert r.returncode == 2 and "Lỗi không mong đợi" not in r.stderr, (args, bad, r.stderr)

"""Issue 21, fourth adversarial round: what it found, each reproduced before the fix.

`figures import --column`: a column given two meanings kept the last one without a word (the user's
other instruction silently dropped, and the figures stored differ from it), and a column the table
does not have was ignored with exit 0, as if the instruction had been followed."""

import sqlite3

import pytest

from tests.importing import onestop_files

from ..cli.test_cli import run


@pytest.fixture
def stats(tmp_path):
    from parapp.store import open_database

    db = tmp_path / "dữ liệu.db"
    open_database(db).close()
    f = tmp_path / "Biểu 06.xlsx"
    f.write_bytes(onestop_files.bieu06_xlsx("Kỳ báo cáo: Quý III/2025"))
    return db, f


def _figures(db) -> list:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT * FROM figures ORDER BY rowid").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("given, words", [
    (["9=late", "9=early"], "cột 9"),
    (["99=late"], "cột 99"),
])
@pytest.mark.parametrize("dry", [False, True])
def test_a_column_instruction_that_cannot_be_followed_is_refused(stats, tmp_path, given, words, dry):
    db, f = stats
    before = _figures(db)
    args = [a for g in given for a in ("--column", g)] + (["--dry-run"] if dry else [])
    r = run("figures", "import", f, "--db", db, *args)
    assert r.returncode == 2, r.stdout
    assert words in r.stderr.lower() and "Traceback" not in r.stderr
    assert _figures(db) == before


def test_the_same_meaning_given_twice_for_a_column_is_still_accepted(stats):
    db, f = stats
    r = run("figures", "import", f, "--db", db, "--column", "10=late", "--column", "10=late")
    assert r.returncode == 0, r.stderr


def test_figures_set_refuses_one_code_given_two_values(stats):
    """`figures set a=5 a=7` stored 7 and said nothing of the 5 (`par score` refuses the same)."""
    db, _ = stats
    before = _figures(db)
    r = run("figures", "--db", db, "--period", "q1", "--year", 2026, "set", "procedures.total=5", "procedures.total=7")
    assert r.returncode == 2, r.stdout
    assert "procedures.total" in r.stderr and "Traceback" not in r.stderr
    assert _figures(db) == before
    again = run("figures", "--db", db, "--period", "q1", "--year", 2026, "set", "procedures.total=5",
                "procedures.total=5")
    assert again.returncode == 0, again.stderr

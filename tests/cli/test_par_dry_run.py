"""Issue 21, finding 15: `par import-set --dry-run` runs the checks of the real import (it exited 0
for sets the import refuses), and with --replace lists the scores that would be lost."""

import shutil
import sqlite3

import pytest

from ..par.province_files import province_docx, province_xlsx
from .test_cli import run
from .test_par_cli import new_db


def stored(db) -> list:
    con = sqlite3.connect(db)
    try:
        return [con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in ("par_sets", "par_criteria")]
    finally:
        con.close()


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dry")
    (folder / "bộ.xlsx").write_bytes(province_xlsx())
    db = new_db(folder / "dữ liệu.db")
    assert run("par", "import-set", folder / "bộ.xlsx", "--db", db, "--year", 2024).returncode == 0
    assert run("par", "score", "--db", db, "--year", 2024, "1.4=2", "7.3=4,125").returncode == 0
    assert run("par", "score", "--db", db, "--year", 2024, "--official", "7.3=3").returncode == 0
    return folder, db


def _copy(scored, tmp_path):
    folder, db = scored
    out = tmp_path / "bản sao.db"
    shutil.copy(db, out)
    return folder, out


CASES = {
    "the year already has a set": (lambda f: f / "bộ.xlsx", 2024, "đã có bộ tiêu chí"),
    "no maximum": (lambda f: _csv(f, "STT;Tiêu chí;Điểm tối đa\nI;Chỉ đạo;\n1;Kế hoạch;\n"), 2023, "điểm tối đa"),
    "duplicate codes": (lambda f: _csv(f, "STT;Tiêu chí;Điểm tối đa\nI;Chỉ đạo;\n1;Kế hoạch;2\n1;Báo cáo;3\n"), 2023,
                        "đã có ở dòng trên"),  # round 25B: the row named
    "no criteria": (lambda f: _csv(f, "STT;Tiêu chí;Điểm tối đa\nI;Chỉ đạo;\n"), 2023, ""),
}


def _csv(folder, text):
    p = folder / f"bộ-{abs(hash(text))}.csv"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("case", sorted(CASES))
def test_dry_run_refuses_what_the_import_refuses_with_the_same_reason(scored, tmp_path, case):
    folder, db = _copy(scored, tmp_path)
    make, year, words = CASES[case]
    f = make(folder)
    real = run("par", "import-set", f, "--db", db, "--year", year)
    assert real.returncode == 2, real.stdout
    before = stored(db)
    dry = run("par", "import-set", f, "--db", db, "--year", year, "--dry-run")
    assert dry.returncode == 2, (case, dry.stdout)
    assert words in dry.stderr and dry.stderr.splitlines()[-1] == real.stderr.splitlines()[-1]
    assert stored(db) == before


def test_dry_run_with_replace_lists_the_scores_that_would_be_lost(scored, tmp_path):
    folder, db = _copy(scored, tmp_path)
    word = folder / "bộ mới.docx"
    word.write_bytes(province_docx())  # another set: 1.4 and 7.3 are no longer in it
    before = stored(db)
    dry = run("par", "import-set", word, "--db", db, "--year", 2024, "--replace", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "1.4" in dry.stdout and "7.3" in dry.stdout and "4,125" in dry.stdout and "chưa ghi gì" in dry.stdout
    assert stored(db) == before
    js = run("par", "import-set", word, "--db", db, "--year", 2024, "--replace", "--dry-run", "--json")
    import json

    d = json.loads(js.stdout)
    assert d["stored"] is False and sorted(d["removed"]) == ["1.4", "7.3"]
    assert {x["code"]: (x["self"], x["official"]) for x in d["lost"]} == {"1.4": (2, None), "7.3": (4.125, 3)}
    real = run("par", "import-set", word, "--db", db, "--year", 2024, "--replace")
    assert real.returncode == 0 and "1.4" in real.stdout and "7.3" in real.stdout


def test_a_dry_run_that_would_store_says_so_and_stores_nothing(scored, tmp_path):
    folder, db = _copy(scored, tmp_path)
    before = stored(db)
    dry = run("par", "import-set", folder / "bộ.xlsx", "--db", db, "--year", 2025, "--dry-run")
    assert dry.returncode == 0 and "chưa ghi gì" in dry.stdout, dry.stderr
    assert stored(db) == before

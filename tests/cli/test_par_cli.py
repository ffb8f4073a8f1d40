"""The `parapp par` contract of issue 14, run as a user would run it."""

import datetime as dt
import json
import sqlite3

import pdfplumber
import pytest
from openpyxl import load_workbook

from ..par.province_files import province_docx, province_xlsx
from .test_cli import run

AREAS_KEYS = {"code", "name", "max", "self"}
CRITERIA_KEYS = {"code", "name", "max", "self", "note", "evidence"}


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "Chỉ số #1 100%"
    f.mkdir()
    (f / "Bộ chỉ số cấp xã.xlsx").write_bytes(province_xlsx())
    return f


def new_db(path):
    """An empty database, as the window's first start leaves it: commands other than demo never create one."""
    from parapp.store import open_database

    open_database(path).close()
    return path


def scores(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT code, self_milli, official_milli FROM par_criteria ORDER BY id").fetchall()
    finally:
        con.close()


def test_import_score_show_pdf_xlsx_remedy(folder):
    db = new_db(folder / "dữ liệu.db")
    r = run("par", "import-set", folder / "Bộ chỉ số cấp xã.xlsx", "--db", db, "--year", "2024")
    assert r.returncode == 0, r.stderr
    assert "26 tiêu chí" in r.stdout and "tổng điểm tối đa 100" in r.stdout

    r = run("par", "--db", db, "--year", "2024", "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert {"max_total", "self_total", "areas", "criteria"} <= set(d)
    assert d["max_total"] == 100 and d["self_total"] == 0
    assert all(AREAS_KEYS <= set(a) for a in d["areas"]) and len(d["areas"]) == 7
    assert all(CRITERIA_KEYS <= set(c) for c in d["criteria"]) and len(d["criteria"]) == 26
    assert all(c["self"] is None for c in d["criteria"])  # not scored yet
    assert "3.2" not in {c["code"] for c in d["criteria"]}  # groups are not listed as criteria

    r = run("par", "score", "--db", db, "--year", "2024", "1.1.1=1", "1.1.2=1,5", "2.2=3.5", "7.3=4,125")
    assert r.returncode == 0, r.stderr
    d = json.loads(run("par", "--db", db, "--year", "2024", "--json").stdout)
    assert d["self_total"] == 10.125
    by = {c["code"]: c for c in d["criteria"]}
    assert by["1.1.2"]["self"] == 1.5 and by["2.2"]["self"] == 3.5 and by["1.2"]["self"] is None
    assert {a["code"]: a["self"] for a in d["areas"]}["1"] == 2.5
    assert run("par", "score", "--db", db, "--year", "2024", "--official", "1.1.1=0,5").returncode == 0

    pdf = folder / "Báo cáo tự đánh giá.pdf"
    r = run("par", "pdf", "--db", db, "--year", "2024", "--out", pdf)
    assert r.returncode == 2 and "Thông tin của xã" in r.stderr and not pdf.exists()
    con = sqlite3.connect(db)
    con.execute("INSERT INTO settings (key, value) VALUES ('commune_name', 'Ủy ban nhân dân xã Ba Giang'), "
                "('place_name', 'Ba Giang'), ('chairman', 'Phạm Văn Thật')")
    con.commit()
    con.close()
    r = run("par", "pdf", "--db", db, "--year", "2024", "--out", pdf)
    assert r.returncode == 0, r.stderr
    with pdfplumber.open(pdf) as doc:
        assert any("TM. ỦY BAN NHÂN DÂN" in p.extract_text() for p in doc.pages if p.height > p.width)
        assert doc.pages[-1].width > doc.pages[-1].height

    xlsx = folder / "Bảng điểm.xlsx"
    r = run("par", "xlsx", "--db", db, "--year", "2024", "--out", xlsx)
    assert r.returncode == 0, r.stderr
    ws = load_workbook(xlsx).active
    total = [row for row in ws.iter_rows(values_only=True) if row[2] == "Tổng cộng"][0]
    assert total[3] == 100 and total[4] == 10.125

    r = run("par", "remedy", "--db", db, "--year", "2024")
    assert r.returncode == 0, r.stderr
    plan_id = int(r.stdout.strip())
    tasks = json.loads(run("tasks", "--db", db, "--json").stdout)
    assert sorted(t["par_code"] for t in tasks) == ["1.1.1", "1.1.2"]  # 1.1.1 by the official score
    con = sqlite3.connect(db)
    # for the year after the one scored, or the year it is made in when that is later: never a year over
    plan_for = max(2025, dt.date.today().year)
    assert con.execute("SELECT year FROM plans WHERE id = ?", [plan_id]).fetchone() == (plan_for,)
    con.close()


@pytest.fixture(scope="module")
def scored_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("par")
    (folder / "set.xlsx").write_bytes(province_xlsx())
    db = new_db(folder / "scored.db")
    assert run("par", "import-set", folder / "set.xlsx", "--db", db, "--year", "2024").returncode == 0
    assert run("par", "score", "--db", db, "--year", "2024", "1.4=2").returncode == 0
    return db


@pytest.mark.parametrize("bad", [["1.1=1"], ["9.9=1"], ["1.2=2,75"], ["1.2=-1"], ["1.2=abc"], ["1.2"],
                                 ["1.2=2,5", "1.3=x"]])
def test_bad_scores_exit_2_and_store_nothing(scored_db, tmp_path, bad):
    import shutil

    db = tmp_path / "x.db"
    shutil.copy(scored_db, db)
    before = scores(db)
    r = run("par", "score", "--db", db, "--year", "2024", *bad)
    assert r.returncode == 2, r.stdout
    assert r.stderr.startswith("Lỗi:") and "Traceback" not in r.stderr
    assert scores(db) == before and ("1.4", 2000, None) in before


def test_import_set_exit_codes(folder, tmp_path):
    db = new_db(folder / "x.db")
    plan = tmp_path / "kế hoạch.csv"
    plan.write_text("STT;Nội dung;Cơ quan chủ trì\n1;Việc;Văn phòng\n", encoding="utf-8")
    r = run("par", "import-set", plan, "--db", db, "--year", "2024")
    assert r.returncode == 2 and "điểm tối đa" in r.stderr and "Traceback" not in r.stderr
    word = tmp_path / "Tiêu chí.docx"
    word.write_bytes(province_docx())
    r = run("par", "import-set", word, "--db", db, "--year", "2025", "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["max_total"] == 12 and d["stored"] and d["mismatches"] == []
    r = run("par", "import-set", word, "--db", db, "--year", "2025")
    assert r.returncode == 2 and "--replace" in r.stderr and "đã có bộ tiêu chí" in r.stderr
    assert run("par", "import-set", word, "--db", db, "--year", "2025", "--replace").returncode == 0
    r = run("par", "--db", db, "--year", "2019", "--json")
    assert r.returncode == 2 and "Chưa có bộ tiêu chí" in r.stderr
    r = run("par", "--db", db)
    assert r.returncode == 2 and "--year" in r.stderr

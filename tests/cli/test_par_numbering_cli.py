"""A province's criteria codes as it prints them, end to end from the command line: import-set,
score by the printed code, the self-assessment PDF, the .xlsx read back, the remediation tasks'
codes and due dates; for each way provinces number their sets."""

import datetime as dt
import json
import sqlite3

import pdfplumber
import pytest
from openpyxl import load_workbook

from ..par import numbering_files
from ..par.province_files import EXPECTED_LEAVES, province_xlsx
from .test_cli import run

STYLES = {name: (numbering_files.annex_xlsx(rows), leaves, areas, scores) for name, (rows, leaves, areas, scores)
          in numbering_files.STYLES.items()}
STYLES["relative"] = (province_xlsx(), list(EXPECTED_LEAVES), ["1", "2", "3", "4", "5", "6", "7"],
                      {"3.2.1": "7", "1.1.2": "1", "1.2": "2,5"})


def ok(*args):
    r = run(*args)
    assert r.returncode == 0, r.stderr
    return r


@pytest.mark.parametrize("style", list(STYLES))
def test_the_provinces_codes_everywhere(style, tmp_path):
    from parapp.store import open_database

    data, leaves, areas, scores = STYLES[style]
    db = tmp_path / "dữ liệu.db"
    open_database(db).close()
    annex = tmp_path / "Bộ chỉ số cấp xã.xlsx"
    annex.write_bytes(data)
    year = dt.date.today().year - 1
    d = json.loads(ok("par", "import-set", annex, "--db", db, "--year", year, "--json").stdout)
    assert [c["code"] for c in d["criteria"]] == leaves
    assert [a["code"] for a in d["areas"]] == areas

    ok("par", "score", "--db", db, "--year", year, *[f"{c}={v}" for c, v in scores.items()])
    got = {c["code"]: c["self"] for c in json.loads(ok("par", "--db", db, "--year", year, "--json").stdout)["criteria"]}
    assert all(got[c] == float(v.replace(",", ".")) for c, v in scores.items())
    lost = [c for c in leaves if c in scores and got[c] < _max(d, c)]
    assert lost

    shown = ok("par", "--db", db, "--year", year).stdout
    assert all(f" {c} " in shown or shown.startswith(c) or f"\n{c} " in shown for c in lost)

    con = sqlite3.connect(db)
    con.execute("INSERT INTO settings (key, value) VALUES ('commune_name', 'Ủy ban nhân dân xã Đạ Tẻh'), "
                "('place_name', 'Đạ Tẻh'), ('chairman', 'Nguyễn Văn Bình')")
    con.commit()
    con.close()
    pdf = tmp_path / "Báo cáo tự đánh giá.pdf"
    ok("par", "pdf", "--db", db, "--year", year, "--out", pdf)
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
    # The losses, by the number the province printed; in a set numbered again in each area, with the area.
    cited = {"1.1.2": "1.2 thuộc lĩnh vực I", "1.2": "2 thuộc lĩnh vực I",
             "3.2.1": "2.1 thuộc lĩnh vực III"} if style == "relative" else {}
    for c in lost:
        assert f"Tiêu chí {cited.get(c, c)} (" in " ".join(text.split()), c

    xlsx = tmp_path / "Bảng điểm.xlsx"
    ok("par", "xlsx", "--db", db, "--year", year, "--out", xlsx)
    ws = load_workbook(xlsx).active
    codes_in_sheet = [row[1] for row in ws.iter_rows(min_row=5, values_only=True) if row[1]]
    assert all(c in codes_in_sheet for c in leaves)
    back = json.loads(ok("par", "import-set", xlsx, "--db", db, "--year", year, "--replace", "--json").stdout)
    assert [c["code"] for c in back["criteria"]] == leaves and back["removed"] == []
    assert {c["code"]: c["self"] for c in back["criteria"] if c["self"] is not None} == \
        {c: got[c] for c in got if got[c] is not None}

    ok("par", "remedy", "--db", db, "--year", year)
    tasks = json.loads(ok("tasks", "--db", db, "--json").stdout)
    assert sorted(t["par_code"] for t in tasks) == sorted(lost)
    today = dt.date.today()
    for t in tasks:
        assert dt.date.fromisoformat(t["due_date"]) >= today and t["status"] != "overdue"
        # named as the report cites it (round 25C): in a set numbered again in each area, with the area
        assert f"tiêu chí {cited.get(t['par_code'], t['par_code'])} “" in t["content"]


def _max(d, code):
    return next(c["max"] for c in d["criteria"] if c["code"] == code)


def test_an_area_is_named_by_its_numeral_and_is_not_scored(tmp_path):
    from parapp.store import open_database

    db = tmp_path / "x.db"
    open_database(db).close()
    annex = tmp_path / "bo.xlsx"
    annex.write_bytes(numbering_files.annex_xlsx(numbering_files.LETTERS))
    ok("par", "import-set", annex, "--db", db, "--year", 2025)
    for code, words in (("III", "là nhóm tiêu chí"), ("14", "14.1, 14.2, 14.3"), ("8", "8a, 8b, 8c")):
        r = run("par", "score", "--db", db, "--year", 2025, f"{code}=1")
        assert r.returncode == 2 and words in r.stderr, r.stderr
    ok("par", "score", "--db", db, "--year", 2025, "8.b=0,5", "14.3=3")
    got = {c["code"]: c["self"] for c in json.loads(ok("par", "--db", db, "--year", 2025, "--json").stdout)["criteria"]}
    assert got["8b"] == 0.5 and got["14.3"] == 3

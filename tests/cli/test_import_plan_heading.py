"""`parapp import` names a new plan as its file's first page does, with its number and day; a file that names none
gives its file name, and says so."""

from __future__ import annotations

import sqlite3

from .test_cli import run
from .test_par_cli import new_db
from ..importing.test_plan_heading import FIRST_PAGE

TASKS = """
II. NỘI DUNG
1. Cải cách thủ tục hành chính
- Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của xã. Thời gian: Quý II/2026
- Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã. Thời gian: Quý I/2026
"""


def _plans(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT title, number, issued_on, year FROM plans").fetchall()
    finally:
        con.close()


def test_a_new_plan_takes_its_title_number_and_day_from_its_first_page(tmp_path):
    src = tmp_path / "ke hoach #1 (50%).txt"
    src.write_text(FIRST_PAGE + TASKS, encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    dry = run("--db", db, "import", "--dry-run", src)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "Kế hoạch mới: Kế hoạch cải cách hành chính năm 2026 (số 12/KH-UBND, ngày 05/01/2026)" in dry.stdout
    r = run("--db", db, "import", src)
    assert r.returncode == 0, r.stdout + r.stderr
    assert _plans(db) == [("Kế hoạch cải cách hành chính năm 2026", "12/KH-UBND", "2026-01-05", 2026)]


def test_a_file_that_names_no_plan_gives_its_file_name_and_says_so(tmp_path):
    src = tmp_path / "phan cong.txt"
    src.write_text(TASKS, encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    r = run("--db", db, "import", src)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Kế hoạch mới: phan cong (tệp không ghi tên kế hoạch nên lấy tên tệp; sửa được ở trang Kế hoạch)" in r.stdout
    assert [p[:3] for p in _plans(db)] == [("phan cong", "", None)]

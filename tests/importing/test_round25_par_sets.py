"""Adversarial round 25B, PAR INDEX criteria sets (`par import-set`, the window's import dialog).

1. A set with a row the window will not store (a score above the criterion's maximum, a score cell that is not a
   number) was stored by `par import-set` with exit 0 and "Đã lưu bộ tiêu chí", the score dropped, though the line
   above said "hãy sửa lại". Both the dry run and the import now refuse it (exit 2), naming the rows; nothing stored.
2. Columns the reader takes for no field ("Căn cứ", "Cơ quan thẩm định") were dropped without a word (left by round
   24C); each holding text is now named in a note, as plan import names them. "Cơ quan thẩm định" (the agency that
   appraises) was read as the appraised score's column: every agency name became an unreadable score.
"""

from __future__ import annotations

import sqlite3

import pytest

from parapp.core.par.reading import read_text

from ..cli.test_cli import run
from ..cli.test_par_cli import new_db

HEAD = "STT,Lĩnh vực/Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,Công tác chỉ đạo điều hành,10,\n1,Kế hoạch CCHC,4,3\n"


def _stored(db) -> list:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT * FROM par_criteria").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("row", ["2,Báo cáo CCHC,6,9", "2,Báo cáo CCHC,6,năm"])
def test_a_set_with_rows_to_fix_is_refused_by_the_dry_run_and_the_import(tmp_path, row):
    f = tmp_path / "bộ.csv"
    f.write_text(HEAD + row + "\n", encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    for extra in (["--dry-run"], []):
        r = run("par", "import-set", f, "--db", db, "--year", 2026, *extra)
        assert r.returncode == 2, (extra, r.stdout, r.stderr)
        assert "dòng 4" in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert "Đã lưu" not in r.stdout
    assert _stored(db) == []


SET = ("STT,Lĩnh vực/Tiêu chí,Điểm tối đa,Cơ quan thẩm định,Căn cứ,Điểm tự đánh giá\n"
       "I,Công tác chỉ đạo điều hành,10,,,\n"
       "1,Kế hoạch CCHC,4,Sở Nội vụ,QĐ 12,3\n"
       "2,Báo cáo CCHC,6,Sở Nội vụ,QĐ 12,5\n")


def test_columns_no_field_takes_are_named_and_the_agency_is_no_score():
    read = read_text(SET)
    assert "official" not in read.columns.values()
    built = read.build(2026)
    assert not built.blocking
    said = [str(n) for n in read.notes]
    assert len(said) == 2 and "Cơ quan thẩm định" in said[0] and "2 ô" in said[0] and "Căn cứ" in said[1], said


def test_the_command_names_them_and_still_stores(tmp_path):
    f = tmp_path / "bộ.csv"
    f.write_text(SET, encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    for extra in (["--dry-run"], []):
        r = run("par", "import-set", f, "--db", db, "--year", 2026, *extra)
        assert r.returncode == 0, r.stderr
        assert "“Cơ quan thẩm định” không nhận ra" in r.stdout and "“Căn cứ” không nhận ra" in r.stdout, r.stdout
    assert len(_stored(db)) == 3
    r = run("par", "import-set", f, "--db", db, "--year", 2026, "--replace", "--dry-run", "--json")
    import json

    assert len(json.loads(r.stdout)["notes"]) == 2


def test_a_column_then_given_a_meaning_is_no_longer_named():
    from parapp.core.par.reading import remap

    read = read_text(SET)
    cols = dict(read.columns)
    cols[4] = "note"
    again = remap(read, cols)
    assert [str(n) for n in again.notes if "Căn cứ" in str(n)] == []
    assert len(again.notes) == 1


@pytest.mark.parametrize("title, field", [("Cơ quan thẩm định", None), ("Đơn vị thẩm định", None),
                                          ("Người thẩm định", None), ("Đơn vị tự đánh giá", "self"),
                                          ("Điểm thẩm định", "official"), ("Thẩm định", "official")])
def test_who_appraises_is_no_score_column(title, field):
    from parapp.core.par.columns import field_of

    assert (field_of(title) or None) == field


def test_a_set_imported_for_another_year_than_it_names_is_said(tmp_path):
    # Left by round 24C: "… NĂM 2025" imported with --year 2026 was stored without a word (a note: provinces reuse a
    # set across years).
    f = tmp_path / "bộ.csv"
    f.write_text("BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2025\n" + HEAD.replace("\nI,", "\nI,", 1) + "2,Báo cáo,6,5\n",
                 encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    # Round 42D L1: its scores are the year's it names, refused for another (the set without them is said, below)
    r = run("par", "import-set", f, "--db", db, "--year", 2026)
    assert r.returncode == 2 and "--year 2025" in r.stderr, r.stderr
    bare = tmp_path / "bộ trống.csv"
    bare.write_text("BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2025\nSTT,Lĩnh vực/Tiêu chí,Điểm tối đa\nI,Chỉ đạo,10\n1,Kế hoạch,10\n",
                    encoding="utf-8")
    r = run("par", "import-set", bare, "--db", db, "--year", 2026)
    assert r.returncode == 0 and "Tệp ghi bộ tiêu chí năm 2025, bộ này được nhập cho năm 2026" in r.stdout, r.stdout
    r = run("par", "import-set", f, "--db", db, "--year", 2025)
    assert r.returncode == 0 and "Tệp ghi bộ tiêu chí" not in r.stdout


@pytest.mark.parametrize("score", ["-", "–", "/", "—"])
def test_a_dash_in_a_score_cell_is_no_score(score):
    # Round 25B: with finding 1, a dash (no score given) would have refused the whole set as an unreadable score.
    built = read_text(f"STT\tTiêu chí\tĐiểm tối đa\tĐiểm tự đánh giá\nI\tChỉ đạo\t2\t\n1\tKế hoạch\t2\t{score}\n"
                      ).build(2026)
    assert not built.blocking and built.criteria.leaves()[0].self_milli is None
    assert read_text("STT\tTiêu chí\tĐiểm tối đa\nI\tChỉ đạo\t2\n1\tKế hoạch\t-\n").build(2026).blocking


def test_a_year_a_criterion_cites_is_no_year_of_the_set(tmp_path):
    f = tmp_path / "bộ.csv"
    f.write_text("STT,Tiêu chí,Điểm tối đa\nI,Chỉ đạo theo Nghị định 61/2018/NĐ-CP,2\n1,Kế hoạch (Luật năm 2015),2\n",
                 encoding="utf-8")
    r = run("par", "import-set", f, "--db", new_db(tmp_path / "d.db"), "--year", 2026, "--dry-run")
    assert r.returncode == 0 and "Tệp ghi bộ tiêu chí" not in r.stdout, r.stdout


def test_the_sets_year_is_its_titles_not_the_year_its_criteria_cite():
    # Round 25B: read as 2018's, the import dialog's year box set to 2018.
    text = ("BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2026\nQuảng Ngãi, NGÀY 08 THÁNG 01 NĂM 2027\n"
            "STT\tTiêu chí\tĐiểm tối đa\nI\tChỉ đạo\t3\n"
            "1\tThực hiện Nghị định 61/2018/NĐ-CP\t1\n2\tNghị định 107/2021/NĐ-CP sửa Nghị định 61/2018/NĐ-CP\t1\n"
            "3\tCơ chế một cửa theo Nghị định 61/2018/NĐ-CP\t1\n")
    assert read_text(text).year == 2026

"""Adversarial round 26D, PAR INDEX criteria sets (`par import-set`, the window's import dialog).

1. A column "Số điểm đạt" (points achieved) was read as the maximum: a table "Số điểm đạt | Điểm tối đa" stored each
   score as the criterion's maximum, and the real maximum column was named as unread, told to become "Giải trình".
2. A score, appraised score or explanation on a row that becomes a group (an area, or a criterion with sub-items
   under it) or a line of scoring guidance was dropped without a word: a set whose criterion "2 Báo cáo" had self 3,
   appraised 2 and "Chậm 1 báo cáo quý" above its a), b) was stored "Đã lưu" with none of them.
3. A code printed twice in a set numbered again in each area was refused naming the code ParApp derived ("Mã 2.9 đã
   có"), a code the file never printed: the user could not find it.
4. Lettered sub-items printed "8a", "8b" (as plans write "1.1a") under criterion 8 were read as its scoring
   guidance: their scores were dropped without a word, and 8 was stored unscored.
"""

from __future__ import annotations

import sqlite3

import pytest

from parapp.core.par.reading import read_text

from ..cli.test_cli import run
from ..cli.test_par_cli import new_db


def _criteria(db, year=2026) -> dict:
    con = sqlite3.connect(db)
    try:
        return {r[0]: r[1:] for r in con.execute(
            "SELECT c.code, c.max_milli, c.self_milli, c.official_milli, c.explanation FROM par_criteria c "
            "JOIN par_sets s ON s.id = c.set_id WHERE s.year = ?", [year])}
    finally:
        con.close()


def test_points_achieved_is_no_maximum():
    read = read_text("STT,Tiêu chí,Số điểm đạt,Điểm tối đa\n1,Kế hoạch,\"1,5\",2\n2,Báo cáo,3,3\n")
    assert read.columns.get(3) == "max" and read.columns.get(2) != "max", read.columns
    leaves = read.build(2026).criteria.leaves()
    assert [n.max_milli for n in leaves] == [2000, 3000]


GROUPED = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Điểm thẩm định,Giải trình\n"
           "I,CÔNG TÁC CHỈ ĐẠO,6,,,Lĩnh vực đạt khá\n"
           "1,Kế hoạch,2,2,2,\n"
           "2,Báo cáo,4,3,2,Chậm 1 báo cáo quý\n"
           "a),Báo cáo quý,2,,,\n"
           "b),Báo cáo năm,2,,,\n")


def test_what_a_group_row_says_is_named_when_not_kept(tmp_path):
    built = read_text(GROUPED).build(2026)
    said = {r.line: " ".join(str(w) for w in r.warnings) for r in built.rows if r.warnings}
    assert "Lĩnh vực đạt khá" in said.get(2, ""), said
    assert "3" in said.get(4, "") and "2" in said.get(4, "") and "Chậm 1 báo cáo quý" in said.get(4, ""), said
    assert 3 not in said, said  # a criterion's own values are kept: nothing to say
    f = tmp_path / "bộ.csv"
    f.write_text(GROUPED, encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    for extra in (["--dry-run"], []):
        r = run("par", "import-set", f, "--db", db, "--year", 2026, *extra)
        assert r.returncode == 0, r.stderr
        assert "dòng 4" in r.stdout and "Chậm 1 báo cáo quý" in r.stdout, r.stdout


def test_a_group_row_whose_scores_are_its_parts_sum_says_nothing():
    text = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CÔNG TÁC CHỈ ĐẠO,6,5\n1,Kế hoạch,2,2\n2,Báo cáo,4,3\n")
    built = read_text(text).build(2026)
    assert not [w for r in built.rows for w in r.warnings]


def test_a_score_on_a_guidance_line_is_named():
    text = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CÔNG TÁC CHỈ ĐẠO,,\n1,Kế hoạch,2,\n"
            "-,Ban hành đúng hạn,1,1\n")
    built = read_text(text).build(2026)
    said = [str(w) for r in built.rows if r.line == 4 for w in r.warnings]
    assert said and "1" in said[0], said


def test_a_duplicate_code_is_named_as_printed():
    text = ("STT,Tiêu chí,Điểm tối đa\nI,CÔNG TÁC CHỈ ĐẠO,\n1,Kế hoạch,2\n2,Báo cáo,2\n"
            "II,THỂ CHẾ,\n1,Rà soát,3\n1,Rà soát lại,3\n")
    built = read_text(text).build(2026)
    said = " ".join(str(m) for _, m in built.blocking)
    assert "Mã 1 " in said and "2.1" not in said, said


def test_sub_items_printed_8a_8b_are_sub_criteria(tmp_path):
    text = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CÔNG TÁC CHỈ ĐẠO,,\n7,Kế hoạch,2,1\n8,Báo cáo,4,\n"
            "8a,Báo cáo quý,2,1\n8b,Báo cáo năm,2,2\n")
    f = tmp_path / "bộ.csv"
    f.write_text(text, encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    r = run("par", "import-set", f, "--db", db, "--year", 2026)
    assert r.returncode == 0, r.stderr
    got = _criteria(db)
    assert got["8a"][:2] == (2000, 1000) and got["8b"][:2] == (2000, 2000), got


OLD = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Giải trình\nI,CHỈ ĐẠO,,,\n1,Kế hoạch,2,2,\n"
       "2,Báo cáo,4,3,Chậm 1 báo cáo\n")
NEW = "STT,Tiêu chí,Điểm tối đa\nI,CHỈ ĐẠO,\n1,Kế hoạch,2\n2,Báo cáo,4\na),Báo cáo quý,2\nb),Báo cáo năm,2\n"


def test_a_criterion_now_with_sub_items_is_not_said_gone(tmp_path):
    """5. `--replace` with a set where the scored criterion 2 now has a), b) said 2 was "không còn trong bộ mới"."""
    old, new = tmp_path / "cũ.csv", tmp_path / "mới.csv"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    assert run("par", "import-set", old, "--db", db, "--year", 2026).returncode == 0
    for extra in (["--dry-run"], []):
        r = run("par", "import-set", new, "--db", db, "--year", 2026, "--replace", *extra)
        assert r.returncode == 0, r.stderr
        assert "không còn trong bộ mới" not in r.stdout, r.stdout
        assert "nay có tiêu chí con" in r.stdout and "2 (tự đánh giá 3)" in r.stdout, r.stdout


def test_an_unread_column_of_points_is_told_to_become_a_score_not_an_explanation():
    """9. An unread column holding points ("Điểm xã chấm", "Số điểm đạt") was told to be renamed "Giải trình": done,
    every score would be stored as an explanation's text."""
    read = read_text("STT,Tiêu chí,Điểm tối đa,Điểm xã chấm\n1,Kế hoạch,2,\"1,5\"\n2,Báo cáo,3,-\n")
    said = " ".join(str(n) for n in read.notes)
    assert "Điểm xã chấm" in said and "Điểm tự đánh giá" in said and "Giải trình" not in said, said


def test_a_row_of_numbers_only_is_not_taken_for_the_column_numbers():
    """10. A criterion row whose name cell is empty ("2 | | 3 | 2": code, maximum, score) was taken for the row of
    column numbers under the header ("(1) (2) (3)") and left out without a word: 3 points and a score gone."""
    text = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CHỈ ĐẠO,,\n1,Kế hoạch,2,1\n2,,3,2\n"
    built = read_text(text).build(2026)
    assert any(r.line == 4 for r in built.rows), [r.line for r in built.rows]
    assert built.criteria.max_total == 5000


def test_the_column_numbers_under_the_header_are_still_left_out():
    for numbers in ("1,2,3,4", "(1),(2),(3),(4)", "1,2,,4", "1,2,3,4=2+3"):
        text = f"STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\n{numbers}\nI,CHỈ ĐẠO,,\n1,Kế hoạch,2,1\n"
        built = read_text(text).build(2026)
        assert [r.line for r in built.rows] == [3, 4], (numbers, [r.line for r in built.rows])


def test_a_total_row_s_scores_that_do_not_add_up_are_said():
    """11. The total row's self-score and appraised score were never read: "Tổng cộng … 9" beside criteria scored 3
    in all said nothing (its maximum's mismatch was said)."""
    text = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Điểm thẩm định\nI,CHỈ ĐẠO,,,\n1,Kế hoạch,2,1,1\n"
            "2,Báo cáo,3,2,1\nTổng cộng,,5,9,2\n")
    built = read_text(text).build(2026)
    said = [str(w) for r in built.rows if r.line == 5 for w in r.warnings]
    assert len(said) == 1 and "9" in said[0] and "3" in said[0], said
    fine = read_text(text.replace(",5,9,2", ",5,3,2")).build(2026)
    assert not [w for r in fine.rows for w in r.warnings]


def _two_parts(kind: str) -> bytes:
    import io

    first = [["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"], ["I", "CHỈ ĐẠO", "", ""],
             ["1", "Kế hoạch", "2", "1"]]
    second = [["STT", "Tiêu chí", "Điểm tối đa"], ["II", "HÀI LÒNG", ""], ["2", "Mức độ hài lòng", "20"],
              ["3", "Tiếp cận", "10"]]
    buf = io.BytesIO()
    if kind == "docx":
        import docx

        d = docx.Document()
        for rows in (first, second):
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
            d.add_paragraph("B. ĐIỀU TRA XÃ HỘI HỌC")
        d.save(buf)
    else:
        import openpyxl

        wb = openpyxl.Workbook()
        for rows in first:
            wb.active.append(rows)
        ws = wb.create_sheet("Điều tra XHH")
        for rows in second:
            ws.append(rows)
        wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_second_criteria_table_is_named_not_dropped(kind):
    """12. A set in two tables (Word) or two sheets (Excel), each with its own header ("B. ĐIỀU TRA XÃ HỘI HỌC" of
    another width): only the first was read and the second's 30 points dropped without a word."""
    from parapp.core.par.reading import read_bytes

    read = read_bytes(_two_parts(kind), f"bộ.{kind}")
    said = " ".join(str(n) for n in read.notes)
    assert "thứ 2" in said and "3 dòng" in said, said


def test_a_remediation_task_whose_criterion_is_gone_is_named(tmp_path):
    """13. `--replace` with a set that no longer has criterion 2, which a remediation task was made for: the task's
    link to its criterion went without a word (the task stays in its plan, tied to nothing)."""
    old, new = tmp_path / "cũ.csv", tmp_path / "mới.csv"
    old.write_text(OLD, encoding="utf-8")
    new.write_text("STT,Tiêu chí,Điểm tối đa\nI,CHỈ ĐẠO,\n1,Kế hoạch,2\n3,Công khai,4\n", encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    assert run("par", "import-set", old, "--db", db, "--year", 2026).returncode == 0
    made = run("par", "remedy", "--db", db, "--year", 2026)
    assert made.returncode == 0, made.stderr
    con = sqlite3.connect(db)
    task = con.execute("SELECT task_id FROM par_remedy_tasks").fetchone()[0]
    con.close()
    for extra in (["--dry-run"], []):
        r = run("par", "import-set", new, "--db", db, "--year", 2026, "--replace", *extra)
        assert r.returncode == 0, r.stderr
        assert "nhiệm vụ khắc phục" in r.stdout and f"số {task} (tiêu chí 2)" in r.stdout, r.stdout


def test_a_row_without_a_maximum_is_named_as_printed():
    """15. "Tiêu chí 2 chưa có điểm tối đa" of an area printed "II" with no criteria under it, and "Tiêu chí 3.1" of a
    criterion printed "1" under "III": codes the file never printed (F3's fault, in another message)."""
    text = "STT,Tiêu chí,Điểm tối đa\nI,CHỈ ĐẠO,\n1,Kế hoạch,2\nII,THỂ CHẾ,\nIII,TTHC,\n1,Công khai,\n"
    said = dict(read_text(text).build(2026).blocking)
    assert "II " in str(said[4]) and "Tiêu chí 1 " in str(said[6]) and "3.1" not in str(said[6]), said


def test_rows_below_the_total_are_no_criterion_s_guidance():
    """17. The lines under the total row (a footnote, the signature block "NGƯỜI LẬP BIỂU | CHỦ TỊCH", the names) were
    stored as scoring guidance of the last criterion: "Nguyễn Văn A" became how criterion 2 is scored."""
    text = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CHỈ ĐẠO,,\n1,Kế hoạch,2,1\n2,Báo cáo,3,2\n,Tổng cộng,5,3\n"
            ",NGƯỜI LẬP BIỂU,,CHỦ TỊCH\n,Nguyễn Văn A,,Trần Văn B\n")
    built = read_text(text).build(2026)
    assert built.criteria.find("2").guidance == ""
    below = [r for r in built.rows if r.line in (7, 8)]
    assert all(r.kind == "ignored" and r.warnings for r in below), [(r.kind, r.warnings) for r in below]


def test_a_guidance_line_opening_with_tong_so_diem_is_no_total_row():
    """18. A dash line of scoring guidance "- Tổng số điểm đạt từ 90 trở lên: 2 điểm" was taken for the set's total
    row: that level of guidance was dropped, and "Dòng tổng cộng ghi 2 điểm" said of a row that is none (with F17,
    the guidance line after it was left out too)."""
    text = ("STT,Tiêu chí,Điểm tối đa\nI,CHỈ ĐẠO,\n1,Kết quả,2\n-,Tổng số điểm đạt từ 90 trở lên,2\n-,Dưới 90,1\n"
            "2,Báo cáo,3\n")
    built = read_text(text).build(2026)
    assert not built.mismatches and built.stated_total is None, built.mismatches
    guidance = built.criteria.find("1").guidance
    assert "Tổng số điểm đạt từ 90 trở lên" in guidance and "Dưới 90" in guidance, guidance


def test_the_remedy_plan_of_an_area_scored_itself_is_made(tmp_path):
    """19. An area printed "II" with no criteria under it, scored itself (6 of 10): `par remedy` refused the whole plan,
    exit 2, "Mã tiêu chí “II” không đúng dạng. Hãy nhập các số …", a code the user never typed; no task was made for
    any criterion. The task now carries the plans' code (2) and names the area as printed."""
    f = tmp_path / "bộ.csv"
    f.write_text("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CHỈ ĐẠO,,\n1,Kế hoạch,2,1\nII,THỂ CHẾ,10,6\n",
                 encoding="utf-8")
    db = new_db(tmp_path / "d.db")
    assert run("par", "import-set", f, "--db", db, "--year", 2026).returncode == 0
    r = run("par", "remedy", "--db", db, "--year", 2026)
    assert r.returncode == 0, r.stderr
    con = sqlite3.connect(db)
    got = dict(con.execute("SELECT par_code, content FROM tasks WHERE content LIKE 'Khắc phục%'").fetchall())
    con.close()
    assert set(got) == {"1", "2"} and "tiêu chí II" in got["2"], got


def test_sub_items_printed_in_capitals_8A_8B_are_sub_criteria():
    """4 (again). "8A", "8B" are F4's sub-items in capitals: they were guidance, their scores named as not kept."""
    text = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CHỈ ĐẠO,,\n8,Báo cáo,4,\n8A,Báo cáo quý,2,1\n"
            "8B,Báo cáo năm,2,2\n")
    cset = read_text(text).build(2026).criteria
    assert [(n.code, n.label, n.self_milli) for n in cset.leaves()] == [("8a", "8A", 1000), ("8b", "8B", 2000)]


def test_the_second_table_is_still_named_after_a_column_is_remapped():
    """12 (again). The window's preview reads the table again when a column is given a meaning (remap): F12's note
    was worked out only on the first read, and went."""
    from parapp.core.par.reading import read_bytes, remap

    read = read_bytes(_two_parts("xlsx"), "bộ.xlsx")
    again = remap(read, dict(read.columns))
    assert any("thứ 2" in str(n) for n in again.notes), again.notes


def test_roman_numerals_typed_as_their_own_characters_are_areas():
    """20. Areas numbered with the Unicode Roman numerals "Ⅰ", "Ⅱ" (a PDF's or an East Asian keyboard's), or
    full-width digits: "Ⅰ" was left out, and "Ⅱ THỂ CHẾ" became a line of criterion 1's scoring guidance without a
    word, the area gone."""
    text = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nⅠ,CHỈ ĐẠO,,\n１,Kế hoạch,2,1\nⅡ,THỂ CHẾ,,\n2,Rà soát,3,2\n"
    cset = read_text(text).build(2026).criteria
    assert [(a.label, a.name) for a in cset.areas] == [("I", "CHỈ ĐẠO"), ("II", "THỂ CHẾ")], cset.areas
    assert len(cset.leaves()) == 2


def test_a_group_s_explanation_merged_down_over_its_parts_says_nothing():
    """2 (again). An explanation cell merged down from "2 Báo cáo" over its a) and b) reaches each part, which keeps
    it: nothing is lost, nothing to say."""
    text = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Giải trình\nI,CHỈ ĐẠO,,,\n2,Báo cáo,4,,Chậm\n"
            "a),Báo cáo quý,2,1,Chậm\nb),Báo cáo năm,2,2,Chậm\n")
    built = read_text(text).build(2026)
    assert not [w for r in built.rows for w in r.warnings], [(r.line, r.warnings) for r in built.rows]

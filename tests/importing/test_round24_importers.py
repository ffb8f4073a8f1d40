"""Adversarial round 24C (issue 21), the importers.

1. A plan whose "Kèm theo Kế hoạch số … ngày …/YYYY" names a year outside 2000–2100 (a Buddhist-era 2569, a slip
   1999): the dry run read it as that year's plan, exit 0; the import then refused it, exit 2, saying "Hãy nhập năm
   có 4 chữ số" of a year that had four; the window's year box (2000–2100) clamped it to 2100 without a word.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing import parse_text
from parapp.core.importing.model import Unreadable

from .test_bounded_readers import db, parapp  # noqa: F401 (fixture)


@pytest.fixture
def db_conn(tmp_path):
    from parapp.store import open_database

    database = open_database(tmp_path / "store.db")
    yield database
    database.close()

PLAN = ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/{0} của UBND xã)\n"
        "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
        "1\tRà soát văn bản quy phạm pháp luật\tTư pháp\tQuý II\n"
        "2\tCông khai thủ tục hành chính\tVăn phòng\tTháng 6\n")


@pytest.mark.parametrize("year", [2569, 1999, 2101])
def test_a_plan_dated_outside_the_years_is_refused_by_the_dry_run_as_by_the_import(db, tmp_path, year):  # noqa: F811
    f = tmp_path / "kế hoạch.txt"
    f.write_text(PLAN.format(year), encoding="utf-8")
    for extra in (["--dry-run"], []):
        r = parapp("import", f, *extra, db=db)
        assert r.returncode == 2, (extra, r.stdout, r.stderr)
        assert f"năm kế hoạch {year}" in r.stderr and "2000 đến 2100" in r.stderr, r.stderr
        assert "4 chữ số" not in r.stderr and "Traceback" not in r.stderr
    with pytest.raises(Unreadable):  # the window reads through the same parser: refused there too, not clamped
        parse_text(PLAN.format(year), plan_year=2026)


def test_the_plan_s_own_year_is_used_when_imported_into_an_existing_plan(db, tmp_path):  # noqa: F811
    f = tmp_path / "kế hoạch.txt"
    f.write_text(PLAN.format(2569), encoding="utf-8")
    assert parse_text(PLAN.format(2569), plan_year=2026, year_hint=False).year == 2026
    assert parse_text(PLAN.format(2026), plan_year=2025).year == 2026


# 2. `figures import` over a period whose figures were typed by hand on the Số liệu page (or imported before)
#    replaced them, its dry run and its run listing the new values only: "Hồ sơ kỳ trước chuyển qua" typed 44 became
#    35 without a word. Both now name each figure changed with the value it had.
def test_figures_import_names_the_figures_it_replaces_in_its_dry_run_and_its_run(tmp_path):
    from .onestop_files import subgroup_csv

    data = tmp_path / "parapp.db"
    assert parapp("demo", db=data).returncode == 0
    assert parapp("figures", "--period", "q2", "--year", "2026", "set", "dossiers.carried_over=44",
                  db=data).returncode == 0
    f = tmp_path / "quý II.csv"
    f.write_bytes(subgroup_csv("Kỳ báo cáo: Quý II năm 2026"))
    for extra in (["--dry-run"], []):
        r = parapp("figures", "import", f, *extra, db=data)
        assert r.returncode == 0, r.stderr
        assert "Thay" in r.stdout and "nhập tay" in r.stdout and "Hồ sơ kỳ trước chuyển sang 44 → 35" in r.stdout, \
            r.stdout
    again = parapp("figures", "import", f, "--dry-run", db=data)  # the same figures: nothing changes, nothing said
    assert again.returncode == 0 and "Thay" not in again.stdout, again.stdout


# 3. `par import-set --replace` with a criterion kept but its maximum lowered below its score: the explanation typed
#    for it was dropped without a word (only its scores were named), and the command said the criterion was "no
#    longer in the new set" though it is.
def test_replacing_a_set_keeps_the_explanation_of_a_criterion_whose_new_maximum_is_below_its_score(db_conn):
    from parapp.core.par.reading import read_bytes
    from parapp.store import par_index

    from ..par.province_files import province_xlsx

    c = read_bytes(province_xlsx(), "Bo chi so.xlsx").build(2024).criteria
    par_index.store_set(db_conn, c)
    par_index.set_scores(db_conn, 2024, [("2.2", "3")])
    par_index.set_explanation(db_conn, par_index.load_set(db_conn, 2024).find("2.2").id, "Đã theo dõi thi hành")
    new = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    new.find("2.2").max_milli = 2000
    out = par_index.store_set(db_conn, new, replace=True)
    assert out.lost == [("2.2", 3000, None)]
    kept = par_index.load_set(db_conn, 2024).find("2.2")
    assert kept.self_milli is None and kept.explanation == "Đã theo dõi thi hành"


def test_par_import_set_says_a_lowered_maximum_not_a_criterion_gone(tmp_path):
    from openpyxl import load_workbook

    from ..par.province_files import province_xlsx

    data = tmp_path / "parapp.db"
    assert parapp("demo", db=data).returncode == 0
    f = tmp_path / "bộ tiêu chí.xlsx"
    f.write_bytes(province_xlsx())
    assert parapp("par", "import-set", f, "--year", "2024", db=data).returncode == 0
    assert parapp("par", "score", "--year", "2024", "4.1=3", db=data).returncode == 0
    wb = load_workbook(f)
    for row in wb.active.iter_rows():
        if row[1].value == "Tổ chức bộ máy đúng quy định":
            row[2].value = 2
        if row[1].value == "Quản lý, sử dụng biên chế":
            row[2].value = 6
    wb.save(f)
    for extra in (["--dry-run"], []):
        r = parapp("par", "import-set", f, "--year", "2024", "--replace", *extra, db=data)
        assert r.returncode == 0, r.stderr
        assert "không còn trong bộ mới" not in r.stdout and "điểm tối đa mới thấp hơn" in r.stdout, r.stdout
        assert "4.1 (tự đánh giá 3)" in r.stdout, r.stdout


# 4. A workbook named .docx (renamed, or saved under the wrong name) was read as Word by all three importers and refused
#    "không có cấu trúc của một tệp Word … Hãy mở tệp bằng Word": the zip's parts say which it is, as they did for a
#    Word file named .xlsx.
@pytest.mark.parametrize("which", ["plan", "figures", "par"])
def test_a_workbook_named_docx_is_read_as_the_workbook_it_is(db, tmp_path, which):  # noqa: F811
    from .test_bounded_readers import COMMANDS, GOOD

    f = tmp_path / "tệp #1.docx"
    f.write_bytes(GOOD[which]())
    r = parapp(*COMMANDS[which](f), db=db)
    assert "Word" not in r.stderr and "cấu trúc" not in r.stderr, r.stderr
    assert r.returncode == 0 or "không phải quý I năm 2024" in r.stderr, r.stderr  # the figures fixture's own period


# 5. A statistics table with no total row whose fields, each within the bound, add up past it: refused (right), but
#    said as "“20000000.0” … Hãy kiểm tra lại số đã nhập" — a number no one typed, in a notation no official writes.
def test_figures_summed_past_the_bound_are_said_in_vietnamese_notation(db, tmp_path):  # noqa: F811
    from .onestop_files import subgroup_csv

    head = subgroup_csv("Kỳ báo cáo: Quý I năm 2026").decode("utf-8-sig").splitlines()[:4]
    rows = [f"{i};Lĩnh vực {i};9000000;0;4000000;5000000;0;0;0;0;0;0;0" for i in range(1, 6)]
    f = tmp_path / "tổng.csv"
    f.write_text("\n".join(head + rows) + "\n", encoding="utf-8")
    for extra in (["--dry-run"], []):
        r = parapp("figures", "import", f, *extra, db=db)
        assert r.returncode == 2, r.stdout
        assert "“20.000.000”" in r.stderr and "20000000.0" not in r.stderr and "biểu thống kê" in r.stderr, r.stderr


# 6. A Word plan whose task table sits inside a frame (a one-column table holding it: a page laid out in a box, a
#    document converted from a web page or a PDF) was refused "Không nhận ra bảng phân công … nào"; the frame's
#    own lines ("Kèm theo Kế hoạch số … ngày …/2027") were not read for the year either.
def _framed_plan(title: str = "") -> bytes:
    import io

    import docx

    rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
            ["1", "Rà soát văn bản quy phạm pháp luật", "Tư pháp", "Quý II"],
            ["2", "Công khai thủ tục hành chính", "Văn phòng", "Tháng 6"]]
    d = docx.Document()
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = title
    inner = cell.add_table(rows=3, cols=4)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            inner.cell(i, j).text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_plan_table_inside_a_frame_is_read_with_the_frame_s_lines():
    from parapp.core.importing import parse_bytes

    r = parse_bytes(_framed_plan("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2027 của UBND xã)"), "kh.docx",
                    plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản quy phạm pháp luật", "Công khai thủ tục hành chính"]
    assert r.year == 2027 and r.tasks[0].due_date == dt.date(2027, 6, 30)


def test_a_one_column_table_of_text_is_not_taken_for_a_frame():
    import docx

    from parapp.core.importing import word_text

    d = docx.Document()
    t = d.add_table(rows=2, cols=1)
    t.cell(0, 0).text = "Nhiệm vụ 1"
    t.cell(1, 0).add_table(rows=1, cols=2).cell(0, 0).text = "x"
    assert word_text.tables(d.element.body) == [t._tbl]


# 7. The same in HTML (web pages lay themselves out in tables): a plan or a one-stop export inside a layout table was
#    refused as holding no table.
FRAMED_HTML = ("<html><body><table width='100%'><tr><td><p>KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026</p>\r\n"
               "<table border='1'><tr><th>STT</th><th>Nội dung nhiệm vụ</th><th>Cơ quan chủ trì</th>"
               "<th>Thời gian hoàn thành</th></tr>\r\n<tr><td>1</td><td>Rà soát văn bản quy phạm pháp luật</td>"
               "<td>Tư pháp</td><td>Quý II/2026</td></tr>\n<tr><td>2</td><td>Công khai thủ tục hành chính</td>"
               "<td>Văn phòng</td><td>Tháng 6/2026</td></tr></table></td></tr></table></body></html>")


def test_a_plan_table_inside_an_html_layout_table_is_read(db, tmp_path):  # noqa: F811
    f = tmp_path / "kế hoạch.html"
    f.write_text(FRAMED_HTML, encoding="utf-8")
    r = parapp("import", f, "--dry-run", "--json", db=db)
    assert r.returncode == 0, r.stderr
    import json

    assert [t["content"] for t in json.loads(r.stdout)["tasks"]] == ["Rà soát văn bản quy phạm pháp luật",
                                                                   "Công khai thủ tục hành chính"]


def test_a_one_stop_export_inside_an_html_layout_table_is_read(db, tmp_path):  # noqa: F811
    from .onestop_files import vendor_html

    page = vendor_html().decode("utf-8")
    i, j = page.lower().index("<table"), page.lower().rindex("</table>") + 8
    f = tmp_path / "thống kê.html"
    f.write_text(page[:i] + "<table><tr><td>" + page[i:j] + "</td></tr></table>" + page[j:], encoding="utf-8")
    r = parapp("figures", "import", f, "--dry-run", db=db)
    assert r.returncode == 0, r.stderr


def test_frames_nested_past_the_bound_end_in_time_and_in_words(db, tmp_path):  # noqa: F811
    f = tmp_path / "sâu.html"
    f.write_text("<table><tr><td>" * 20000 + FRAMED_HTML + "</td></tr></table>" * 20000, encoding="utf-8")
    r = parapp("import", f, "--dry-run", db=db)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr


# 8. An HTML page whose last table is never closed (a download that stopped, an export that left out "</table>"): the
#    whole table was left out — a plan refused as holding no table, or, after a closed first table, the second
#    table's tasks lost while the import said "Đọc được 1 nhiệm vụ", exit 0. A browser shows every row.
HEAD = ("<html><body><table border=1><tr><th>STT</th><th>Nội dung nhiệm vụ</th><th>Cơ quan chủ trì</th>"
        "<th>Thời gian hoàn thành</th></tr><tr><td>1</td><td>Rà soát văn bản</td><td>Tư pháp</td><td>Quý II/2026</td>"
        "</tr>")
SECOND = "<tr><td>2</td><td>Công khai TTHC</td><td>Văn phòng</td><td>Tháng 6/2026"


@pytest.mark.parametrize("page", [HEAD + SECOND, HEAD + "</table><table>" + SECOND + "</td></tr>"])
def test_a_table_left_open_at_the_end_of_the_page_is_read_whole(db, tmp_path, page):  # noqa: F811
    import json

    f = tmp_path / "kế hoạch.html"
    f.write_text(page, encoding="utf-8")
    r = parapp("import", f, "--dry-run", "--json", db=db)
    assert r.returncode == 0, r.stderr
    assert [t["deadline_text"] for t in json.loads(r.stdout)["tasks"]] == ["Quý II/2026", "Tháng 6/2026"]


def test_an_unfinished_tag_after_a_table_left_open_ends_in_time(db, tmp_path):  # noqa: F811
    f = tmp_path / "hỏng.html"
    f.write_text(HEAD + "<a" * 2_000_000, encoding="utf-8")  # HTMLParser.close() reads such a tail for minutes
    r = parapp("import", f, "--dry-run", db=db)
    assert r.returncode in (0, 2) and "Traceback" not in r.stderr, r.stderr


# 9. Formulas never calculated (a workbook written by a program, never opened in Excel: openpyxl writes the formula
#    with an empty value) were read as empty cells: a statistics export whose "Trả quá hạn" column was "=G5-H5-I5"
#    stored 0 late dossiers for 8; a plan's task whose content was a formula was "a row without content", its number
#    "=A2+1" lost. Refused, saying what to do; a formula Excel calculated (its value kept) is read as before.
def _with_formulas(values: dict[str, str] | None = None) -> bytes:
    import io
    import re
    import zipfile

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
                [1, "Rà soát văn bản", "Tư pháp", "Quý II/2026"],
                ["=A2+1", "Công khai thủ tục hành chính", "Văn phòng", "Tháng 6/2026"],
                [3, "Kiểm tra công tác cải cách hành chính", "Văn phòng", '=IF(1,"","x")']):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    if values is None:
        return buf.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                for ref, v in values.items():  # the value Excel would keep, as Excel writes it
                    data = re.sub(rf'<c r="{ref}"([^>]*)>(<f>[^<]*</f>)<v\s*/?>(</v>)?'.encode(),
                                  rf'<c r="{ref}"\1{v}>\2<v>{"" if "str" in v else 2}</v>'.encode(), data)
            zout.writestr(info, data)
    return out.getvalue()


def test_a_workbook_with_formulas_never_calculated_is_refused_saying_so(db, tmp_path):  # noqa: F811
    f = tmp_path / "kế hoạch.xlsx"
    f.write_bytes(_with_formulas())
    for extra in (["--dry-run"], []):
        r = parapp("import", f, *extra, db=db)
        assert r.returncode == 2 and "công thức chưa được tính" in r.stderr and "2 ô" in r.stderr, r.stderr


def test_formulas_excel_calculated_are_read_with_their_values(db, tmp_path):  # noqa: F811
    import json

    f = tmp_path / "kế hoạch.xlsx"
    f.write_bytes(_with_formulas({"A3": "", "D4": ' t="str"'}))
    r = parapp("import", f, "--dry-run", "--json", db=db)
    assert r.returncode == 0, r.stderr
    assert [t["stt"] for t in json.loads(r.stdout)["tasks"]] == ["1", "2", "3"]


# 10. Columns of a plan's table that no field takes ("Căn cứ pháp lý", "Mức độ ưu tiên") were left out without a word:
#     their text was nowhere, the import said only how many tasks it read. Each is named, with how many cells hold text;
#     a column the window's preview is then given a meaning for is no longer named.
EXTRA = ("STT;Nội dung nhiệm vụ;Cơ quan chủ trì;Thời gian hoàn thành;Căn cứ pháp lý;Mức độ ưu tiên\n"
         "1;Rà soát văn bản;Tư pháp;Quý II/2026;Nghị định 34/2016;Cao\n"
         "2;Công khai TTHC;Văn phòng;Tháng 6/2026;Quyết định 1291;\n")


def test_columns_no_field_takes_are_named_by_the_dry_run_and_the_import(db, tmp_path):  # noqa: F811
    f = tmp_path / "kế hoạch.csv"
    f.write_text(EXTRA, encoding="utf-8")
    for extra in (["--dry-run"], []):
        r = parapp("import", f, *extra, db=db)
        assert r.returncode == 0, r.stderr
        assert "Cột 5 “Căn cứ pháp lý”" in r.stdout and "(2 ô có chữ)" in r.stdout, r.stdout
        assert "Cột 6 “Mức độ ưu tiên”" in r.stdout and "(1 ô có chữ)" in r.stdout, r.stdout


def test_a_column_given_a_meaning_in_the_preview_is_no_longer_named():
    from parapp.core.importing import parse_bytes, remap

    r = parse_bytes(EXTRA.encode("utf-8"), "kh.csv", plan_year=2026)
    assert len([n for n in r.notes if "không nhận ra" in n]) == 2
    again = remap(r, {**r.columns, 4: "note"})
    assert [n for n in again.notes if "không nhận ra" in n] == [n for n in r.notes if "Mức độ" in n]
    assert again.tasks[0].note == "Nghị định 34/2016"


# 11. A row the store refuses (a content past 20,000 characters): the dry run said "Đọc được 2 nhiệm vụ … Chạy thử",
#     exit 0; the import refused it, exit 2, naming no row. Both now refuse it, naming the row, nothing stored.
def test_a_row_the_store_refuses_is_refused_by_the_dry_run_too_naming_its_line(tmp_path):
    data = tmp_path / "parapp.db"
    assert parapp("demo", db=data).returncode == 0
    f = tmp_path / "dài.csv"
    f.write_text("STT;Nội dung nhiệm vụ;Cơ quan chủ trì;Thời gian hoàn thành\n1;Công khai;Văn phòng;Quý II/2026\n"
                 f"2;{'Rà soát ' * 3000};Tư pháp;Quý II/2026\n", encoding="utf-8")
    before = parapp("tasks", "--json", db=data).stdout
    for extra in (["--dry-run"], []):
        r = parapp("import", f, *extra, db=data)
        assert r.returncode == 2 and "Dòng 3 của tệp" in r.stderr and "20000" in r.stderr, (extra, r.stdout, r.stderr)
    assert parapp("tasks", "--json", db=data).stdout == before


# 12. A NUL (or another control character) past a text file's first 4 KB was stored in a task's content: the text
#     after it hidden from the search ("150 rà soát" not found) and cut from printed copies. Dropped as the workbook
#     reader drops them; a vertical tab or form feed is a space (a line end would cut the row in two).
def test_control_characters_deep_in_a_text_file_are_not_stored():
    from parapp.core.importing import parse_bytes

    rows = "\n".join(f"{i};Nhiệm vụ số {i} rà soát văn bản;Tư pháp;Quý II/2026" for i in range(1, 200))
    text = "STT;Nội dung nhiệm vụ;Cơ quan chủ trì;Thời gian hoàn thành\n" + rows + "\n"
    text = text.replace("số 150 ", "số 150\x00 ").replace("số 160 ", "số 160\x0b")
    r = parse_bytes(text.encode("utf-8"), "kh.csv", plan_year=2026)
    by = {t.stt: t.content for t in r.tasks}
    assert by["150"] == "Nhiệm vụ số 150 rà soát văn bản"
    assert by["160"] == "Nhiệm vụ số 160 rà soát văn bản"

"""Adversarial round 16 (issue 21), the importers: a numbered task with nothing under it.

In a table numbered 1, 1.1, 1.2, 2, 3, 3.1 a top number with content alone is an area heading ("1. Cải cách thể chế"
over 1.1, 1.2). On main a task "2" written with no lead and no deadline was read as such a heading, though nothing
stood under it, and was dropped: the import said "3 nhiệm vụ", exit 0, not a word about row 2.
"""

from __future__ import annotations

from parapp.core.importing.parse import parse_bytes

ROWS = ["STT,Nội dung,Chủ trì,Thời gian",
        "1,Cải cách thể chế,,",
        "1.1,Rà soát văn bản QPPL,Tư pháp,Quý I/2026",
        "1.2,Kiểm tra văn bản,Tư pháp,Quý II/2026",
        "2,Tuyên truyền CCHC trên đài truyền thanh xã,,",
        "3,Cải cách TTHC,,",
        "3.1,Niêm yết TTHC,Một cửa,Tháng 3/2026"]


def _read(rows: list[str]):
    return parse_bytes("\n".join(rows).encode(), "ke-hoach.csv", plan_year=2026)


def test_a_numbered_task_with_nothing_under_it_is_a_task():
    r = _read(ROWS)
    assert [(t.stt, t.content) for t in r.tasks] == [
        ("1.1", "Rà soát văn bản QPPL"), ("1.2", "Kiểm tra văn bản"),
        ("2", "Tuyên truyền CCHC trên đài truyền thanh xã"), ("3.1", "Niêm yết TTHC")]
    assert [t.group for t in r.tasks] == ["Cải cách thể chế"] * 2 + ["", "Cải cách TTHC"]


def test_the_last_numbered_row_with_nothing_under_it_is_a_task_too():
    r = _read([*ROWS, "4,Tổng kết công tác CCHC năm 2026,,"])
    assert r.tasks[-1].content == "Tổng kết công tác CCHC năm 2026"


def test_a_heading_over_marked_items_stays_a_heading():
    r = _read(ROWS[:4] + ["2,Cải cách TTHC,,", "-,Niêm yết TTHC,Một cửa,Tháng 3/2026"])
    assert [(t.content, t.group) for t in r.tasks][-1] == ("Niêm yết TTHC", "Cải cách TTHC")
    assert len(r.tasks) == 3


# Round 16: an area heading in the content column, the number column left empty (a workbook's usual layout when the
# heading is not merged across). On main the first became a task "I. CẢI CÁCH THỂ CHẾ" and the second was glued onto
# the content of the task above it ("Kiểm tra văn bản II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), which lost its area.
HEADINGS_IN_CONTENT = ["STT,Nội dung,Chủ trì,Thời gian",
                       ",I. CẢI CÁCH THỂ CHẾ,,",
                       "1,Rà soát văn bản QPPL,Tư pháp,Quý I/2026",
                       "2,Kiểm tra văn bản,Tư pháp,Quý II/2026",
                       ",II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,",
                       "3,Niêm yết TTHC,Một cửa,Tháng 3/2026"]


def test_an_area_heading_in_the_content_column_is_an_area():
    r = _read(HEADINGS_IN_CONTENT)
    assert [(t.stt, t.content, t.group) for t in r.tasks] == [
        ("1", "Rà soát văn bản QPPL", "CẢI CÁCH THỂ CHẾ"), ("2", "Kiểm tra văn bản", "CẢI CÁCH THỂ CHẾ"),
        ("3", "Niêm yết TTHC", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")]
    assert [t.area_code for t in r.tasks] == ["2", "2", "3"]


def test_a_continued_content_row_is_still_continued():
    r = _read(["STT,Nội dung,Chủ trì,Thời gian", "1,Rà soát văn bản QPPL,Tư pháp,Quý I/2026",
               ",do HĐND xã ban hành,,"])
    assert [t.content for t in r.tasks] == ["Rà soát văn bản QPPL do HĐND xã ban hành"]


# Round 16: an area heading that names its tasks' lead, helpers or deadline ("I | CẢI CÁCH THỂ CHẾ | Tư pháp") was a
# task of its own on main, stored as such (with "Năm 2026" it was not even asked about); a remediation table's Roman
# row (code, cause, remedy) is still the area and its first task at once (sample 000).
def test_an_area_heading_naming_a_lead_is_no_task_and_its_tasks_share_what_it_names():
    r = _read(["STT,Nội dung,Chủ trì,Phối hợp,Thời gian",
               "I,CẢI CÁCH THỂ CHẾ,Tư pháp,Các ban ngành,Năm 2026",
               "1,Rà soát văn bản QPPL,,,",
               "2,Kiểm tra văn bản,Văn phòng,,Quý II/2026",
               "II,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,Văn phòng,,",
               "3,Niêm yết TTHC,Một cửa,,Tháng 3/2026"])
    assert [(t.stt, t.lead, t.coordinators, t.deadline_text, str(t.due_date)) for t in r.tasks] == [
        ("1", "Tư pháp", "Các ban ngành", "Năm 2026", "2026-12-31"),
        ("2", "Văn phòng", "Các ban ngành", "Quý II/2026", "2026-06-30"),
        ("3", "Một cửa", "", "Tháng 3/2026", "2026-03-31")]
    assert [t.group for t in r.tasks] == ["CẢI CÁCH THỂ CHẾ"] * 2 + ["CẢI CÁCH THỦ TỤC HÀNH CHÍNH"]


def test_a_heading_over_items_marked_in_the_content_column_stays_a_heading():
    r = _read(ROWS[:4] + ["2,Cải cách TTHC,,", ",- Niêm yết TTHC,,", ",- Số hóa hồ sơ,,", "3,Cải cách tài chính,,",
                          "3.1,Công khai ngân sách,Kế toán,Quý I/2026"])
    assert [(t.content, t.group) for t in r.tasks][2:4] == [("Niêm yết TTHC", "Cải cách TTHC"),
                                                            ("Số hóa hồ sơ", "Cải cách TTHC")]


# Round 16: a workbook of a sheet an annex ("Phụ lục I", "Phụ lục II") was read from its first sheet alone, the
# second's tasks left out, exit 0, not a word.
def test_the_other_sheets_holding_tasks_are_said():
    import io

    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["STT", "Nội dung", "Chủ trì", "Thời gian"])
    wb.active.append([1, "Rà soát TTHC", "Văn phòng", "Quý I/2026"])
    ws = wb.create_sheet("Phụ lục II")
    ws.append(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"])
    ws.append([1, "Tuyên truyền CCHC", "Văn hóa", "Quý III/2026"])
    buf = io.BytesIO()
    wb.save(buf)
    r = parse_bytes(buf.getvalue(), "ke-hoach.xlsx", plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát TTHC"]
    assert any("còn 1 trang tính khác" in str(n) for n in r.notes)


# Round 16: a second table under a header of its own (an .html or Word file's "Phụ lục II", with a "Phối hợp" column
# the first lacks) was read with the first table's columns: its header came in as a task "Nội dung công việc", its
# rows' helpers as their deadline ("Đoàn TN"), their deadline "Quý III/2026" dropped.
def test_a_second_table_with_its_own_header_is_read_with_its_own_columns():
    from parapp.core.importing.parse import parse_text

    html = ("<table><tr><td>STT</td><td>Nội dung</td><td>Chủ trì</td><td>Thời gian</td></tr>"
            "<tr><td>1</td><td>Rà soát TTHC</td><td>Văn phòng</td><td>Quý I/2026</td></tr></table><p>Phụ lục II</p>"
            "<table><tr><td>TT</td><td>Nội dung công việc</td><td>Đơn vị chủ trì</td><td>Phối hợp</td><td>Thời hạn</td>"
            "</tr><tr><td>1</td><td>Tuyên truyền CCHC</td><td>Văn hóa</td><td>Đoàn TN</td><td>Quý III/2026</td></tr>"
            "</table>")
    r = parse_text("", html=html, plan_year=2026)
    assert [(t.content, t.lead, t.coordinators, t.deadline_text) for t in r.tasks] == [
        ("Rà soát TTHC", "Văn phòng", "", "Quý I/2026"), ("Tuyên truyền CCHC", "Văn hóa", "Đoàn TN", "Quý III/2026")]


def test_a_second_word_table_with_its_own_header_is_read_with_its_own_columns():
    import io

    import docx

    d = docx.Document()
    for rows in ([["STT", "Nội dung", "Chủ trì", "Thời gian"], ["1", "Rà soát TTHC", "Văn phòng", "Quý I/2026"]],
                 [["TT", "Nội dung công việc", "Đơn vị chủ trì", "Phối hợp", "Thời hạn"],
                  ["1", "Tuyên truyền CCHC", "Văn hóa", "Đoàn TN", "Quý III/2026"]]):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
        d.add_paragraph("Phụ lục II")
    buf = io.BytesIO()
    d.save(buf)
    r = parse_bytes(buf.getvalue(), "ke-hoach.docx", plan_year=2026)
    assert [(t.content, t.coordinators, t.deadline_text) for t in r.tasks] == [
        ("Rà soát TTHC", "", "Quý I/2026"), ("Tuyên truyền CCHC", "Đoàn TN", "Quý III/2026")]


def test_a_numbered_task_above_a_repeated_header_is_a_task():
    # the table crossed a page right under task "2" and its header was repeated there (a PDF converted to Word)
    r = _read(ROWS[:5] + ["STT,Nội dung,Chủ trì,Thời gian"] + ROWS[5:])
    assert ("2", "Tuyên truyền CCHC trên đài truyền thanh xã") in [(t.stt, t.content) for t in r.tasks]

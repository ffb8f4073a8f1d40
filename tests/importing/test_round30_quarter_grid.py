"""Round 30C F4: the time written as a grid, "Thời gian thực hiện" over "Quý I | Quý II | Quý III | Quý IV" (or
months) with an "x" in the quarters a task runs in, the commonest shape after one deadline column. Every task came in
with no deadline or the deadline "x" (asked for one, what the plan said left out), and the row of quarter names was
refused as a row with no task content. Now the marked quarters are the task's deadline ("Quý II - Quý III")."""

from __future__ import annotations

import datetime as dt
import io

import docx
import openpyxl

from parapp.core.importing.parse import parse_bytes, parse_text

H1 = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "", "", ""]
H2 = ["", "", "", "Quý I", "Quý II", "Quý III", "Quý IV"]
ROWS = [["I", "CẢI CÁCH THỂ CHẾ", "", "", "", "", ""],
        ["1", "Rà soát văn bản", "Tư pháp", "x", "x", "", ""],
        ["2", "Tuyên truyền", "Văn hóa", "", "", "X", ""],
        ["3", "Báo cáo", "Văn phòng", "x", "x", "x", "x"],
        ["4", "Kiểm tra", "Tư pháp", "x", "", "x", ""],
        ["5", "Họp", "Văn phòng", "", "", "", ""]]
WANT = [("Rà soát văn bản", "Quý I - Quý II", dt.date(2027, 6, 30)),
        ("Tuyên truyền", "Quý III", dt.date(2027, 9, 30)),
        ("Báo cáo", "Quý I - Quý IV", dt.date(2027, 12, 31)),
        ("Kiểm tra", "Quý I, Quý III", dt.date(2027, 3, 31)),  # several: the first, as a list is read
        ("Họp", "", None)]


def _check(r):
    assert [(t.content, t.deadline_text, t.due_date) for t in r.tasks] == WANT
    assert not r.problems
    assert not [n for n in r.notes if "không nhận ra" in n]


def test_a_paste():
    _check(parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(r) for r in [H1, H2, *ROWS]) + "\n",
                      plan_year=2027))


def test_excel_merged():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["KẾ HOẠCH CCHC NĂM 2027"], [], H1, H2, *ROWS]:
        ws.append(r)
    for rng in ("D3:G3", "A3:A4", "B3:B4", "C3:C4", "B5:G5"):
        ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.xlsx", plan_year=2027))


def test_word_merged():
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH CCHC NĂM 2027")
    t = d.add_table(rows=0, cols=7)
    for r in [H1, H2, *ROWS]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    t.rows[0].cells[3].merge(t.rows[0].cells[6]).text = "Thời gian thực hiện"
    for col in range(3):
        text = t.rows[0].cells[col].text
        t.rows[0].cells[col].merge(t.rows[1].cells[col]).text = text
    buf = io.BytesIO()
    d.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.docx", plan_year=2027))


def test_months_and_one_row():
    head = ["STT", "Nội dung", "Chủ trì"] + [f"Tháng {m}" for m in range(1, 13)]
    rows = [["1", "Rà soát văn bản", "Tư pháp"] + ["x" if m in (3, 4, 5) else "" for m in range(1, 13)],
            ["2", "Tuyên truyền", "Văn hóa"] + ["x" if m == 12 else "" for m in range(1, 13)]]
    r = parse_text("\n".join("\t".join(x) for x in [head, *rows]) + "\n", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [("Tháng 3 - Tháng 5", dt.date(2027, 5, 31)),
                                                                 ("Tháng 12", dt.date(2027, 12, 31))]


def test_a_deadline_column_beside_is_left_alone():
    text = ("STT\tNội dung\tChủ trì\tThời hạn\tGhi chú\n1\tRà soát văn bản\tTư pháp\tQuý I\tQuý II\n")
    r = parse_text(text, plan_year=2027)
    assert [(t.deadline_text, t.note) for t in r.tasks] == [("Quý I", "Quý II")]


def test_months_in_one_row_of_a_workbook():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["KẾ HOẠCH CCHC NĂM 2027"])
    ws.append(["STT", "Nội dung", "Chủ trì"] + [f"Tháng {m}" for m in range(1, 13)])
    ws.append(["1", "Rà soát văn bản", "Tư pháp"] + ["x" if m in (3, 4, 5) else None for m in range(1, 13)])
    buf = io.BytesIO()
    wb.save(buf)
    r = parse_bytes(buf.getvalue(), "kh.xlsx", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [("Tháng 3 - Tháng 5", dt.date(2027, 5, 31))]


def test_quarters_with_their_year_across_the_turn():
    head = ["STT", "Nội dung", "Chủ trì", "Thời gian", "", ""]
    names = ["", "", "", "Quý IV/2026", "Quý I/2027", "Quý II/2027"]
    rows = [["1", "Rà soát văn bản", "Tư pháp", "x", "x", ""]]
    r = parse_text("\n".join("\t".join(x) for x in [head, names, *rows]) + "\n", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [("Quý IV/2026 - Quý I/2027", dt.date(2027, 3, 31))]


def _merged_rows():
    return [["1", "Rà soát văn bản", "Tư pháp", "x", "", "", ""],   # merged across Quý I - Quý III
            ["2", "Tuyên truyền", "Văn hóa", "", "x", "", ""]]     # merged across Quý II - Quý IV


def test_a_mark_merged_across_quarters_in_a_workbook():
    """F6: a mark merged across the quarters a task runs in (a bar, as plans draw them) was read as its first quarter
    alone: a task running to quý III due 31/3, six months early."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["KẾ HOẠCH CCHC NĂM 2027"], [], H1, H2, *_merged_rows()]:
        ws.append(r)
    for rng in ("D3:G3", "D5:F5", "E6:G6"):
        ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    r = parse_bytes(buf.getvalue(), "kh.xlsx", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [("Quý I - Quý III", dt.date(2027, 9, 30)),
                                                                 ("Quý II - Quý IV", dt.date(2027, 12, 31))]


def test_a_mark_merged_across_quarters_in_word():
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH CCHC NĂM 2027")
    t = d.add_table(rows=0, cols=7)
    for r in [H1, H2, *_merged_rows()]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    t.rows[0].cells[3].merge(t.rows[0].cells[6]).text = "Thời gian thực hiện"
    t.rows[2].cells[3].merge(t.rows[2].cells[5]).text = "x"
    t.rows[3].cells[4].merge(t.rows[3].cells[6]).text = "x"
    buf = io.BytesIO()
    d.save(buf)
    r = parse_bytes(buf.getvalue(), "kh.docx", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [("Quý I - Quý III", dt.date(2027, 9, 30)),
                                                                 ("Quý II - Quý IV", dt.date(2027, 12, 31))]


def test_a_mark_merged_across_quarters_in_html():
    rows = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in [H1[:4] + [""] * 3, H2])
    rows += ("<tr><td>1</td><td>Rà soát văn bản</td><td>Tư pháp</td><td colspan=3>x</td><td></td></tr>"
             "<tr><td>2</td><td>Tuyên truyền</td><td>Văn hóa</td><td></td><td colspan=3>x</td></tr>")
    page = f"<html><body><p>KẾ HOẠCH CCHC NĂM 2027</p><table>{rows}</table></body></html>"
    r = parse_bytes(page.encode(), "kh.html", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [("Quý I - Quý III", dt.date(2027, 9, 30)),
                                                                 ("Quý II - Quý IV", dt.date(2027, 12, 31))]


def test_bare_numbers_under_a_top_cell_naming_quarters_or_months():
    rows = [["1", "Rà soát văn bản", "Tư pháp", "", "x", "x", ""]]
    for top, names, want in (("Thời gian thực hiện (Quý)", ["I", "II", "III", "IV"], "Quý II - Quý III"),
                             ("Tiến độ theo tháng", ["1", "2", "3", "4"], "Tháng 2 - Tháng 3")):
        text = "\n".join("\t".join(x) for x in [H1[:3] + [top, "", "", ""], ["", "", ""] + names, *rows]) + "\n"
        r = parse_text(text, plan_year=2027)
        assert [t.deadline_text for t in r.tasks] == [want]
        assert not r.problems


def test_bare_numbers_under_a_time_naming_no_period_are_left():
    text = "\n".join("\t".join(x) for x in [H1, ["", "", "", "1", "2", "3", "4"],
                                            ["1", "Rà soát văn bản", "Tư pháp", "Quý II", "", "", ""]]) + "\n"
    r = parse_text(text, plan_year=2027)
    assert [t.deadline_text for t in r.tasks] == ["Quý II"]


def test_a_date_written_in_a_quarters_cell_is_the_deadline():
    rows = [["1", "Rà soát văn bản", "Tư pháp", "15/3", "", "", ""],
            ["2", "Tuyên truyền", "Văn hóa", "", "", "Tháng 8", ""]]
    r = parse_text("\n".join("\t".join(x) for x in [H1, H2, *rows]) + "\n", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [("15/3", dt.date(2027, 3, 15)),
                                                                 ("Tháng 8", dt.date(2027, 8, 31))]

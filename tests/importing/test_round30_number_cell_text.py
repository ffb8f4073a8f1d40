"""Round 30C F1: a task written in the number cell merged across "STT | Nội dung" (so the content cell empty), with its
lead and deadline in their own cells ("1. Rà soát văn bản" | | Tư pháp | Quý II, "- Tuyên truyền trên loa" | | Văn hóa
| Quý IV), was refused as "Dòng không có nội dung nhiệm vụ" though it has content: the task, its lead and deadline left
out of the import."""

from __future__ import annotations

import datetime as dt
import io

import docx
import openpyxl

from parapp.core.importing.parse import parse_bytes, parse_text

HEAD = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
ROWS = [["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
        ["1. Rà soát văn bản QPPL", "", "Tư pháp", "Văn phòng", "Quý II/2027"],
        ["2", "Tuyên truyền pháp luật", "Tư pháp", "Các đoàn thể", "Quý III"],
        ["- Tuyên truyền trên loa truyền thanh", "", "Văn hóa", "", "Quý IV"],
        ["3) Kiểm tra văn bản", "", "Tư pháp", "", "Tháng 10"],
        ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "Văn phòng", "", ""],
        ["1.1. Công khai thủ tục hành chính", "", "Văn phòng", "", "Thường xuyên"],
        ["Số hóa hồ sơ thủ tục hành chính", "", "Văn phòng", "", "Tháng 6"]]
WANT = [("1", "Rà soát văn bản QPPL", "Tư pháp", "Văn phòng", dt.date(2027, 6, 30), "2"),
        ("2", "Tuyên truyền pháp luật", "Tư pháp", "Các đoàn thể", dt.date(2027, 9, 30), "2"),
        ("-", "Tuyên truyền trên loa truyền thanh", "Văn hóa", "Các đoàn thể", dt.date(2027, 12, 31), "2"),
        ("3", "Kiểm tra văn bản", "Tư pháp", "", dt.date(2027, 10, 31), "2"),
        ("1.1", "Công khai thủ tục hành chính", "Văn phòng", "", dt.date(2027, 12, 31), "3"),
        ("", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng", "", dt.date(2027, 6, 30), "3")]


def _check(r):
    assert [(t.stt, t.content, t.lead, t.coordinators, t.due_date, t.area_code) for t in r.tasks] == WANT
    assert not [p for p in r.problems if "không có nội dung" in p.message]


def test_a_paste():
    text = "KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(r) for r in [HEAD, *ROWS]) + "\n"
    _check(parse_text(text, plan_year=2027))


def test_excel_merged():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["KẾ HOẠCH CCHC NĂM 2027"], [], HEAD, *ROWS]:
        ws.append(r)
    for n, r in enumerate(ROWS, start=4):
        if not r[1]:
            ws.merge_cells(f"A{n}:B{n}")
    buf = io.BytesIO()
    wb.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.xlsx", plan_year=2027))


def test_word_merged():
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH CCHC NĂM 2027")
    t = d.add_table(rows=0, cols=5)
    for r in [HEAD, *ROWS]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
        if not r[1]:
            cells[0].merge(cells[1])
            cells[0].text = r[0]
    buf = io.BytesIO()
    d.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.docx", plan_year=2027))


def test_a_number_or_mark_alone_stays():
    text = ("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\t".join(HEAD) + "\n1\tRà soát văn bản\tTư pháp\t\tQuý II\n"
            "II\t\tVăn phòng\t\tQuý III\n")
    r = parse_text(text, plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản"]


def test_a_note_merged_across_under_the_table_is_no_task_text():
    text = ("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\t".join(HEAD) + "\n1\tRà soát văn bản\tTư pháp\t\tQuý II\n"
            "Ghi chú: kinh phí thực hiện từ nguồn ngân sách xã\t\t\t\t\n")
    r = parse_text(text, plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản"]

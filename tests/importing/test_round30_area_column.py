"""Round 30C F5: a plan naming each task's area in a column of its own ("STT | Lĩnh vực | Nội dung nhiệm vụ | …",
the area merged down over its tasks in Excel or Word) had that column left out ("không nhận ra"): each task's area was
guessed from its own words, "Kiểm tra việc công khai thủ tục hành chính trong văn bản" filed under thủ tục hành chính
where the plan says thể chế, not a word said, and the others asked. The column now gives the tasks' area, as a heading
row over them would."""

from __future__ import annotations

import io

import docx
import openpyxl

from parapp.core.importing.parse import parse_bytes, parse_text

HEAD = ["STT", "Lĩnh vực", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"]
ROWS = [["1", "Cải cách thể chế", "Rà soát văn bản QPPL", "Tư pháp", "Quý II"],
        ["2", "", "Kiểm tra việc công khai thủ tục hành chính trong văn bản", "Tư pháp", "Quý III"],
        ["3", "Cải cách thủ tục hành chính", "Tuyên truyền", "Văn phòng", "Quý III"],
        ["4", "Cải cách tài chính công", "Báo cáo", "Kế toán", "Quý IV"],
        ["5", "Tuyên truyền CCHC", "Phát thanh trên loa", "Văn hóa", "Quý IV"]]
WANT = [("1", "Rà soát văn bản QPPL", "2", "Cải cách thể chế"),
        ("2", "Kiểm tra việc công khai thủ tục hành chính trong văn bản", "2", "Cải cách thể chế"),
        ("3", "Tuyên truyền", "3", "Cải cách thủ tục hành chính"),
        ("4", "Báo cáo", "6", "Cải cách tài chính công"),
        ("5", "Phát thanh trên loa", "", "Tuyên truyền CCHC")]


def _check(r):
    assert [(t.stt, t.content, t.area_code, t.group) for t in r.tasks] == WANT
    assert [t.lead for t in r.tasks] == ["Tư pháp", "Tư pháp", "Văn phòng", "Kế toán", "Văn hóa"]
    assert not r.problems
    assert not [n for n in r.notes if "Lĩnh vực" in n]


def test_a_paste():
    _check(parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(r) for r in [HEAD, *ROWS]) + "\n",
                      plan_year=2027))


def test_excel_merged():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["KẾ HOẠCH CCHC NĂM 2027"], [], HEAD, *ROWS]:
        ws.append(r)
    ws.merge_cells("B4:B5")
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
    t.rows[1].cells[1].merge(t.rows[2].cells[1]).text = "Cải cách thể chế"
    buf = io.BytesIO()
    d.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.docx", plan_year=2027))


def test_without_a_number_column():
    head = ["Lĩnh vực", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"]
    rows = [["Cải cách thể chế", "Rà soát văn bản QPPL", "Tư pháp", "Quý II"],
            ["", "Kiểm tra việc công khai thủ tục hành chính trong văn bản", "Tư pháp", "Quý III"]]
    r = parse_text("\n".join("\t".join(x) for x in [head, *rows]) + "\n", plan_year=2027)
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản QPPL", "2"), ("Kiểm tra việc công khai thủ tục hành chính trong văn bản", "2")]

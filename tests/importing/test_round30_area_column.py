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


def test_a_task_column_over_a_column_of_what_is_done():
    """F9: "Nhiệm vụ | Nội dung thực hiện", the task merged down over what is done for it: every row came in with the
    task's words ("Cải cách thủ tục hành chính" three times), what each row does lost (named as a column not read)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["KẾ HOẠCH CCHC NĂM 2027"], ["STT", "Nhiệm vụ", "Nội dung thực hiện", "Đơn vị chủ trì", "Thời hạn"],
              [1, "Cải cách thủ tục hành chính", "Rà soát TTHC", "Văn phòng", "Quý II"],
              [2, None, "Công khai TTHC", "Văn phòng", "Quý III"],
              [3, "Tuyên truyền CCHC", "Phát thanh trên loa", "Văn hóa", "Quý IV"],
              [4, "Kiểm tra công vụ", None, "Văn phòng", "Quý IV"]]:
        ws.append(r)
    ws.merge_cells("B3:B4")
    buf = io.BytesIO()
    wb.save(buf)
    r = parse_bytes(buf.getvalue(), "kh.xlsx", plan_year=2027)
    assert [(t.stt, t.content, t.area_code, t.deadline_text) for t in r.tasks] == [
        ("1", "Cải cách thủ tục hành chính: Rà soát TTHC", "3", "Quý II"),
        ("2", "Cải cách thủ tục hành chính: Công khai TTHC", "3", "Quý III"),
        ("3", "Tuyên truyền CCHC: Phát thanh trên loa", "", "Quý IV"),
        ("4", "Kiểm tra công vụ", "5", "Quý IV")]
    assert not [p for p in r.problems if "nội dung" in p.message] and not r.notes


def test_areas_in_the_task_column_stay_areas():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tNhiệm vụ cụ thể\tĐơn vị chủ trì\tThời hạn\n"
                   "I\tCẢI CÁCH THỂ CHẾ\t\t\t\n1\tRà soát văn bản\tvề đất đai\tTư pháp\tQuý II\n"
                   "\t\tvề hộ tịch\tTư pháp\tQuý III\n2\tTuyên truyền pháp luật\t\tTư pháp\tQuý IV\n"
                   "II\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\n1\tCông khai TTHC\tNiêm yết\tVăn phòng\tQuý II\n",
                   plan_year=2027)
    assert [(t.stt, t.content, t.area_code, t.group) for t in r.tasks] == [
        ("1", "Rà soát văn bản: về đất đai", "2", "CẢI CÁCH THỂ CHẾ"),
        ("", "về hộ tịch", "2", "CẢI CÁCH THỂ CHẾ"),
        ("2", "Tuyên truyền pháp luật", "2", "CẢI CÁCH THỂ CHẾ"),
        ("1", "Công khai TTHC: Niêm yết", "3", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")]
    assert not r.problems and not r.notes


def test_more_areas_than_fifteen():
    rows = [[str(i), f"Lĩnh vực {i}", f"Việc {i}", "Văn phòng", "Quý II"] for i in range(1, 21)]
    r = parse_text("\n".join("\t".join(x) for x in [HEAD, *rows]) + "\n", plan_year=2027)
    assert [t.group for t in r.tasks] == [f"Lĩnh vực {i}" for i in range(1, 21)]


def test_a_results_column_is_no_detail():
    r = parse_text("STT\tNội dung công việc\tKết quả công việc\tChủ trì\tThời hạn\n"
                   "1\tRà soát văn bản\tBáo cáo\tTư pháp\tQuý II\n", plan_year=2027)
    assert [(t.content, t.group) for t in r.tasks] == [("Rà soát văn bản", "")]


def test_areas_headed_in_rows_of_their_own_stay():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tLĩnh vực\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời hạn\n"
                   "I\t\tCẢI CÁCH THỂ CHẾ\t\t\n1\tTuyên truyền\tTuyên truyền pháp luật\tTư pháp\tQuý II\n",
                   plan_year=2027)
    assert [(t.content, t.area_code, t.group) for t in r.tasks] == [
        ("Tuyên truyền pháp luật", "2", "CẢI CÁCH THỂ CHẾ")]

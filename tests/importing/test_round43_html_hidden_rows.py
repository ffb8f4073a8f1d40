"""Round 43C F6: a plan table from Excel as HTML (a workbook saved as a web page, .htm, or Excel's copy on the
clipboard), rows hidden in it: Excel writes them with "display:none" (neither Excel nor a browser shows them). They
were read as tasks, a task the clerk hid (another unit's, an old one) stored among his own, exit 0, where the same
.xlsx leaves them out and says so (41C). They are now left out and said; a hidden area row still heads its tasks."""

from __future__ import annotations

from parapp.core.importing.parse import parse_bytes, parse_text

PAGE = """<html><body><table>
<tr><td>STT</td><td>Nội dung</td><td>Cơ quan chủ trì</td><td>Thời gian hoàn thành</td></tr>
<tr height=0 style='display:none'><td>I</td><td colspan=3>CẢI CÁCH THỂ CHẾ</td></tr>
<tr><td>1</td><td>Rà soát văn bản quy phạm pháp luật</td><td>Tư pháp</td><td>Quý I</td></tr>
<tr height=0 style='display:none'><td>2</td><td>Kiểm tra công vụ năm 2025</td><td>Văn phòng</td><td>Quý II</td></tr>
<tr><td>3</td><td>Tuyên truyền pháp luật</td><td>Tư pháp</td><td>Quý III</td></tr>
</table></body></html>"""


def _read(result) -> tuple[list, list]:
    return ([(t.content, t.area_name.split(" (")[0]) for t in result.tasks],
            [n for n in result.notes if "ẩn" in n])


def test_hidden_rows_of_an_excel_web_page_are_left_out_and_said():
    tasks, said = _read(parse_bytes(PAGE.encode(), "kế hoạch.htm", plan_year=2027))
    assert tasks == [("Rà soát văn bản quy phạm pháp luật", "Cải cách thể chế"),
                     ("Tuyên truyền pháp luật", "Cải cách thể chế")]
    assert len(said) == 1 and "1 dòng" in said[0]


def test_and_from_excel_s_copy_on_the_clipboard():
    text = "\n".join("\t".join(r) for r in (["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
                                            ["1", "Rà soát văn bản quy phạm pháp luật", "Tư pháp", "Quý I"]))
    tasks, said = _read(parse_text(text, html=PAGE, plan_year=2027))
    assert [c for c, _ in tasks] == ["Rà soát văn bản quy phạm pháp luật", "Tuyên truyền pháp luật"]
    assert len(said) == 1

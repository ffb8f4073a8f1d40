"""Round 44C F5: a plan table from Excel as HTML (a workbook saved as a web page, or Excel's copy on the clipboard)
with a column hidden in Excel: Excel writes each of its cells "<td style='display:none'>". A hidden column "Thời hạn
hoàn thành" holding last year's deadlines ("Quý IV/2025") was read as the deadline column, every task due in 2025 (all
overdue on import), and the shown column "Thời gian hoàn thành" (Quý I, Quý III) was said unknown, with the advice to
rename it "Ghi chú"; exit 0. A hidden column is now read as Excel shows the table (not at all) and said, as an .xlsx's
hidden column is (41C)."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_bytes, parse_text

PAGE = """<html><body><table>
<col width=40><col width=300><col width=0 style='display:none'><col width=120><col width=100>
<tr><td>STT</td><td>Nội dung</td><td style='display:none'>Thời hạn hoàn thành</td><td>Cơ quan chủ trì</td>
<td>Thời gian hoàn thành</td></tr>
<tr><td>1</td><td>Rà soát văn bản quy phạm pháp luật</td><td style='display:none'>Quý IV/2025</td><td>Tư pháp</td>
<td>Quý I</td></tr>
<tr><td>2</td><td>Tuyên truyền pháp luật</td><td class=xl65 style='display:none'><b>Quý II/2025</b></td><td>Tư pháp</td>
<td>Quý III</td></tr>
</table></body></html>"""


def _check(r) -> None:
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [("Quý I", dt.date(2027, 3, 31)),
                                                               ("Quý III", dt.date(2027, 9, 30))]
    assert not [n for n in r.notes if "không nhận ra" in str(n)]
    said = [n for n in r.notes if "cột ẩn" in str(n)]
    assert len(said) == 1 and said[0].args == (3,)  # the header's cell and two deadlines


def test_a_hidden_column_of_an_excel_web_page_is_not_read():
    _check(parse_bytes(PAGE.encode(), "kế hoạch.htm", plan_year=2027, year_hint=False))


def test_nor_from_excel_s_copy_on_the_clipboard():
    text = ("STT\tNội dung\tThời hạn hoàn thành\tCơ quan chủ trì\tThời gian hoàn thành\n"
            "1\tRà soát văn bản quy phạm pháp luật\tQuý IV/2025\tTư pháp\tQuý I\n"
            "2\tTuyên truyền pháp luật\tQuý II/2025\tTư pháp\tQuý III\n")
    _check(parse_text(text, html=PAGE, plan_year=2027, year_hint=False))

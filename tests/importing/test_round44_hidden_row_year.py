"""Round 44C L1 (left by 43C): a plan table from Excel saved as a web page, a filtered-out row in it
("<tr style='display:none'>", "Kiểm tra công vụ năm 2025"). 43C F6 leaves the row out of the tasks, but its text still
counted when the plan's year was guessed from the page: a page naming no other year was read as 2025's, "Quý I" due
31/3/2025 (the CLI's dry run into a new plan too), exit 0. A hidden row's text is now no more the page's than its cells
are the table's: the year is the one the shown text gives (here none: the year chosen)."""

from __future__ import annotations

from parapp.core.importing.html_tables import html_text
from parapp.core.importing.parse import parse_bytes

PAGE = """<html><body><table>
<tr><td>STT</td><td>Nội dung</td><td>Cơ quan chủ trì</td><td>Thời gian hoàn thành</td></tr>
<tr><td>1</td><td>Rà soát văn bản quy phạm pháp luật</td><td>Tư pháp</td><td>Quý I</td></tr>
<tr height=0 style='display:none'><td>2</td><td>Kiểm tra công vụ năm 2025</td><td>Văn phòng</td><td>Quý II</td></tr>
<tr><td>3</td><td>Tổng kết công tác năm 2027</td><td>Tư pháp</td><td>Quý III</td></tr>
<tr style='display:none'><td>4</td><td>Tổng kết năm 2025<table><tr><td>x</td></tr></table> năm 2025</td></tr>
</table></body></html>"""


def test_a_hidden_row_s_year_is_not_the_plan_s():
    r = parse_bytes(PAGE.encode(), "kế hoạch.htm", plan_year=2027)
    assert r.year == 2027 and r.stated == 2027
    assert [t.due_date.isoformat() for t in r.tasks] == ["2027-03-31", "2027-09-30"]


def test_the_page_text_leaves_the_hidden_rows_out_but_keeps_the_next_shown_one():
    text = html_text(PAGE)
    assert "2025" not in text and "Kiểm tra" not in text and "x" not in text.split()
    assert "Rà soát văn bản" in text and "Tổng kết công tác năm 2027" in text
    # a row written without its "</tr>": the next row ends the hidden one
    assert "Sau" in html_text("<table><tr style='display:none'><td>Ẩn<tr><td>Sau</td></tr></table>")

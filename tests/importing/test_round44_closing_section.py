"""Round 44C F3: a prose plan whose closing section is a line of its own with no number ("Tổ chức thực hiện:", as a
short plan writes its parts in bold): it was read as a post's line, so the two lines under it ("- Công chức Văn phòng -
Thống kê theo dõi, tổng hợp, báo cáo kết quả thực hiện.") came in as tasks of the last area with the lead "Tổ chức
thực hiện", a lead no one typed, exit 0 ("III. TỔ CHỨC THỰC HIỆN" ends the areas). Such a line now ends them too."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật. Thời gian: Quý I
2. Cải cách thủ tục hành chính
- Niêm yết thủ tục hành chính. Thời gian: Quý III
{0}
- Công chức Văn phòng - Thống kê theo dõi, tổng hợp, báo cáo kết quả thực hiện.
- Các công chức chuyên môn căn cứ nhiệm vụ được giao triển khai thực hiện.
"""


@pytest.mark.parametrize("title", ["Tổ chức thực hiện:", "**TỔ CHỨC THỰC HIỆN**", "Trách nhiệm thực hiện"])
def test_the_closing_section_s_lines_are_no_tasks(title):
    r = parse_text(PLAN.format(title), plan_year=2027)
    assert [(t.content, t.lead) for t in r.tasks] == [("Rà soát văn bản quy phạm pháp luật.", ""),
                                                      ("Niêm yết thủ tục hành chính.", "")]


def test_a_task_so_named_with_more_words_is_still_one():
    r = parse_text(PLAN.format("- Tổ chức thực hiện Đề án 06 tại bộ phận một cửa."), plan_year=2027)
    assert "Tổ chức thực hiện Đề án 06 tại bộ phận một cửa." in [t.content for t in r.tasks]


def test_a_task_s_line_wrapped_on_those_words_is_no_title():
    wrapped = "- Xây dựng kế hoạch niêm yết và\ntổ chức thực hiện\ntại bộ phận một cửa. Thời gian: Quý III"
    text = PLAN.format("").replace("- Niêm yết thủ tục hành chính. Thời gian: Quý III", wrapped)
    assert "Xây dựng kế hoạch niêm yết và tổ chức thực hiện tại bộ phận một cửa." in [
        t.content for t in parse_text(text, plan_year=2027).tasks]

"""Round 27C F5: a heading in capitals with no number that names no area ("XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN KẾ HOẠCH
THEO DÕI THI HÀNH PHÁP LUẬT" over tasks 2 and 3) was glued onto the task above it: task 1 was stored as "Rà soát văn
bản XÂY DỰNG VÀ TỔ CHỨC …", exit 0, not a word said. Round 26C took such a row for a heading only when it names an
area. It is now the group of the tasks under it, as a numbered heading is."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

PLAN = ("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n"
        "I\tCẢI CÁCH THỂ CHẾ\t\t\n"
        "1\tRà soát văn bản\tTư pháp\tQuý I\n"
        "\tTHEO DÕI THI HÀNH PHÁP LUẬT\t\t\n"
        "2\tXây dựng kế hoạch theo dõi\tTư pháp\tQuý II\n"
        "3\tKiểm tra thi hành\tTư pháp\tQuý III\n")


def test_a_heading_in_capitals_is_not_the_task_aboves_text():
    r = parse_text(PLAN, plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Xây dựng kế hoạch theo dõi", "Kiểm tra thi hành"]
    assert [t.group for t in r.tasks][1:] == ["THEO DÕI THI HÀNH PHÁP LUẬT"] * 2
    assert [t.area_code for t in r.tasks] == ["2", "2", "2"]


def test_a_lower_case_continuation_is_still_the_tasks_text():
    r = parse_text(PLAN.replace("THEO DÕI THI HÀNH PHÁP LUẬT", "và các văn bản liên quan"), plan_year=2027)
    assert r.tasks[0].content == "Rà soát văn bản và các văn bản liên quan"


def test_a_word_in_capitals_ending_a_task_is_still_its_text():
    r = parse_text(PLAN.replace("THEO DÕI THI HÀNH PHÁP LUẬT", "QPPL"), plan_year=2027)
    assert r.tasks[0].content == "Rà soát văn bản QPPL"


def test_areas_numbered_in_unicode_roman_numerals():
    """F11: areas numbered "Ⅰ", "Ⅱ" (U+2160…, as Word's numbering or a font's symbols give them) or tasks numbered in
    full-width digits ("１"): each area became a task with no deadline and the tasks under it lost their area. Round
    26D read them in criteria sets only."""
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n"
                   "Ⅰ\tCẢI CÁCH THỂ CHẾ\t\t\n1\tRà soát văn bản\tTư pháp\tQuý I\n"
                   "Ⅱ.\tCải cách tài chính công\t\t\n１\tLập dự toán\tKế toán\tQuý III\n", plan_year=2027)
    assert [(t.content, t.area_code) for t in r.tasks] == [("Rà soát văn bản", "2"), ("Lập dự toán", "6")]


@pytest.mark.parametrize("total", ["\tTổng\t\t\t15 triệu", "\tTổng kinh phí\t\t\t15 triệu",
                                   "\tCộng (I+II)\t\t\t15 triệu", "\tTổng số\t2\t\t15.000.000"])
def test_more_totals_rows_are_no_tasks(total):
    """F12: totals rows worded "Tổng", "Tổng kinh phí", "Cộng (I+II)", "Tổng số | 2" became tasks holding the whole
    budget again (counted twice); round 26C skipped "Tổng cộng", "Tổng số: …" and "Cộng" only."""
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\tKinh phí\n"
                   "1\tRà soát văn bản\tVăn phòng\tQuý I\t10 triệu\n"
                   f"2\tTuyên truyền\tVăn hóa\tQuý II\t5 triệu\n{total}\n",
                   plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Tuyên truyền"]


def test_a_task_about_totals_or_the_community_is_kept():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\tKinh phí\n"
                   "1\tRà soát văn bản\tVăn phòng\tQuý I\t10 triệu\n\tCộng đồng dân cư tham gia\t\t\t5 triệu\n"
                   "\tTổng kết công tác CCHC\tVăn phòng\tQuý IV\t\n", plan_year=2027)
    assert [t.content for t in r.tasks][-1] == "Tổng kết công tác CCHC"
    assert len(r.tasks) == 3

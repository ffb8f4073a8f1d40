"""Round 28C F7: more totals rows became tasks holding the budget again (counted twice, each asked for a deadline):
"Cộng I", "Cộng mục I", "Cộng phần II" (an area's subtotal), "Tổng (I+II+III)", "Tổng kinh phí thực hiện", "Tổng
kinh phí dự kiến". Round 27C skipped "Tổng kinh phí", "Cộng (I+II)" only."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = ("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\tKinh phí\n"
        "I\tCẢI CÁCH THỂ CHẾ\t\t\t\n1\tRà soát văn bản\tVăn phòng\tQuý I\t10 triệu\n"
        "2\tTuyên truyền\tVăn hóa\tQuý II\t5 triệu\n")


@pytest.mark.parametrize("total", ["\tCộng I\t\t\t15 triệu", "\tCộng mục I\t\t\t15 triệu",
                                   "\tCộng phần I:\t\t\t15 triệu",
                                   "\tTổng (I+II+III)\t\t\t15 triệu", "\tTổng kinh phí thực hiện\t\t\t15 triệu",
                                   "\tTổng kinh phí dự kiến\t\t\t15 triệu", "\tCỘNG I\t\t\t15 triệu"])
def test_subtotals_and_totals_are_no_tasks(total):
    r = parse_text(HEAD + total + "\n", plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Tuyên truyền"]


@pytest.mark.parametrize("task", ["3\tCộng I\tVăn phòng\tQuý III\t",
                                  "\tTổng kinh phí thực hiện được rà soát\tKế toán\tQuý IV\t",
                                  "\tCộng đồng tham gia giám sát\tMặt trận\tQuý IV\t"])
def test_a_task_so_worded_is_kept(task):
    r = parse_text(HEAD + task + "\n", plan_year=2027)
    assert len(r.tasks) == 3


@pytest.mark.parametrize("heading", ["TUYÊN TRUYỀN", "KIỂM TRA"])
def test_a_two_word_heading_in_capitals_is_not_the_task_aboves_text(heading):
    """F9: round 27C took a heading in capitals naming no area for one only from three words; "TUYÊN TRUYỀN" over
    task 2 was glued onto task 1 ("Rà soát văn bản TUYÊN TRUYỀN"), exit 0. Two Vietnamese words now do too; an
    acronym ("QPPL", "UBND HĐND") still ends the task above."""
    r = parse_text(HEAD.replace("2\tTuyên", f"\t{heading}\t\t\t\n2\tTuyên"), plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Tuyên truyền"]
    assert r.tasks[1].group == heading and r.tasks[1].area_code == r.tasks[0].area_code


@pytest.mark.parametrize("tail", ["QPPL", "UBND HĐND", "CẤP XÃ."])
def test_an_acronym_still_ends_the_task_above(tail):
    r = parse_text(HEAD.replace("2\tTuyên", f"\t{tail}\t\t\t\n2\tTuyên"), plan_year=2027)
    assert r.tasks[0].content == f"Rà soát văn bản {tail}"


@pytest.mark.parametrize("total", ["\tTổng kinh phí: 15.000.000 đồng\t\t\t", "\tTổng kinh phí 15 triệu đồng\t\t\t",
                                   "\tTổng kinh phí thực hiện: 15 triệu đồng.\t\t\t"])
def test_a_total_written_in_the_content_cell_is_not_the_last_tasks_text(total):
    """F10: "Tổng kinh phí: 15.000.000 đồng" written in the content cell was glued onto the last task ("Tuyên truyền
    Tổng kinh phí: 15.000.000 đồng"), as round 26C found "Tổng số: 2 nhiệm vụ" was."""
    r = parse_text(HEAD + total + "\n", plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Tuyên truyền"]


def test_a_budget_line_under_a_task_is_still_its_text():
    r = parse_text(HEAD + "\tKinh phí: 5 triệu đồng\t\t\t\n", plan_year=2027)
    assert r.tasks[1].content == "Tuyên truyền Kinh phí: 5 triệu đồng"

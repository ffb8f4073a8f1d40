"""Round 29C F2: more subtotal and total rows became tasks holding the budget again (counted twice, each asked for a
deadline): "Cộng I + II", "Cộng I+II", "Tổng I + II + III", "Cộng mục I, II", "Cộng phần A", "Cộng A" (round 28C read
"Cộng I", "Tổng (I+II+III)" only), and the budget's total worded otherwise: "Tổng số kinh phí", "Tổng kinh phí (triệu
đồng)", "Tổng kinh phí năm 2027", "Tổng nhu cầu kinh phí", "Tổng kinh phí thực hiện kế hoạch", "Tổng dự toán"."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = ("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\tKinh phí\n"
        "I\tCẢI CÁCH THỂ CHẾ\t\t\t\n1\tRà soát văn bản\tVăn phòng\tQuý I\t10 triệu\n"
        "2\tTuyên truyền\tVăn hóa\tQuý II\t5 triệu\n")
TASKS = ["Rà soát văn bản", "Tuyên truyền"]


@pytest.mark.parametrize("words", ["Cộng I + II", "Cộng I+II", "Tổng I + II + III", "Cộng mục I, II", "Cộng phần A",
                                   "Cộng A", "CỘNG I + II", "Tổng cộng I + II", "Cộng (I + II):",
                                   "Tổng số kinh phí", "Tổng kinh phí (triệu đồng)", "Tổng kinh phí năm 2027",
                                   "Tổng nhu cầu kinh phí", "Tổng kinh phí thực hiện kế hoạch", "Tổng dự toán",
                                   "Tổng số kinh phí thực hiện:"])
def test_subtotals_and_totals_are_no_tasks(words):
    r = parse_text(HEAD + f"\t{words}\t\t\t15 triệu\n", plan_year=2027)
    assert [t.content for t in r.tasks] == TASKS


@pytest.mark.parametrize("row", ["3\tCộng I + II\tVăn phòng\tQuý III\t",
                                 "\tTổng kinh phí thực hiện kế hoạch được rà soát\tKế toán\tQuý IV\t2 triệu",
                                 "\tTổng dự toán kinh phí năm sau\tKế toán\tQuý IV\t",
                                 "\tTổng hợp nhu cầu kinh phí\t\t\t2 triệu",
                                 "\tCộng tác viên A\tVăn hóa\tQuý III\t"])
def test_a_task_so_worded_is_kept(row):
    r = parse_text(HEAD + row + "\n", plan_year=2027)
    assert len(r.tasks) == 3


def test_a_budget_line_with_no_amount_is_still_the_tasks_text():
    r = parse_text(HEAD + "\tTổng kinh phí thực hiện kế hoạch\t\t\t\n", plan_year=2027)
    assert r.tasks[1].content == "Tuyên truyền Tổng kinh phí thực hiện kế hoạch"


def test_a_budget_sentence_with_no_budget_cell_is_still_the_tasks_text():
    r = parse_text(HEAD + "\tTổng kinh phí 20 triệu đồng do ngân sách xã bảo đảm\t\t\t\n", plan_year=2027)
    assert r.tasks[1].content == "Tuyên truyền Tổng kinh phí 20 triệu đồng do ngân sách xã bảo đảm"

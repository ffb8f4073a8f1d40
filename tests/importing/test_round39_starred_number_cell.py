"""Round 39C L2 (left by 38C): a plan's table marks its group rows with the star in brackets in the number cell, as a
note's mark is written: "(*) | Nhiệm vụ thường xuyên", "(**)", "*)", "[*]". 35C-38C read only a bare "*" there: each
such row was a task numbered "(*)" asking for a deadline (2 tasks the plan does not set in the test's table), and the
tasks under it had no group, nor the deadline the row names for them. Now the bracketed star reads as the bare one; a
task numbered so that names its own lead or deadline reads as before."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH CCHC năm 2027\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\nI\tCẢI CÁCH THỂ CHẾ\t\t\n"


def _read(body: str) -> list[tuple[str, str, str, str]]:
    return [(t.stt, t.content, t.group, t.deadline_text) for t in parse_text(HEAD + body, plan_year=2027).tasks]


@pytest.mark.parametrize("mark", ["(*)", "(**)", "*)", "[*]", "( * )", "**"])
def test_a_bracketed_star_marks_a_group_row(mark):
    body = (f"{mark}\tNhiệm vụ thường xuyên\t\t\n1\tRà soát văn bản QPPL\tTư pháp\tQuý II\n"
            f"2\tTheo dõi thi hành pháp luật\tTư pháp\tQuý IV\n{mark}\tNhiệm vụ trọng tâm\t\tQuý III\n"
            "3\tKiểm tra văn bản\tTư pháp\t\n")
    assert _read(body) == [("1", "Rà soát văn bản QPPL", "* Nhiệm vụ thường xuyên", "Quý II"),
                           ("2", "Theo dõi thi hành pháp luật", "* Nhiệm vụ thường xuyên", "Quý IV"),
                           ("3", "Kiểm tra văn bản", "* Nhiệm vụ trọng tâm", "Quý III")]


def test_a_task_numbered_with_a_bracketed_star_reads_as_before():
    body = "(*)\tRà soát văn bản QPPL do xã ban hành\tTư pháp\tQuý II\n1\tKiểm tra văn bản\tTư pháp\tQuý III\n"
    assert _read(body) == [("(*)", "Rà soát văn bản QPPL do xã ban hành", "CẢI CÁCH THỂ CHẾ", "Quý II"),
                           ("1", "Kiểm tra văn bản", "CẢI CÁCH THỂ CHẾ", "Quý III")]

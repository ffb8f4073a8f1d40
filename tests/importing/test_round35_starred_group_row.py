"""Round 35C: a table's group row marked with a star and written in a summary's case ("* Nhiệm vụ thường xuyên", no
number, nothing else in the row, over tasks) was glued onto the task above ("Rà soát TTHC * Nhiệm vụ thường xuyên"), as
27C found a heading in capitals was; it is the group of the tasks under it."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "STT\tNội dung\tChủ trì\tPhối hợp\tThời gian\n"


def test_a_starred_group_row_is_the_group_of_the_tasks_under_it():
    text = (HEAD + "1\tRà soát TTHC\tVăn phòng\tTư pháp\tQuý II\n\t* Nhiệm vụ thường xuyên\t\t\t\n"
            "2\tNiêm yết TTHC\tVăn phòng\t\tQuý I\n3\tSố hóa hồ sơ\tVăn phòng\t\tQuý III\n")
    r = parse_text(text, plan_year=2026)
    assert [(t.content, t.group) for t in r.tasks] == [
        ("Rà soát TTHC", ""), ("Niêm yết TTHC", "* Nhiệm vụ thường xuyên"),
        ("Số hóa hồ sơ", "* Nhiệm vụ thường xuyên")]


def test_a_continuation_row_in_a_summary_s_case_still_goes_on_the_task():
    text = (HEAD + "1\tRà soát TTHC\tVăn phòng\tTư pháp\tQuý II\n\tthuộc thẩm quyền của UBND xã\t\t\t\n"
            "2\tNiêm yết\tVăn phòng\t\tQuý I\n")
    assert parse_text(text, plan_year=2026).tasks[0].content == "Rà soát TTHC thuộc thẩm quyền của UBND xã"

"""Round 37C: 36C's F3 read a star group row merged across a table's row ("* Nhiệm vụ thường xuyên" in the number cell)
as the group of the tasks under it, but only with a space after the star. Typed "*Nhiệm vụ thường xuyên" (as the
content column reads it since 35C), the row was one "with no task's words", not imported, and the tasks under it had
no group."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "STT\tNội dung\tChủ trì\tThời gian\nI\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\n1\tNiêm yết TTHC\tVăn phòng\tQuý I\n"
TAIL = "2\tRà soát TTHC thuộc thẩm quyền\tVăn phòng\tQuý II\n"


def test_an_unspaced_star_group_row_in_the_number_cell_is_the_group_under_it():
    r = parse_text(HEAD + "*Nhiệm vụ thường xuyên\t\t\t\n" + TAIL, plan_year=2026)
    assert [(t.content, t.group) for t in r.tasks] == [("Niêm yết TTHC", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
                                                      ("Rà soát TTHC thuộc thẩm quyền", "* Nhiệm vụ thường xuyên")]
    assert not r.problems


def test_an_unspaced_starred_task_naming_its_lead_stays_a_task():
    r = parse_text(HEAD + "*Thực hiện nhiệm vụ khác do huyện giao\t\tVăn phòng\tCả năm\n", plan_year=2026)
    assert [t.content for t in r.tasks][-1] == "Thực hiện nhiệm vụ khác do huyện giao"

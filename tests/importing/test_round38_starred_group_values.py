"""Round 38C: a table's starred group row naming what its tasks share ("* Nhiệm vụ thường xuyên | | | Thường xuyên",
or its lead "… | Tư pháp |"), as a plan sets its regular tasks' time once on the group's row. 35C-37C read a starred
row as a group only with nothing else in it: this one was a task of its own, "* Nhiệm vụ thường xuyên" with the star in
its words, and the tasks under it had no deadline (or no lead). Now it is their group and they take what it names,
as under a numbered heading (said on its line when every task names its own); a starred task reads as before."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH CCHC năm 2027\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\nI\tCẢI CÁCH THỂ CHẾ\t\t\n"


def _read(body: str) -> list[tuple[str, str, str, str]]:
    return [(t.content, t.group, t.lead, t.deadline_text) for t in parse_text(HEAD + body, plan_year=2027).tasks]


def test_the_groups_deadline_is_its_tasks():
    body = ("\t* Nhiệm vụ thường xuyên\t\tThường xuyên\n1\tRà soát văn bản QPPL\tTư pháp\t\n"
            "2\tTheo dõi thi hành pháp luật\tTư pháp\tQuý IV\n*\tNhiệm vụ trọng tâm\t\t\n"
            "3\tKiểm tra văn bản\tTư pháp\tQuý II\n")
    assert _read(body) == [("Rà soát văn bản QPPL", "* Nhiệm vụ thường xuyên", "Tư pháp", "Thường xuyên"),
                           ("Theo dõi thi hành pháp luật", "* Nhiệm vụ thường xuyên", "Tư pháp", "Quý IV"),
                           ("Kiểm tra văn bản", "* Nhiệm vụ trọng tâm", "Tư pháp", "Quý II")]


def test_the_groups_lead_is_its_tasks():
    body = "*\tNhiệm vụ thường xuyên\tVăn phòng\t\n1\tNiêm yết TTHC\t\tQuý I\n2\tSố hóa hồ sơ\tTư pháp\tQuý II\n"
    assert _read(body) == [("Niêm yết TTHC", "* Nhiệm vụ thường xuyên", "Văn phòng", "Quý I"),
                           ("Số hóa hồ sơ", "* Nhiệm vụ thường xuyên", "Tư pháp", "Quý II")]


def test_a_value_no_task_takes_is_said():
    body = "\t* Nhiệm vụ thường xuyên\t\tCả năm\n1\tRà soát văn bản QPPL\tTư pháp\tQuý II\n"
    r = parse_text(HEAD + body, plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản QPPL"]
    assert any("Cả năm" in str(p.message) for p in r.problems)


def test_a_starred_task_naming_its_lead_reads_as_before():
    body = "\t* Rà soát văn bản QPPL do xã ban hành\tTư pháp\tQuý II\n1\tKiểm tra văn bản\tTư pháp\tQuý III\n"
    assert [c for c, *_ in _read(body)][:1] == ["* Rà soát văn bản QPPL do xã ban hành"]

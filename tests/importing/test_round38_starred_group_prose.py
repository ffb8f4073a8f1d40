"""Round 38C: a plan written as prose (pasted from Word or copied from its PDF) groups an area's items under a line
marked with a star, as its table does ("* Nhiệm vụ thường xuyên" over "- Rà soát …", "* Nhiệm vụ trọng tâm" over
"- Xây dựng …"). 35C-37C read that mark in a table's rows only: in prose "* Nhiệm vụ thường xuyên" (21 letters) became a
task of the area asking for a deadline, "* Nhiệm vụ trọng tâm" (18) was dropped without a word, and no item had its
group. Now such a line, over the items it groups, is their group (named "* …" as a table's); a starred line over no
items, or reading as a task (its stop, its lead or deadline), is read as before."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"
BODY = ("{mark}Nhiệm vụ thường xuyên{end}\n"
        "- Rà soát văn bản QPPL do xã ban hành. Chủ trì: Công chức Tư pháp - Hộ tịch. Thời gian: Quý II/2027.\n"
        "- Theo dõi thi hành pháp luật. Chủ trì: Công chức Tư pháp - Hộ tịch. Thời gian: Tháng 11/2027.\n"
        "{mark}Nhiệm vụ trọng tâm{end}\n"
        "- Xây dựng kế hoạch kiểm tra văn bản. Chủ trì: Văn phòng - Thống kê. Thời gian: Tháng 3/2027.\n")


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(t.content, t.group, t.area_name, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


@pytest.mark.parametrize(("mark", "end"), [("* ", ""), ("*", ""), ("*** ", "**")])
def test_a_starred_line_over_items_is_their_group(mark, end):
    assert _read(HEAD + BODY.format(mark=mark, end=end)) == [
        ("Rà soát văn bản QPPL do xã ban hành.", "* Nhiệm vụ thường xuyên", "Cải cách thể chế", "Quý II/2027"),
        ("Theo dõi thi hành pháp luật.", "* Nhiệm vụ thường xuyên", "Cải cách thể chế", "Tháng 11/2027"),
        ("Xây dựng kế hoạch kiểm tra văn bản.", "* Nhiệm vụ trọng tâm", "Cải cách thể chế", "Tháng 3/2027")]


def test_the_next_heading_ends_the_starred_group():
    text = HEAD + BODY.format(mark="* ", end="") + "2. Cải cách thủ tục hành chính\n- Niêm yết TTHC. Thời gian: Quý I\n"
    assert [(c, g) for c, g, *_ in _read(text)][-1] == ("Niêm yết TTHC.", "Cải cách thủ tục hành chính")


def test_starred_tasks_read_as_before():
    text = HEAD + ("* Rà soát văn bản QPPL do xã ban hành trong năm\n* Theo dõi thi hành pháp luật trên địa bàn xã\n"
                   "* Tổ chức tập huấn nghiệp vụ. Thời gian: Quý II\n- Kiểm tra văn bản. Thời gian: Quý III\n")
    assert [c for c, *_ in _read(text)] == ["Rà soát văn bản QPPL do xã ban hành trong năm",
                                            "Theo dõi thi hành pháp luật trên địa bàn xã",
                                            "Tổ chức tập huấn nghiệp vụ.", "Kiểm tra văn bản."]
    assert {g for _, g, *_ in _read(text)} == {"Cải cách thể chế"}


def test_a_post_over_items_is_still_their_lead():
    text = HEAD + "* Công chức Tư pháp – Hộ tịch:\n- Rà soát văn bản QPPL. Thời gian: Quý II\n"
    r = parse_text(text, plan_year=2027)
    assert [(t.content, t.lead, t.group) for t in r.tasks] == [
        ("Rà soát văn bản QPPL.", "Công chức Tư pháp – Hộ tịch", "Cải cách thể chế")]


def test_a_starred_group_typed_with_its_colon_is_their_group():
    """'* Nhiệm vụ thường xuyên:' (its colon, as a post's line has one) was a task 'Nhiệm vụ thường xuyên:'."""
    body = BODY.replace("xuyên{end}", "xuyên:").replace("tâm{end}", "tâm:").format(mark="* ", end="")
    assert [(c, g) for c, g, *_ in _read(HEAD + body)] == [
        ("Rà soát văn bản QPPL do xã ban hành.", "* Nhiệm vụ thường xuyên"),
        ("Theo dõi thi hành pháp luật.", "* Nhiệm vụ thường xuyên"),
        ("Xây dựng kế hoạch kiểm tra văn bản.", "* Nhiệm vụ trọng tâm")]


def test_a_starred_field_line_reads_as_before():
    text = HEAD + "- Rà soát văn bản QPPL.\n* Thời gian: Quý II\n- Kiểm tra văn bản. Thời gian: Quý III\n"
    assert [(c, d) for c, _, _, d in _read(text)] == [("Rà soát văn bản QPPL.", "Quý II"),
                                                     ("Kiểm tra văn bản.", "Quý III")]


def test_a_starred_group_over_numbered_tasks_is_their_group():
    """'* Nhiệm vụ thường xuyên' over '1.1. Rà soát … Thời gian: Quý II' was a task asking for a deadline."""
    text = HEAD + ("* Nhiệm vụ thường xuyên\n1.1. Rà soát văn bản QPPL. Thời gian: Quý II\n"
                   "1.2. Theo dõi thi hành pháp luật. Thời gian: Quý IV\n* Nhiệm vụ trọng tâm\n"
                   "1.3. Kiểm tra văn bản. Thời gian: Quý III\n")
    assert [(c, g) for c, g, *_ in _read(text)] == [("Rà soát văn bản QPPL.", "* Nhiệm vụ thường xuyên"),
                                                   ("Theo dõi thi hành pháp luật.", "* Nhiệm vụ thường xuyên"),
                                                   ("Kiểm tra văn bản.", "* Nhiệm vụ trọng tâm")]

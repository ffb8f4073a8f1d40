"""Round 43C F3: a prose plan whose area lists its tasks by post ("* Công chức Tư pháp - Hộ tịch:" over its items,
then "* Công chức Văn phòng - Thống kê:"), the second post naming its items' deadline on a line of its own before them
("Thời gian: Quý IV"). That line was read as the field of the task above, the first post's last task: its own "Quý I",
typed on its line, became "Quý IV" without a word, and the second post's tasks came in with no deadline, exit 0. A
post's line ends the task above: a field line under it goes to its items, and is said if none takes it."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

TEXT = ("1. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
        "* Công chức Tư pháp - Hộ tịch:\n"
        "- Rà soát thủ tục hành chính. Thời gian: Quý I\n"
        "* Công chức Văn phòng - Thống kê:\n"
        "Thời gian: Quý IV\n"
        "- Niêm yết thủ tục hành chính.\n"
        "- Cập nhật thủ tục hành chính.\n")


def test_a_field_line_under_a_post_goes_to_its_items_not_to_the_task_above():
    r = parse_text(TEXT, plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text) for t in r.tasks] == [
        ("Rà soát thủ tục hành chính.", "Công chức Tư pháp - Hộ tịch", "Quý I"),
        ("Niêm yết thủ tục hành chính.", "Công chức Văn phòng - Thống kê", "Quý IV"),
        ("Cập nhật thủ tục hành chính.", "Công chức Văn phòng - Thống kê", "Quý IV")]
    assert r.problems == []


def test_said_when_every_item_of_the_post_names_its_own():
    text = TEXT.replace("hành chính.\n", "hành chính. Thời gian: Quý II\n")
    r = parse_text(text, plan_year=2027)
    assert [t.deadline_text for t in r.tasks] == ["Quý I", "Quý II", "Quý II"]
    assert [(p.line, "Quý IV" in p.message) for p in r.problems] == [(4, True)]

"""Round 42C F5: a prose plan with Roman areas (41C F5) whose task "1." has sub-items "1.1.", "1.2." ("I. CẢI CÁCH
THỂ CHẾ" / "1. Rà soát văn bản quy phạm pháp luật của xã" / "1.1. Rà soát văn bản về đất đai. Thời gian: Quý I" / …).
The words of "1." were nowhere: not a task, not the sub-items' group (which was the area's title), exit 0. Under an
area numbered "1." the same parent is the group of its sub-items, as a table's parent row is: so it now is here."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

TEXT = ("I. CẢI CÁCH THỂ CHẾ\n"
        "1. Rà soát văn bản quy phạm pháp luật của xã\n"
        "1.1. Rà soát văn bản về đất đai. Thời gian: Quý I\n"
        "1.2. Rà soát văn bản về xây dựng. Thời gian: Quý II\n"
        "2. Tuyên truyền pháp luật. Thời gian: Quý II\n"
        "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
        "1. Niêm yết thủ tục. Thời gian: Quý III\n")


def test_parent_of_sub_items_under_a_roman_area_is_their_group():
    r = parse_text(TEXT, plan_year=2027)
    assert [(t.content, t.group, t.deadline_text) for t in r.tasks] == [
        ("Rà soát văn bản về đất đai.", "Rà soát văn bản quy phạm pháp luật của xã", "Quý I"),
        ("Rà soát văn bản về xây dựng.", "Rà soát văn bản quy phạm pháp luật của xã", "Quý II"),
        ("Tuyên truyền pháp luật.", "CẢI CÁCH THỂ CHẾ", "Quý II"),
        ("Niêm yết thủ tục.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Quý III")]


def test_a_parent_deadline_no_item_took_is_said():
    """Round 42C F6: a prose heading naming its own deadline ("1.1. Rà soát văn bản QPPL của xã. Thời gian: Quý IV")
    over items each naming theirs: "Quý IV" was kept nowhere and nothing said, exit 0. A table's heading row says so on
    its line (26C–29C); the prose heading now says the same."""
    text = ("1. CẢI CÁCH THỂ CHẾ\n"
            "1.1. Rà soát văn bản quy phạm pháp luật của xã. Thời gian: Quý IV\n"
            "a) Rà soát văn bản về đất đai. Thời gian: Quý I\n"
            "b) Rà soát văn bản về xây dựng. Thời gian: Quý II\n"
            "1.2. Tuyên truyền pháp luật. Thời gian: Quý II\n")
    r = parse_text(text, plan_year=2027)
    assert [t.deadline_text for t in r.tasks] == ["Quý I", "Quý II", "Quý II"]
    assert [(p.line, "Quý IV" in p.message) for p in r.problems] == [(2, True)]
    taken = text.replace("Thời gian: Quý I\n", "\n")  # the first item takes the heading's: nothing to say
    assert parse_text(taken, plan_year=2027).problems == []

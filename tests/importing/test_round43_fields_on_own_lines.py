"""Round 43C L1 (42C F6's limit): a prose plan naming a heading's deadline or lead on a line of its own under it
("1.1. Rà soát văn bản QPPL của xã." / "+ Thời gian: Quý IV" / "a) … Thời gian: Quý I"), or under an area's heading
before its items ("1. CẢI CÁCH THỂ CHẾ" / "+ Chủ trì: Tư pháp"), each item naming its own: the value was kept nowhere
and nothing was said, exit 0 (on the heading's line it is said since 42C F6). It is now said on the heading's line, as
the same value on that line is; under a Roman area likewise. An area's value is passed to the items of its numbered
sub-headings ("1.1." under "1."), as a table's heading row's is, and said only when none of them takes it."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

ITEMS = ("a) Rà soát văn bản về đất đai. Thời gian: Quý I\n"
         "b) Rà soát văn bản về xây dựng. Thời gian: Quý II\n")


def _said(text: str) -> list[tuple[int, bool]]:
    return [(p.line, "Quý IV" in p.message or "Tư pháp" in p.message)
            for p in parse_text(text, plan_year=2027).problems]


def test_a_field_on_its_own_line_under_a_heading_no_item_took_is_said():
    text = "1. CẢI CÁCH THỂ CHẾ\n1.1. Rà soát văn bản quy phạm pháp luật của xã.\n+ Thời gian: Quý IV\n" + ITEMS
    assert [t.deadline_text for t in parse_text(text, plan_year=2027).tasks] == ["Quý I", "Quý II"]
    assert _said(text) == [(2, True)]
    assert _said(text.replace("Thời gian: Quý I\n", "\n")) == []  # the first item takes it: nothing to say


def test_a_field_under_an_area_heading_before_its_items_no_item_took_is_said():
    text = ("1. CẢI CÁCH THỂ CHẾ\n+ Chủ trì: Tư pháp\n- Rà soát văn bản về đất đai. Chủ trì: Văn phòng. Thời gian: "
            "Quý I\n")
    assert _said(text) == [(1, True)]
    roman = "I. CẢI CÁCH THỂ CHẾ\nThời gian: Quý IV\n" + ITEMS.replace("a)", "1.").replace("b)", "2.")
    assert [t.deadline_text for t in parse_text(roman, plan_year=2027).tasks] == ["Quý I", "Quý II"]
    assert _said(roman) == [(1, True)]


def test_an_area_value_goes_to_the_items_of_its_sub_headings():
    text = "1. CẢI CÁCH THỂ CHẾ\n+ Thời gian: Quý IV\n1.1. Rà soát văn bản quy phạm pháp luật của xã.\n" + ITEMS
    assert _said(text) == [(1, True)]
    taken = text.replace("Thời gian: Quý I\n", "\n")
    r = parse_text(taken, plan_year=2027)
    assert ([t.deadline_text for t in r.tasks], r.problems) == (["Quý IV", "Quý II"], [])

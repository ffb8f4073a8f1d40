"""Round 40C F4: Word's lettered list ("a.", "b." then a tab or a space), copied as text, under an area of a prose plan.
A short item ("a. Niêm yết") was left out, as text of no list, and the others kept their letter in their words ("a. Rà
soát văn bản QPPL."): 3 tasks of 4, exit 0. Now "a." is an item's mark, as "a)" is."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n"


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(t.content, t.area_code, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


def test_lettered_items():
    text = HEAD + ("1. Cải cách thể chế\na. Rà soát văn bản QPPL. Thời gian: Quý II\n"
                   "b.\tTheo dõi thi hành pháp luật. Thời gian: Quý III\n2. Cải cách thủ tục hành chính\n"
                   "a. Niêm yết\nđ. Số hóa hồ sơ TTHC theo quy định. Thời gian: Quý I\n")
    assert _read(text) == [("Rà soát văn bản QPPL.", "2", "Quý II"), ("Theo dõi thi hành pháp luật.", "2", "Quý III"),
                           ("Niêm yết", "3", ""), ("Số hóa hồ sơ TTHC theo quy định.", "3", "Quý I")]


def test_an_abbreviation_opening_a_line_is_no_letter():
    text = HEAD + "1. Cải cách thể chế\n- Rà soát văn bản QPPL.\nv.v. các văn bản khác của xã\n"
    assert [c for c, *_ in _read(text)] == ["Rà soát văn bản QPPL.", "v.v. các văn bản khác của xã"]

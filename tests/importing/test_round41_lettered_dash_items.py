"""Round 41C F2: items lettered with a dash, "a- Rà soát …", "b- …", "c – …" (an older typing of "a)"), under an
area. The first was left out without a word and the third glued onto the second, which then said the third's
deadline: 1 task of 3, exit 0. Now "a-" marks an item as "a)" and "a/" do."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text


@pytest.mark.parametrize("dash", ["- ", " - ", " – "])
def test_letters_with_a_dash(dash):
    text = ("1. Cải cách thủ tục hành chính\n"
            f"a{dash}Rà soát thủ tục hành chính. Thời gian: Quý I\n"
            f"b{dash}Niêm yết công khai tại Bộ phận một cửa. Thời gian: Quý II\n"
            f"c{dash}Kiểm tra. Thời gian: Quý III\n")
    tasks = parse_text(text, plan_year=2027).tasks
    assert [(t.content, t.deadline_text, t.area_code) for t in tasks] == [
        ("Rà soát thủ tục hành chính.", "Quý I", "3"), ("Niêm yết công khai tại Bộ phận một cửa.", "Quý II", "3"),
        ("Kiểm tra.", "Quý III", "3")]

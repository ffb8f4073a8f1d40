"""Round 39C F6: a bulleted list copied from Word as plain text (what the window's paste gets from another program, or
a text file saved from Word) brings each bullet as the character its font draws and a tab: "·" (Symbol's bullet), ""
(its private code), "o" (Courier New, the second level), "§", "Ø", "ü" (Wingdings), or "➢", "▪", "●", "○", "✓", "—".
None was read as an item's mark: a short item ("Tập huấn pháp luật") and every item under a post with no area over it
were left out, the others kept the bullet in their words ("· Rà soát …"): 1 of 3 tasks read, exit 0, nothing said.
Now such a mark is an item's bullet, as "-" and "•" are; a letter only alone ("o\\t", not "Ông …")."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH
Cải cách hành chính năm 2027 của UBND xã Tân Phú
II. NHIỆM VỤ
1. Cải cách thể chế
{0}Rà soát văn bản QPPL do xã ban hành. Thời gian: Quý II
{0}Tập huấn pháp luật
III. TỔ CHỨC THỰC HIỆN
Công chức Tư pháp - Hộ tịch:
{0}Theo dõi thi hành pháp luật trên địa bàn xã. Thời gian: Quý III
"""
WANT = [("Rà soát văn bản QPPL do xã ban hành.", "", "Quý II"), ("Tập huấn pháp luật", "", ""),
        ("Theo dõi thi hành pháp luật trên địa bàn xã.", "Công chức Tư pháp - Hộ tịch", "Quý III")]


@pytest.mark.parametrize("bullet", ["·\t", "\uf0b7\t", "o\t", "§\t", "Ø\t", "ü\t", "\uf0a7\t", "\uf0d8\t", "\uf0fc\t",
                                    "➢ ", "➤ ", "► ", "▪ ", "■ ", "● ", "○ ", "◦ ", "✓ ", "✔ ", "❖ ", "— ", "− "])
def test_words_bullets_as_plain_text_mark_items(bullet):
    r = parse_text(PLAN.format(bullet), plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text) for t in r.tasks] == WANT


def test_a_word_opening_with_such_a_letter_is_no_bullet():
    text = PLAN.format("- ").replace("- Tập huấn", "- Ông tập huấn").replace("- Theo dõi", "o Theo dõi")
    assert [t.content for t in parse_text(text, plan_year=2027).tasks][1] == "Ông tập huấn pháp luật"

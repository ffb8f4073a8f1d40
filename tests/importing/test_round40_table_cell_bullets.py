"""Round 40C L3 (left by 39C): a plan table copied from Word as text (tab-separated) whose cells hold Word's bullets
as the font's character ("·", "", "➢", "o", "§": 39C's F6 in prose). Under task 1, "· Rà soát văn bản của HĐND xã"
and two more in the content column were glued onto task 1's words, one task of four; "·" and "o" in the number column
made tasks numbered "·" and "o" asking for a deadline. Now each is a sub-item of the task above, as "- …" and "+"
are: its own task, with the deadline of the task it stands under."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEADER = "STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\nI\tCẢI CÁCH THỂ CHẾ\t\t\n"
TASK = "1\tRà soát văn bản QPPL do xã ban hành\tVăn phòng\tQuý II\n"
NEXT = "2\tTheo dõi thi hành pháp luật\tTư pháp\tQuý III\n"
MARKS = ["·", "\uf0b7", "\uf0a7", "\uf0d8", "\uf0fc", "➢", "►", "▪", "■", "●", "○", "◦", "✓", "❖", "—", "−", "o", "§",
         "Ø", "ü", "v", "n", "q"]


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(t.stt, t.content, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


@pytest.mark.parametrize("mark", MARKS)
def test_a_bullet_opening_the_content_cell(mark):
    text = HEADER + TASK + f"\t{mark} Rà soát văn bản của HĐND xã\t\t\n" + NEXT
    assert _read(text) == [("1", "Rà soát văn bản QPPL do xã ban hành", "Quý II"),
                           ("", "Rà soát văn bản của HĐND xã", "Quý II"),
                           ("2", "Theo dõi thi hành pháp luật", "Quý III")]


@pytest.mark.parametrize("mark", MARKS)  # "v" too, under task 1 of area I (41C L2)
def test_a_bullet_in_the_number_cell(mark):
    text = HEADER + TASK + f"{mark}\tCông bố kết quả rà soát\t\t\n" + NEXT
    assert _read(text) == [("1", "Rà soát văn bản QPPL do xã ban hành", "Quý II"),
                           (mark, "Công bố kết quả rà soát", "Quý II"),
                           ("2", "Theo dõi thi hành pháp luật", "Quý III")]


def test_a_word_of_one_letter_goes_on():
    # "o" or "v" is a bullet only before a space: "ổn định" wrapped onto its row is the task's words going on
    text = HEADER + "1\tRà soát văn bản QPPL do xã ban hành để\tVăn phòng\tQuý II\n\tổn định hệ thống văn bản\t\t\n"
    assert _read(text) == [("1", "Rà soát văn bản QPPL do xã ban hành để ổn định hệ thống văn bản", "Quý II")]

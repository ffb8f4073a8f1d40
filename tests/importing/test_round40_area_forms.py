"""Round 40C L2 (left by 39C): a prose plan names its areas "1: Cải cách thể chế", "Lĩnh vực 1: Cải cách thể chế",
"Một là, cải cách thể chế", or with Word's circled numbers "① Cải cách thể chế". Each plan was refused (exit 2, "Không
nhận ra … danh sách nhiệm vụ"). Now each reads as "1. Cải cách thể chế" does; a sentence so opened stays prose, and
"Hai là, …" under an area numbered otherwise is an item of its list."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n"
BODY = ("{0} Cải cách thể chế\n- Rà soát văn bản QPPL. Thời gian: Quý II\n"
        "{1} Cải cách thủ tục hành chính\n- Niêm yết công khai TTHC. Thời gian: Quý I\n")
EXPECTED = [("Rà soát văn bản QPPL.", "2", "Quý II"), ("Niêm yết công khai TTHC.", "3", "Quý I")]


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(t.content, t.area_code, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


@pytest.mark.parametrize("first,second", [("1:", "2:"), ("Lĩnh vực 1:", "Lĩnh vực 2:"), ("LĨNH VỰC 1.", "LĨNH VỰC 2."),
                                          ("Lĩnh vực 1 -", "Lĩnh vực 2 -"), ("Một là,", "Hai là,"),
                                          ("Một là:", "Hai là:"), ("①", "②"), ("⑴", "⑵")])
def test_area_forms(first, second):
    assert _read(HEAD + BODY.format(first, second)) == EXPECTED


def test_first_second_items_under_a_numbered_area_are_items():
    text = HEAD + ("1. Cải cách thể chế\nMột là, rà soát văn bản QPPL. Thời gian: Quý II\n"
                   "Hai là, tổ chức thi hành pháp luật. Thời gian: Quý III\n")
    assert _read(text) == [("rà soát văn bản QPPL.", "2", "Quý II"), ("tổ chức thi hành pháp luật.", "2", "Quý III")]


def test_a_sentence_so_opened_in_the_purpose_stays_prose():
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2027\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "Một là, nâng cao chất lượng cải cách thủ tục hành chính, tạo thuận lợi cho người dân và doanh nghiệp.\n"
            "- Bám sát kế hoạch của huyện.\nII. NHIỆM VỤ\n" + BODY.format("1:", "2:"))
    assert _read(text) == EXPECTED

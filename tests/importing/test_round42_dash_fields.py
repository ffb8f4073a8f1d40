"""Round 42C L1 (left by 41C): a prose plan naming each item's fields after a spaced dash ("- Rà soát văn bản quy phạm
pháp luật – Thời gian: Quý I", "- Tuyên truyền pháp luật - Chủ trì: Tư pháp; Thời gian: Quý II"). The first task was
stored with no deadline and "– Thời gian: Quý I" in its words; the second kept "- Chủ trì: Tư pháp" in its words and
no lead. Exit 0. A dash before a field's label now opens the fields, as a stop or a semicolon does; a dash inside the
words (no label after it) stays."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

AREA = "I. CẢI CÁCH THỂ CHẾ\n"


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(t.content, t.lead, t.deadline_text) for t in parse_text(AREA + text, plan_year=2027).tasks]


def test_deadline_after_a_spaced_dash():
    text = ("- Rà soát văn bản quy phạm pháp luật – Thời gian: Quý I\n"
            "- Tuyên truyền pháp luật - Chủ trì: Tư pháp; Thời gian: Quý II\n"
            "- Kiểm tra văn bản — Thời hạn: Quý III\n")
    assert _read(text) == [("Rà soát văn bản quy phạm pháp luật", "", "Quý I"),
                           ("Tuyên truyền pháp luật", "Tư pháp", "Quý II"),
                           ("Kiểm tra văn bản", "", "Quý III")]


def test_a_dash_inside_the_words_stays():
    text = "- Rà soát văn bản - tài liệu pháp luật. Thời gian: Quý I\n"
    assert _read(text) == [("Rà soát văn bản - tài liệu pháp luật.", "", "Quý I")]


def test_fields_parted_by_dashes():
    text = ("- Tuyên truyền pháp luật – Chủ trì: Tư pháp – Thời gian: Quý II\n"
            "- Rà soát văn bản; Chủ trì: Văn phòng - Thống kê; Thời gian: Quý III\n")
    assert _read(text) == [("Tuyên truyền pháp luật", "Tư pháp", "Quý II"),
                           ("Rà soát văn bản", "Văn phòng - Thống kê", "Quý III")]

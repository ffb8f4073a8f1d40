"""Round 40C F2: a prose plan copied from its PDF breaks a long area heading where the page's line ends ("1. Xây dựng
và tổ chức thực hiện văn bản quy phạm" / "pháp luật tại địa phương", "2. Cải cách thủ tục" / "hành chính", "3. Cải cách
chế độ công vụ và nâng cao chất lượng đội" / "ngũ cán bộ, công chức"). The heading was read from its first line alone:
naming no area, the items under it were left out; naming one, its second line was a task ("ngũ cán bộ, công chức",
asking for a deadline). 1 task of 3 read, plus that one, exit 0. Now a heading's line going on (in lower case, or
after a word no heading ends with) is read with it."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n"


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(t.content, t.area_code, t.group, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


def test_area_headings_wrapped_by_the_page():
    text = HEAD + ("1. Xây dựng và tổ chức thực hiện văn bản quy phạm\npháp luật tại địa phương\n"
                   "- Rà soát văn bản QPPL. Thời gian: Quý II\n2. Cải cách thủ tục\nhành chính\n"
                   "- Niêm yết công khai TTHC. Thời gian: Quý I\n"
                   "3. Cải cách chế độ công vụ và nâng cao chất lượng đội\n"
                   "ngũ cán bộ, công chức\n- Đánh giá công chức. Thời gian: Quý IV\n")
    got = _read(text)
    assert [(c, a, d) for c, a, _, d in got] == [("Rà soát văn bản QPPL.", "2", "Quý II"),
                                                 ("Niêm yết công khai TTHC.", "3", "Quý I"),
                                                 ("Đánh giá công chức.", "5", "Quý IV")]
    assert [g for _, _, g, _ in got] == ["Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại địa phương",
                                         "Cải cách thủ tục hành chính",
                                         "Cải cách chế độ công vụ và nâng cao chất lượng đội ngũ cán bộ, công chức"]


def test_a_numbered_task_wrapped_by_the_page():
    text = HEAD + ("1. Cải cách thể chế\n1.1. Rà soát văn bản QPPL do Hội đồng nhân dân và\n"
                   "Ủy ban nhân dân xã ban hành. Thời gian: Quý II\n"
                   "1.2. Theo dõi thi hành pháp luật. Thời gian: Quý III\n")
    assert _read(text) == [("Rà soát văn bản QPPL do Hội đồng nhân dân và Ủy ban nhân dân xã ban hành.", "2",
                            "Cải cách thể chế", "Quý II"),
                           ("Theo dõi thi hành pháp luật.", "2", "Cải cách thể chế", "Quý III")]


def test_a_heading_over_its_items_and_prose_in_capitals_stay_apart():
    text = HEAD + ("1. Cải cách thể chế\nRà soát, hệ thống hóa toàn bộ văn bản QPPL do xã ban hành còn hiệu lực.\n"
                   "- Theo dõi thi hành pháp luật. Thời gian: Quý III\n")
    assert [c for c, *_ in _read(text)] == ["Rà soát, hệ thống hóa toàn bộ văn bản QPPL do xã ban hành còn hiệu lực.",
                                            "Theo dõi thi hành pháp luật."]

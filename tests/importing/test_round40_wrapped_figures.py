"""Round 40C F3: a prose plan copied from its PDF breaks an item's line before a figure ("- Phấn đấu tỷ lệ hồ sơ giải
quyết đúng hạn đạt" / "98% trở lên. Thời gian: Quý IV", "… cho" / "100% cán bộ, công chức", "… trước ngày" /
"30/6/2027", "- Rà soát, công bố" / "15 thủ tục hành chính mới. Thời gian: Quý I"). A line opening with a digit was
never read as going on: each item was cut in two, its first half a task asking for a deadline, its second half a task
of its own ("98% trở lên."); "15 thủ tục hành chính mới …" was read as an area's heading numbered 15 and left out. 4
tasks read as 7, exit 0. Now a line opening with a figure (a percentage, a date, a number before a word in lower case)
under an item that does not end with a stop goes on with it; a heading ("2. Cải cách …", "1 Theo …") does not."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n1. Cải cách thủ tục hành chính\n"


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(t.content, t.lead, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


def test_items_broken_before_a_figure():
    text = HEAD + ("- Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt\n98% trở lên. Thời gian: Quý IV\n"
                   "- Tổ chức tập huấn nghiệp vụ cho\n100% cán bộ, công chức. Thời gian: Quý II\n"
                   "- Hoàn thành số hóa hồ sơ trước ngày\n30/6/2027. Chủ trì: Văn phòng\n"
                   "- Rà soát, công bố\n15 thủ tục hành chính mới. Thời gian: Quý I\n")
    assert _read(text) == [("Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt 98% trở lên.", "", "Quý IV"),
                           ("Tổ chức tập huấn nghiệp vụ cho 100% cán bộ, công chức.", "", "Quý II"),
                           ("Hoàn thành số hóa hồ sơ trước ngày 30/6/2027.", "Văn phòng", ""),
                           ("Rà soát, công bố 15 thủ tục hành chính mới.", "", "Quý I")]


def test_headings_and_notes_under_an_item_stay_apart():
    text = HEAD + ("- Niêm yết công khai TTHC tại Bộ phận Một cửa. Thời gian: Quý I\n"
                   "2. Cải cách tổ chức bộ máy\n- Kiện toàn Ban chỉ đạo CCHC xã\n"
                   "3. Cải cách chế độ công vụ\n- Đánh giá, xếp loại công chức. Thời gian: Quý IV\n")
    assert [c for c, *_ in _read(text)] == ["Niêm yết công khai TTHC tại Bộ phận Một cửa.",
                                            "Kiện toàn Ban chỉ đạo CCHC xã", "Đánh giá, xếp loại công chức."]


def test_a_figure_after_a_full_stop_is_no_part_of_the_item():
    text = HEAD + "- Niêm yết công khai TTHC tại Bộ phận Một cửa.\n100% hồ sơ được tiếp nhận đúng quy định.\n"
    assert [c for c, *_ in _read(text)] == ["Niêm yết công khai TTHC tại Bộ phận Một cửa.",
                                            "100% hồ sơ được tiếp nhận đúng quy định."]

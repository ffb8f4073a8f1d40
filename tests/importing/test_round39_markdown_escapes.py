"""Round 39C L1 (left by 38C): a plan saved as Markdown (a converter writes Word's text so: a literal star, dash or
number at a line's start escaped with a backslash, "**\\* Nhiệm vụ thường xuyên**", "1\\. Cải cách thể chế",
"\\- Rà soát …"). `strip_marks` took off the bold but kept the backslash: "\\ Nhiệm vụ thường xuyên" became a task
asking for a deadline, "\\* Nhiệm vụ trọng tâm" was dropped, and a plan whose headings and items were all escaped was
refused as holding no task list. Now a backslash before a Markdown mark is the escape it is: the line reads as typed in
Word. A backslash before a letter (a folder's path "D:\\Tài liệu") is kept."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text
from parapp.core.importing.text_list import strip_marks

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(t.content, t.group, t.area_name, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


def test_an_escaped_star_group_is_the_group_of_its_items():
    text = HEAD + ("**\\* Nhiệm vụ thường xuyên**\n"
                   "- Rà soát văn bản QPPL do xã ban hành. Thời gian: Quý II/2027.\n"
                   "- Theo dõi thi hành pháp luật. Thời gian: Tháng 11/2027.\n"
                   "\\* Nhiệm vụ trọng tâm\n"
                   "- Xây dựng kế hoạch kiểm tra văn bản. Thời gian: Tháng 3/2027.\n")
    assert _read(text) == [
        ("Rà soát văn bản QPPL do xã ban hành.", "* Nhiệm vụ thường xuyên", "Cải cách thể chế", "Quý II/2027"),
        ("Theo dõi thi hành pháp luật.", "* Nhiệm vụ thường xuyên", "Cải cách thể chế", "Tháng 11/2027"),
        ("Xây dựng kế hoạch kiểm tra văn bản.", "* Nhiệm vụ trọng tâm", "Cải cách thể chế", "Tháng 3/2027")]


def test_escaped_numbers_and_bullets_read_as_typed():
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII\\. NHIỆM VỤ\n1\\. Cải cách thể chế\n"
            "\\- Rà soát văn bản QPPL do xã ban hành. Thời gian: Quý II/2027.\n"
            "2\\. Cải cách thủ tục hành chính\n"
            "\\+ Niêm yết công khai TTHC tại Bộ phận Một cửa. Thời gian: Quý I/2027.\n")
    assert _read(text) == [
        ("Rà soát văn bản QPPL do xã ban hành.", "Cải cách thể chế", "Cải cách thể chế", "Quý II/2027"),
        ("Niêm yết công khai TTHC tại Bộ phận Một cửa.", "Cải cách thủ tục hành chính",
         "Cải cách thủ tục hành chính (TTHC)", "Quý I/2027")]


def test_a_backslash_before_a_letter_is_kept():
    assert strip_marks("- Lưu hồ sơ tại D:\\Tài liệu\\CCHC.") == "- Lưu hồ sơ tại D:\\Tài liệu\\CCHC."

"""Round 38C: a page's footnote in a plan copied from its PDF or saved by Word as a web page keeps its mark as "[1]" or
"(1)" (36C's F1 met both glued to the title's year). Its words citing no "số" ("[1] Quyết định 1291/QĐ-BNV ngày
20/12/2023 của Bộ Nội vụ.", "(2) Nghị định 33/2023/NĐ-CP …", "(3) Chỉ số CCHC năm 2025 của xã đạt 85,5 điểm."): 35C's
F13 knows a note after "số" only, 37C's F6 a raised mark only. Each was a task of the area, its words with the mark,
asking for a deadline (3 tasks the plan does not set). Now a bracketed mark before a document's name and number, or a
figure's wording citing a figure, is a footnote; a task numbered "(1)" reads as before."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = ("KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n1. Cải cách tổ chức bộ máy\n"
        "- Rà soát chức năng, nhiệm vụ các bộ phận[1]. Chủ trì: Văn phòng - Thống kê. Thời gian: Quý I/2027.\n")
TAIL = "- Kiện toàn Ban chỉ đạo CCHC xã. Chủ trì: Văn phòng - Thống kê. Thời gian: Tháng 3/2027.\n"


def _contents(text: str) -> list[str]:
    return [t.content for t in parse_text(text, plan_year=2027).tasks]


@pytest.mark.parametrize("note", ["[1] Quyết định 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ.",
                                  "(2) Nghị định 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ.",
                                  "(1) Thông tư 01/2023/TT-VPCP",
                                  "[2] Chỉ số CCHC năm 2025 của xã đạt 85,5 điểm.",
                                  "(3) Tỷ lệ hồ sơ trực tuyến năm 2026 đạt 45%."])
def test_a_bracket_marked_footnote_is_no_task(note):
    # the note "1" found, its mark "[1]" is left out of the task's words (39C L3); another note's is kept
    marked = "bộ phận." if note[1] == "1" else "bộ phận[1]."
    assert _contents(HEAD + note + "\n" + TAIL) == [f"Rà soát chức năng, nhiệm vụ các {marked}",
                                                    "Kiện toàn Ban chỉ đạo CCHC xã."]


def test_its_wrapped_line_is_the_footnotes_too():
    note = "[1] Quyết định 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ về việc phê duyệt\nđề án vị trí việc làm.\n"
    assert _contents(HEAD + note + TAIL)[1:] == ["Kiện toàn Ban chỉ đạo CCHC xã."]


@pytest.mark.parametrize("task", ["(1) Triển khai Nghị định 107/2021/NĐ-CP về cơ chế một cửa. Thời gian: Quý II",
                                  "(2) Rà soát 100% văn bản QPPL do xã ban hành trong năm 2026"])
def test_a_task_numbered_in_brackets_reads_as_before(task):
    # a task still, its number "(1)" an item's mark (40C L1: it was kept in its words)
    assert _contents(HEAD + task + "\n" + TAIL)[1:2] == [task.split(" Thời gian")[0][4:]]

"""Round 38C: a page's footnote copied from the plan's PDF where the raised mark came out as a plain digit glued to its
first word, as the copy gives it when the PDF sets no space after the superscript ("1Theo Quyết định số 1085/QĐ-TTg
…", "2Nghị định số 61/2018/NĐ-CP …", "3Quyết định 1291/QĐ-BNV …"; 36C's F1 met that digit glued to the title's year).
35C-37C knew the mark spaced, raised or bracketed: each was a task of the area with the digit in its words, asking for a
deadline (3 tasks the plan does not set). A digit glued to a note's opening words is a footnote's mark."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = ("KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n1. Cải cách thủ tục hành chính\n"
        "- Niêm yết công khai TTHC tại Bộ phận Một cửa. Thời gian: Quý I/2027.\n")
TAIL = "- Số hóa hồ sơ, kết quả giải quyết TTHC. Thời gian: Tháng 6/2027.\n"


def _contents(text: str) -> list[str]:
    return [t.content for t in parse_text(text, plan_year=2027).tasks]


@pytest.mark.parametrize("note", ["1Theo Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ.",
                                  "2Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.",
                                  "3Quyết định 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ.",
                                  "12Chỉ số CCHC năm 2025 của xã đạt 85,5 điểm."])
def test_a_footnote_with_its_mark_glued_is_no_task(note):
    assert _contents(HEAD + note + "\n" + TAIL) == ["Niêm yết công khai TTHC tại Bộ phận Một cửa.",
                                                    "Số hóa hồ sơ, kết quả giải quyết TTHC."]


@pytest.mark.parametrize("task", ["5S trong sắp xếp hồ sơ tại Bộ phận một cửa. Thời gian: Quý II",
                                  "4G phủ sóng toàn xã phục vụ dịch vụ công trực tuyến. Thời gian: Quý III"])
def test_a_task_opening_with_a_glued_number_reads_as_before(task):
    assert _contents(HEAD + task + "\n" + TAIL)[1:2] == [task.split(" Thời gian")[0]]

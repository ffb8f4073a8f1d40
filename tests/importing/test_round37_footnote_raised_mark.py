"""Round 37C: 36C's F5 set aside a page's footnote whose mark is a plain number and whose words cite no "số"
("2 Quyết định 1291/QĐ-BNV …"); with its mark raised, as a copy keeping the PDF's superscript gives it ("² Quyết định
1291/QĐ-BNV …", "¹ Chỉ số CCHC năm 2025 của xã đạt 85,5 điểm."), the footnote was a task of the area, its words with
the mark, asking for a deadline. No task's line opens with a raised mark."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = ("KẾ HOẠCH\nCải cách hành chính năm 2026 của UBND xã Ba Giang\nII. NỘI DUNG\n"
        "1. Cải cách thủ tục hành chính\n- Rà soát, đơn giản hóa TTHC. Thời gian: Quý II\n")
TAIL = "- Công khai TTHC tại Bộ phận một cửa. Thời gian: Quý III\n"


@pytest.mark.parametrize("note", ["² Quyết định 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ.",
                                  "¹ Chỉ số CCHC năm 2025 của xã đạt 85,5 điểm.", "¹Số liệu đến ngày 15/11/2026."])
def test_a_footnote_with_a_raised_mark_is_no_task(note):
    r = parse_text(HEAD + note + "\n" + TAIL, plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát, đơn giản hóa TTHC.", "Công khai TTHC tại Bộ phận một cửa."]

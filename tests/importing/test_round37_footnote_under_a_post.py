"""Round 37C: 36C's F5 set a page's footnote aside ("2 Quyết định 1291/QĐ-BNV …", its mark a plain number) only under
an area's heading. A plan set out by posts ("* Công chức Tư pháp – Hộ tịch:" over its items, no area heading) with such
a footnote between its items read it as a numbered heading naming no area: the post was dropped and every item after
it, to the next post, left out without a word (two of three tasks)."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = ("KẾ HOẠCH\nCải cách hành chính năm 2026 của UBND xã Ba Giang\nII. NHIỆM VỤ CỤ THỂ\n"
        "* Công chức Tư pháp – Hộ tịch:\n- Rà soát văn bản QPPL do xã ban hành. Thời gian: Quý II\n")
TAIL = ("- Kiểm tra việc thi hành văn bản QPPL. Thời gian: Quý III\n"
        "- Niêm yết TTHC tại bộ phận một cửa. Thời gian: Quý IV\n")


@pytest.mark.parametrize("note", ["2 Quyết định 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ.",
                                  "1 Số liệu đến ngày 15/11/2026.", "1 Chỉ số CCHC năm 2025 của xã đạt 85,5 điểm."])
def test_a_footnote_between_a_posts_items_leaves_none_out(note):
    r = parse_text(HEAD + note + "\n" + TAIL, plan_year=2026)
    assert [(t.content, t.lead) for t in r.tasks] == [
        ("Rà soát văn bản QPPL do xã ban hành.", "Công chức Tư pháp – Hộ tịch"),
        ("Kiểm tra việc thi hành văn bản QPPL.", "Công chức Tư pháp – Hộ tịch"),
        ("Niêm yết TTHC tại bộ phận một cửa.", "Công chức Tư pháp – Hộ tịch")]

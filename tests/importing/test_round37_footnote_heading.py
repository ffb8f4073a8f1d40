"""Round 37C: 36C's F5 took a numbered line with no stop under an area, whose words name neither an area nor a post,
for a page's footnote and set it aside. A plan typed "1 Sắp xếp tổ chức" (no stop after the number) under "A. Cải cách
tổ chức bộ máy" lost its headings: each task took the heading above as its group, silently; a heading "3 Công tác
tuyên truyền" naming no area was dropped and its tasks stored under the area and group above (its "3." form leaves
them out, as before). A footnote reads as a note: a sentence ending with its stop, or citing a document's number or a
day ("1291/QĐ-BNV", "20/12/2023") or a figure ("85,5")."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2026 của UBND xã Ba Giang\nII. NỘI DUNG\n"


def _rows(text):
    return [(t.content, t.area_code, t.group) for t in parse_text(text, plan_year=2026).tasks]


def test_numbered_headings_with_no_stop_under_a_lettered_area_keep_their_names():
    text = HEAD + ("A. Cải cách tổ chức bộ máy\n1 Sắp xếp tổ chức\n- Rà soát vị trí việc làm. Thời gian: Quý III\n"
                   "2 Quản lý biên chế\n- Rà soát biên chế được giao. Thời gian: Quý IV\n")
    assert [g for _c, _a, g in _rows(text)] == ["Sắp xếp tổ chức", "Quản lý biên chế"]


def test_a_heading_with_no_stop_naming_no_area_reads_as_its_stop_form():
    body = ("{n}1 Cải cách thủ tục hành chính\n- Rà soát, đơn giản hóa TTHC. Thời gian: Quý II\n"
            "{n}2 Công tác tuyên truyền\n- Tuyên truyền về CCHC trên loa truyền thanh. Thời gian: Quý III\n")
    plain = _rows(HEAD + body.replace("{n}1", "1").replace("{n}2", "2"))
    assert plain == _rows(HEAD + body.replace("{n}1", "1.").replace("{n}2", "2."))
    assert ("Tuyên truyền về CCHC trên loa truyền thanh.", "3", "Cải cách thủ tục hành chính") not in plain


@pytest.mark.parametrize("note", ["2 Quyết định 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ phê duyệt",
                                  "1 Chỉ số CCHC năm 2025 của xã đạt 85,5 điểm", "3 Thông tư 01/2023/TT-VPCP."])
def test_footnotes_still_set_aside(note):
    text = HEAD + ("1. Cải cách thủ tục hành chính\n- Rà soát, đơn giản hóa TTHC. Thời gian: Quý II\n" + note +
                   "\n- Công khai TTHC tại Bộ phận một cửa. Thời gian: Quý III\n")
    assert [c for c, _a, _g in _rows(text)] == ["Rà soát, đơn giản hóa TTHC.", "Công khai TTHC tại Bộ phận một cửa."]

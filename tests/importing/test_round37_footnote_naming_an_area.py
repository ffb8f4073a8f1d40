"""Round 37C: a page's footnote copied from the signed PDF between a plan's items, its mark a plain number, whose words
name an area ("1 Chỉ số cải cách thủ tục hành chính năm 2025 của xã đạt 18/20 điểm.") or a post ("1 Công chức Tư pháp -
Hộ tịch là đầu mối."): 36C's F5 kept such lines headings. Naming an area, the items after it went to that area with
the footnote's words as their group, silently; naming a post, they were left out without a word. A line citing a
document's number, a day or a figure is a note even if it names an area; naming a post, a sentence ending with its
stop is one too. A heading with no stop naming an area ("2 Cải cách tổ chức bộ máy", also with a final stop) reads as
before."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = ("KẾ HOẠCH\nCải cách hành chính năm 2026 của UBND xã Ba Giang\nII. NỘI DUNG\n1. Cải cách thể chế\n"
        "- Rà soát văn bản QPPL. Thời gian: Quý II\n")
TAIL = "- Kiểm tra việc thi hành văn bản QPPL. Thời gian: Quý III\n"


def _rows(text):
    return [(t.content, t.area_code, t.group) for t in parse_text(text, plan_year=2026).tasks]


@pytest.mark.parametrize("note", ["1 Chỉ số cải cách thủ tục hành chính năm 2025 của xã đạt 18/20 điểm.",
                                  "2 Kết quả cải cách tổ chức bộ máy theo Quyết định 1291/QĐ-BNV.",
                                  "1 Cải cách thủ tục hành chính: tỷ lệ hồ sơ đúng hạn đạt 98,5%",
                                  "1 Công chức Tư pháp - Hộ tịch là đầu mối.",
                                  "1 Văn phòng HĐND và UBND xã tổng hợp, báo cáo."])
def test_a_footnote_naming_an_area_or_a_post_leaves_the_items_where_they_are(note):
    assert _rows(HEAD + note + "\n" + TAIL) == [("Rà soát văn bản QPPL.", "2", "Cải cách thể chế"),
                                                ("Kiểm tra việc thi hành văn bản QPPL.", "2", "Cải cách thể chế")]


@pytest.mark.parametrize("heading", ["2 Cải cách tổ chức bộ máy", "2 Cải cách tổ chức bộ máy."])
def test_a_heading_naming_an_area_is_one_as_before(heading):
    assert [a for _c, a, _g in _rows(HEAD + heading + "\n" + TAIL)] == ["2", "4"]


def test_an_area_heading_citing_its_decree_is_one():
    heading = "5 Cải cách tài chính công theo Nghị định 60/2021/NĐ-CP"
    assert [a for _c, a, _g in _rows(HEAD + heading + "\n" + TAIL)] == ["2", "6"]


def test_an_area_heading_naming_a_target_is_one():
    heading = "3 Cải cách thủ tục hành chính, 100% TTHC được công khai"
    assert [a for _c, a, _g in _rows(HEAD + heading + "\n" + TAIL)] == ["2", "3"]

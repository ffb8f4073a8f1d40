"""Round 36C: a page's footnote copied from the signed PDF between a plan's items, its mark a plain number and its text
not one 35C's F13 knows ("2 Quyết định 1291/QĐ-BNV …" with no "số", "1 Chỉ số CCHC năm 2025 của xã đạt 85,5 điểm.",
"1 Số liệu đến ngày 15/11/2026."): read as a numbered heading naming no area, every item after it, to the next
heading, was left out without a word. Under an area, a number with no stop and words naming neither an area nor a
post is a footnote."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = """KẾ HOẠCH
Cải cách hành chính năm 2026 của UBND xã Ba Giang
II. NỘI DUNG
1. Cải cách thủ tục hành chính
- Rà soát, đơn giản hóa TTHC. Thời gian: Quý II
"""
TAIL = ("- Công khai TTHC tại Bộ phận một cửa. Thời gian: Quý III\n"
        "- Số hóa hồ sơ, kết quả giải quyết TTHC. Thời gian: Quý IV\n")


@pytest.mark.parametrize("note", ["2 Quyết định 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ.",
                                  "1 Nghị định 107/2021/NĐ-CP ngày 06/12/2021.", "3 Thông tư 01/2023/TT-VPCP.",
                                  "1 Chỉ số CCHC năm 2025 của xã đạt 85,5 điểm.", "1 Số liệu đến ngày 15/11/2026."])
def test_a_footnote_between_items_leaves_none_out(note):
    r = parse_text(HEAD + note + "\n" + TAIL, plan_year=2026)
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát, đơn giản hóa TTHC.", "3"), ("Công khai TTHC tại Bộ phận một cửa.", "3"),
        ("Số hóa hồ sơ, kết quả giải quyết TTHC.", "3")]


def test_a_heading_with_no_stop_naming_an_area_is_a_heading_as_before():
    r = parse_text(HEAD + "2 Cải cách tổ chức bộ máy\n- Rà soát vị trí việc làm. Thời gian: Quý III\n", plan_year=2026)
    assert [t.area_code for t in r.tasks] == ["3", "4"]


def test_part_ones_numbered_lines_are_not_tasks_as_before():
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1 Mục đích\n- Nâng cao chất lượng phục vụ.\n"
            "II. NỘI DUNG\n1. Cải cách thủ tục hành chính\n- Rà soát TTHC. Thời gian: Quý II\n")
    assert [t.content for t in parse_text(text, plan_year=2026).tasks] == ["Rà soát TTHC."]

"""Round 35C: the opening paragraph under the title glued to it. A Word file's paragraphs come with no blank line
between them; 34C stopped the title at grounds opening "Căn cứ", "Thực hiện", "Triển khai", "Trên cơ sở", "Theo", but
a title in capitals took any paragraph under it ("Kế hoạch cẢI CÁCH HÀNH CHÍNH NĂM 2026 Năm 2025, UBND xã …"), and a
title in a summary's case one opening otherwise ("Năm 2025, …", "Quán triệt …", "Xét đề nghị …")."""

from __future__ import annotations

import pytest

from parapp.core.importing.plan_heading import read_heading

TOP = "Số: 12/KH-UBND\nBa Giang, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
PROSE = [
    "Năm 2025, UBND xã Ba Giang đã triển khai thực hiện các nhiệm vụ cải cách hành chính, đạt nhiều kết quả tốt.",
    "Quán triệt Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, UBND xã xây dựng Kế hoạch cải cách hành chính.",
    "Xét đề nghị của công chức Văn phòng - Thống kê về việc xây dựng kế hoạch.",
    "Tiếp tục thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
    "Ủy ban nhân dân xã Ba Giang xây dựng Kế hoạch cải cách hành chính năm 2026 như sau.",
]


@pytest.mark.parametrize("prose", PROSE)
def test_a_paragraph_under_a_title_in_capitals_is_not_the_title(prose):
    page = TOP + "CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC\nNĂM 2026\n" + prose + "\nI. MỤC ĐÍCH, YÊU CẦU\n"
    assert read_heading(page).title == "Kế hoạch cải cách hành chính nhà nước năm 2026"


@pytest.mark.parametrize("prose", [p for p in PROSE if p.endswith(".")])
def test_a_sentence_under_a_title_in_a_summary_s_case_is_not_the_title(prose):
    page = TOP + "Cải cách hành chính năm 2026 của UBND xã\n" + prose + "\nI. MỤC ĐÍCH, YÊU CẦU\n"
    assert read_heading(page).title == "Kế hoạch cải cách hành chính năm 2026 của UBND xã"


def test_a_part_numbered_with_a_slash_is_not_the_title():
    assert read_heading(TOP + "Cải cách hành chính năm 2026\n1/ Mục đích\n").title == \
        "Kế hoạch cải cách hành chính năm 2026"


def test_a_title_wrapped_over_lines_still_goes_on():
    assert read_heading(TOP + "Cải cách hành chính năm 2026 của UBND xã\nBa Giang.\n").title == \
        "Kế hoạch cải cách hành chính năm 2026 của UBND xã Ba Giang"
    assert read_heading(TOP + "NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH\n(PAR INDEX) NĂM 2026\n").title == \
        "Kế hoạch nâng cao chỉ số cải cách hành chính (PAR INDEX) năm 2026"
    assert read_heading(TOP + "Cải cách hành chính\ntrên địa bàn xã Ba Giang năm 2026.\n").title == \
        "Kế hoạch cải cách hành chính trên địa bàn xã Ba Giang năm 2026"

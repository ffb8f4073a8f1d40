"""Round 35C: a footnote's raised mark in the title ("… năm 2026¹": Word's superscript, kept raised since round 30D; a
pasted "¹") stayed in the plan's title, and one on the type ("KẾ HOẠCH¹") left the plan with no title at all."""

from __future__ import annotations

import pytest

from parapp.core.importing.plan_heading import read_heading

TOP = "Số: 12/KH-UBND\nBa Giang, ngày 05 tháng 01 năm 2026\n"


@pytest.mark.parametrize("page", [
    "KẾ HOẠCH\nCải cách hành chính năm 2026¹\n",
    "KẾ HOẠCH\nCải cách hành chính⁽²⁾ năm 2026\n",
    "KẾ HOẠCH¹\nCải cách hành chính năm 2026\n",
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026¹\n",
])
def test_a_raised_mark_is_not_part_of_the_title(page):
    assert read_heading(TOP + page + "\nI. MỤC ĐÍCH\n").title == "Kế hoạch cải cách hành chính năm 2026"

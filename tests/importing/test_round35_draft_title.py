"""Round 35C: a draft plan's mark in its title ("KẾ HOẠCH (DỰ THẢO)", "(Dự thảo lần 2)" under the summary, "DỰ THẢO"
between the type and the summary) was taken for the title: "Kế hoạch (dự thảo)", the summary under it lost, or "Kế
hoạch cải cách … (Dự thảo lần 2)". A plan imported while still a draft keeps its own title."""

from __future__ import annotations

import pytest

from parapp.core.importing.plan_heading import read_heading

TOP = "Số:    /KH-UBND\nBa Giang, ngày    tháng 01 năm 2026\n"


@pytest.mark.parametrize("page", [
    "KẾ HOẠCH (DỰ THẢO)\nCải cách hành chính năm 2026\n",
    "KẾ HOẠCH (Dự thảo)\nCải cách hành chính năm 2026\n",
    "KẾ HOẠCH\nCải cách hành chính năm 2026\n(Dự thảo lần 2)\n",
    "KẾ HOẠCH\n(DỰ THẢO)\nCải cách hành chính năm 2026\n",
    "KẾ HOẠCH\nDỰ THẢO\nCải cách hành chính năm 2026\n",
    "KẾ HOẠCH\nCải cách hành chính năm 2026 (dự thảo)\n",
])
def test_a_draft_s_mark_is_not_its_title(page):
    assert read_heading(TOP + page + "\nI. MỤC ĐÍCH\n").title == "Kế hoạch cải cách hành chính năm 2026"


def test_a_draft_s_title_on_the_type_line_keeps_its_words():
    assert read_heading("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 (DỰ THẢO)\n").title == \
        "Kế hoạch cải cách hành chính năm 2026"
    # a title about drafting stays as written
    assert read_heading("KẾ HOẠCH\nDự thảo văn bản quy phạm pháp luật năm 2026\n").title == \
        "Kế hoạch dự thảo văn bản quy phạm pháp luật năm 2026"

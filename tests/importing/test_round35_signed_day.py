"""Round 35C: the day a document cited was passed read as the day the plan was signed. 34C F1 read the day only where
Decree 30 puts it (a place, then "ngày … tháng … năm …" alone on its line), and a ground "Căn cứ Luật Tổ chức chính
quyền địa phương ngày 19 tháng 6 năm 2015;" was left out by its ";" and its many words; a short one with no ";" or
ending with a full stop ("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013", "Căn cứ Hiến pháp ngày 28 tháng 11 năm
2013.") above the title, or above the list of a plan whose title is not in capitals, was the day signed (2013);
so was a draft's date ("Dự thảo ngày 20 tháng 12 năm 2025")."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.plan_heading import read_heading

LIST = "\nI. NỘI DUNG\n- Rà soát thủ tục hành chính.\n"


@pytest.mark.parametrize("line", [
    "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013",
    "Căn cứ Hiến pháp ngày 28 tháng 11 năm 2013.",
    "Theo Luật Đất đai ngày 29 tháng 11 năm 2013",
    "Thực hiện Nghị quyết ngày 15 tháng 7 năm 2021",
    "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019",
    "Dự thảo ngày 20 tháng 12 năm 2025",
])
def test_a_ground_or_a_draft_s_date_is_not_the_day_signed(line):
    assert read_heading("Kế hoạch cải cách hành chính năm 2026\n" + line + LIST).issued_on is None
    decision = "QUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2026\n" + line + "\nĐiều 1. Ban hành kèm theo.\n"
    assert read_heading(decision + "KẾ HOẠCH\nCải cách hành chính năm 2026\n").issued_on is None


@pytest.mark.parametrize("place", ["Ba Giang", "Quyết Thắng", "Buôn Ma Thuột", "TT. Vôi", "Phường 3", "Thái Hòa"])
def test_the_place_and_day_are_still_read(place):
    page = "Số: 12/KH-UBND\n" + place + ", ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
    assert read_heading(page).issued_on == dt.date(2026, 1, 5)

"""Round 35C: a plan's number typed with spaces round its dash ("Số: 12/KH - UBND", "12/KH – UBND") was stored cut short
as "12/KH" (or "12/KH-"), Word's dash with no spaces gave none, and a stop after it ("12/KH-UBND.") was kept."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.plan_heading import PlanHeading, read_heading

TITLE = "\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"


@pytest.mark.parametrize("typed", ["Số: 12/KH - UBND", "Số: 12/KH- UBND", "Số: 12/KH -UBND", "Số: 12 / KH - UBND",
                                   "Số: 12/KH – UBND", "Số: 12/KH–UBND", "Số: 12/KH-UBND.", "Số: 12/KH-UBND;",
                                   "Số: 12/KH-UBND,", "Số 12/KH - UBND"])
def test_a_number_typed_with_spaces_round_its_dash_or_a_stop_after_it_is_read_whole(typed):
    assert read_heading(typed + TITLE).number == "12/KH-UBND"


def test_a_spaced_number_beside_the_day_in_a_header_row_is_read_whole_and_the_day_too():
    page = "Số: 12/KH - UBND\tBa Giang, ngày 05 tháng 01 năm 2026" + TITLE
    assert read_heading(page) == PlanHeading("Kế hoạch cải cách hành chính năm 2026", "12/KH-UBND",
                                             dt.date(2026, 1, 5))
    assert read_heading("Số: 12/2026/KH - UBND - VP" + TITLE).number == "12/2026/KH-UBND-VP"


def test_numbers_that_are_not_a_plan_s_or_are_blank_stay_blank():
    for typed in ("Số: /KH - UBND", "Số: 15/QĐ - UBND", "Số: 12/KH-", "Số: 12/KH - "):
        assert read_heading(typed + TITLE).number == ""


@pytest.mark.parametrize(("typed", "read"), [("Số: 01/KHPH-UBND-MTTQ", "01/KHPH-UBND-MTTQ"),
                                             ("Số: 02/KHLN-CAX-UBND", "02/KHLN-CAX-UBND"),
                                             ("Số: 3/KHLT-UBND-MTTQ", "3/KHLT-UBND-MTTQ"),
                                             ("Số: 15/QĐ-UBND", ""), ("Số: 20/KT-UBND", "")])
def test_a_joint_plan_s_number_of_any_kind_is_a_plan_s(typed, read):
    # "Kế hoạch phối hợp", "Kế hoạch liên ngành": plans too (34C read "KHLT" only)
    assert read_heading(typed + TITLE).number == read

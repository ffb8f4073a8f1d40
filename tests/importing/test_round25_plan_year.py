"""Adversarial round 25B: the year's own plan whose tasks look ahead to the next year.

Round 24D read a plan signed from October on that names the next year at least as often as its own as the next
year's. A plan of the year signed in October ("Triển khai nhiệm vụ CCHC quý IV năm 2026", 15/10/2026) whose tasks
prepare the next ("Xây dựng Kế hoạch CCHC năm 2027", "Dự toán kinh phí năm 2027") was then read as 2027's, and one
signed in May as well (the count's tie went to the later year): every date a year late. The title's year, the first
named under the date, is the plan's when it is the year signed in (or the next, signed from October on).
"""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.parse import guess_year, parse_text

PLAN = """ỦY BAN NHÂN DÂN XÃ BA GIANG
Số: 85/KH-UBND
Ba Giang, ngày 15 tháng {month} năm 2026
KẾ HOẠCH
Triển khai nhiệm vụ cải cách hành chính quý IV năm 2026
STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành
1\tRà soát thủ tục hành chính còn tồn đọng\tVăn phòng\tTháng 11
2\tXây dựng Kế hoạch cải cách hành chính năm 2027\tVăn phòng\tTháng 12
3\tDự toán kinh phí cải cách hành chính năm 2027\tTài chính\tTháng 12
"""


@pytest.mark.parametrize("month", ["5", "10", "12"])
def test_the_years_own_plan_looking_ahead_stays_in_its_year(month):
    r = parse_text(PLAN.format(month=month), plan_year=2026)
    assert r.year == 2026
    assert [t.due_date for t in r.tasks] == [dt.date(2026, 11, 30), dt.date(2026, 12, 31), dt.date(2026, 12, 31)]


def test_next_years_plan_signed_in_december_is_still_next_years():
    text = PLAN.format(month="12").replace("quý IV năm 2026", "năm 2027")
    assert guess_year(text, 2026) == 2027
    # the appendix form, dated by the plan it is attached to
    text = ("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026\n(Kèm theo Kế hoạch số 85/KH-UBND ngày 15/10/2026 của UBND xã)\n"
            "1. Xây dựng Kế hoạch CCHC năm 2027\n2. Dự toán kinh phí năm 2027\n")
    assert guess_year(text, 2026) == 2026

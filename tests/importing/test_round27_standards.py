"""Round 27C F9: a standard's version ("TCVN ISO 9001:2015", "TCVN 11041-2:2017") was counted as a year the plan
names. A plan to keep up the ISO quality system whose title names no year was read as 2015's: "Quý I" due
31/3/2015, every task eleven years overdue on import, not a word said. A standard's year is no plan's year, as a cited
document's is not (round 25B)."""

from __future__ import annotations

from parapp.core.importing.parse import guess_year, parse_text

ISO = ("KẾ HOẠCH\nDuy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015\n\n"
       "UBND xã xây dựng kế hoạch duy trì hệ thống ISO trong năm nay như sau.\n\n"
       "STT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n"
       "1\tRà soát quy trình theo TCVN ISO 9001:2015\tVăn phòng\tQuý I\n"
       "2\tÁp dụng TCVN 11041-2:2017 cho sản phẩm\tVăn phòng\tQuý III\n")


def test_a_standards_version_is_no_plan_year():
    r = parse_text(ISO, plan_year=2026)
    assert r.year == 2026 and r.tasks[0].due_date.isoformat() == "2026-03-31"


def test_a_year_named_beside_a_standard_still_counts():
    assert guess_year("Áp dụng ISO 9001:2015 trong năm 2027; báo cáo năm 2027", 2026) == 2027

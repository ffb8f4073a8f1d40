"""Round 44C F1: a plan's task table copied on its own (no title), its tasks "Tuyên truyền, phổ biến, giáo dục pháp
luật năm 2027" and "Theo dõi tình hình thi hành pháp luật năm 2027" beside "Báo cáo kết quả … năm 2026" (January's)
and "Xây dựng kế hoạch … năm 2028" (December's): read as 2028's plan ("Đọc được 4 nhiệm vụ … (năm 2028)"), every task a
year late, exit 0. The rule that leaves out a law cited by its year ("Luật Tổ chức chính quyền địa phương năm 2015",
round 25B) took "pháp luật năm 2027" for one. The law (pháp luật) is no law's name: its year is now the plan's."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text
from parapp.core.importing.plan_year import guess_year

TABLE = "\n".join("\t".join(r) for r in [
    ["STT", "Nội dung", "Chủ trì", "Thời gian"],
    ["1", "Báo cáo kết quả cải cách hành chính năm 2026", "Văn phòng", "Tháng 1"],
    ["2", "Tuyên truyền, phổ biến, giáo dục pháp luật năm 2027", "Tư pháp", "Quý II"],
    ["3", "Theo dõi tình hình thi hành PHÁP LUẬT năm 2027", "Tư pháp", "Quý III"],
    ["4", "Xây dựng kế hoạch cải cách hành chính năm 2028", "Văn phòng", "Tháng 12"]])


def test_the_law_s_year_is_the_plan_s():
    r = parse_text(TABLE, plan_year=2026)
    assert r.year == 2027
    assert [t.due_date.isoformat() for t in r.tasks] == ["2027-01-31", "2027-06-30", "2027-09-30", "2027-12-31"]


def test_a_law_cited_by_its_year_is_still_none_of_the_plan_s():
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\nCăn cứ Luật Cán bộ, công chức năm 2015;\n"
            "Căn cứ luật Đất đai năm 2015;\n1. Tuyên truyền văn bản quy phạm pháp luật năm 2027.")
    assert guess_year(text, 0) == 2027

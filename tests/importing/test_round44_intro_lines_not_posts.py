"""Round 44C F4: a prose plan introducing a task's parts on a line of their own ("Tổ chức tuyên truyền về cải cách
hành chính:", "Ban hành văn bản quy phạm pháp luật:", "Phòng, chống tham nhũng, lãng phí:", "Trường hợp có thay đổi:")
over its items: the line was read as a post's (its first word as "Tổ", "Ban", "Phòng", "Trưởng"), its words stored as
the lead of every item under it, to the next heading ("Tuyên truyền trên loa truyền thanh" led by "Tổ chức tuyên
truyền về cải cách hành chính"), a lead no one typed, exit 0. Such a line is now read as any other: no lead."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027
1. Cải cách thể chế
- Rà soát văn bản. Thời gian: Quý I
{0}
- Tuyên truyền trên loa truyền thanh. Thời gian: Quý II
- Tuyên truyền qua hội nghị. Thời gian: Quý III
"""


@pytest.mark.parametrize("line", ["Tổ chức tuyên truyền về cải cách hành chính:",
                                  "Ban hành văn bản quy phạm pháp luật:", "Phòng, chống tham nhũng, lãng phí:",
                                  "Trường hợp có thay đổi:"])
def test_an_intro_line_is_no_post(line):
    r = parse_text(PLAN.format(line), plan_year=2027)
    assert {t.lead for t in r.tasks} == {""}
    assert "Tuyên truyền qua hội nghị." in [t.content for t in r.tasks]


@pytest.mark.parametrize("line", ["Tổ một cửa:", "Ban Chỉ đạo:", "Phòng Nội vụ huyện:", "Trưởng Công an xã:"])
def test_a_post_s_line_still_leads_its_items(line):
    r = parse_text(PLAN.format(line), plan_year=2027)
    assert [t.lead for t in r.tasks] == ["", line[:-1], line[:-1]]

"""Round 45C F2: a prose plan introducing a task's items on a line of their own whose first word reads as a post's
once its marks are dropped: "Phong trào thi đua “Dân vận khéo” …:" (phòng), "Bàn giao hồ sơ, tài liệu:" (ban), "Tờ
khai điện tử:" (tổ). The line was read as a post's, its words stored as the lead of the items under it ("Đăng ký mô
hình dân vận khéo" led by "Phong trào thi đua …"), no problem shown, exit 0. A word written with other marks than the
post's is not that post (one typed without marks still is: "phong kinh te:"), nor is "Phong trào"."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027
1. Cải cách thủ tục hành chính
- Rà soát thủ tục hành chính. Thời gian: Quý I
{0}
- Đăng ký mô hình dân vận khéo. Thời gian: Quý II
- Hướng dẫn người dân. Thời gian: Quý III
"""


@pytest.mark.parametrize("line", ["Phong trào thi đua “Dân vận khéo” trong giải quyết thủ tục hành chính:",
                                  "Bàn giao hồ sơ, tài liệu:", "Tờ khai điện tử:"])
def test_a_word_only_spelled_as_a_post_s_is_none(line):
    r = parse_text(PLAN.format(line), plan_year=2027)
    assert {t.lead for t in r.tasks} == {""}


@pytest.mark.parametrize("line", ["Tổ một cửa:", "TỔ MỘT CỬA:", "Uỷ ban nhân dân xã:", "phong kinh te:",
                                  "Văn phòng - Thống kê:"])
def test_a_post_s_line_still_leads_its_items(line):
    r = parse_text(PLAN.format(line), plan_year=2027)
    assert [t.lead for t in r.tasks] == ["", line[:-1], line[:-1]]

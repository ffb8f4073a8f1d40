"""Round 32C F1: a lead cell marking each unit's role in brackets with more than one helper ("Tư pháp (CT), Văn phòng
(PH), Công an (PH)"), or its two parts parted by a dash ("Tư pháp (Chủ trì) - Văn phòng (Phối hợp)"), was stored
whole as the lead (round 31C read "(CT); … (PH)" with one helper only): the helpers named as leads, no helper kept."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

H = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì, phối hợp", "Thời hạn"]


@pytest.mark.parametrize("cell, lead, helpers", [
    ("Tư pháp (CT), Văn phòng (PH), Công an (PH)", "Tư pháp", "Văn phòng, Công an"),
    ("Tư pháp (chủ trì); Văn phòng (phối hợp); Công an xã (phối hợp)", "Tư pháp", "Văn phòng; Công an xã"),
    ("Tư pháp (Chủ trì) - Văn phòng (Phối hợp)", "Tư pháp", "Văn phòng"),
    ("Tư pháp - Hộ tịch (CT) – Văn phòng - Thống kê (PH)", "Tư pháp - Hộ tịch", "Văn phòng - Thống kê"),
    ("CC Tư pháp (CT); Văn phòng (PH)", "CC Tư pháp", "Văn phòng"),  # 31C's, kept
    ("Tư pháp (chủ trì), Văn phòng, Công an", "Tư pháp", "Văn phòng, Công an"),  # 31C's, kept
    ("Văn phòng (thường trực) - Tư pháp", "Văn phòng (thường trực) - Tư pháp", ""),
])
def test_each_marked_role_its_part(cell, lead, helpers):
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\t".join(H) + "\n" + f"1\tRà soát văn bản\t{cell}\tQuý II\n",
                   plan_year=2027)
    assert [(t.content, t.lead, t.coordinators) for t in r.tasks] == [("Rà soát văn bản", lead, helpers)]

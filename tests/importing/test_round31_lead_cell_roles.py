"""Round 31C F4: a cell of the "Đơn vị chủ trì, phối hợp" column (read as the lead's since 30C) naming both roles as
officials often write them, "Tư pháp chủ trì, phối hợp với Văn phòng", "Tư pháp (chủ trì), Văn phòng, Công an",
"Tư pháp" then "Phối hợp: Văn phòng" on the next line, "Tư pháp (CT); Văn phòng (PH)", was stored whole as the lead:
the helpers named as leads, no helper recorded. Each role gets its part."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

H = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì, phối hợp", "Thời hạn"]


@pytest.mark.parametrize("cell, lead, helpers", [
    ("Tư pháp chủ trì, phối hợp với Văn phòng", "Tư pháp", "Văn phòng"),
    ("Tư pháp chủ trì phối hợp Văn phòng, Công an", "Tư pháp", "Văn phòng, Công an"),
    ("Tư pháp (chủ trì), Văn phòng, Công an", "Tư pháp", "Văn phòng, Công an"),
    ("Tư pháp (chủ trì); Văn phòng", "Tư pháp", "Văn phòng"),
    ("Tư pháp\nPhối hợp: Văn phòng", "Tư pháp", "Văn phòng"),
    ("Tư pháp; phối hợp: Văn phòng, Công an", "Tư pháp", "Văn phòng, Công an"),
    ("CC Tư pháp (CT); Văn phòng (PH)", "CC Tư pháp", "Văn phòng"),
    ("Tư pháp chủ trì, Văn phòng phối hợp", "Tư pháp", "Văn phòng"),  # 30C's, kept
    ("Tư pháp - Hộ tịch", "Tư pháp - Hộ tịch", ""),
    ("Văn phòng (thường trực)", "Văn phòng (thường trực)", ""),
])
def test_each_role_its_part(cell, lead, helpers):
    quoted = f'"{cell}"' if "\n" in cell else cell
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\t".join(H) + "\n" + f"1\tRà soát văn bản\t{quoted}\tQuý II\n",
                   plan_year=2027)
    assert [(t.content, t.lead, t.coordinators) for t in r.tasks] == [("Rà soát văn bản", lead, helpers)]

"""Round 45C F1: a prose plan whose parts are titled "PHẦN I - MỤC ĐÍCH, YÊU CẦU", "PHẦN II - NHIỆM VỤ CỤ THỂ",
"PHẦN III - TỔ CHỨC THỰC HIỆN" (or "PHẦN THỨ BA: TỔ CHỨC THỰC HIỆN"): the closing part's title was read as a task of
the last area, and so were the lines under it ("Giao Công chức Văn phòng - Thống kê theo dõi, tổng hợp, báo cáo …"),
each asking for a deadline, exit 0 ("Phần III. …" and "PHẦN III: …" end the areas). Such a title now ends them too."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027
{0} MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả cải cách hành chính.
{1} NHIỆM VỤ CỤ THỂ
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật. Thời gian: Quý I
2. Cải cách thủ tục hành chính
- Niêm yết thủ tục hành chính. Thời gian: Quý III
{2} TỔ CHỨC THỰC HIỆN
Giao Công chức Văn phòng - Thống kê theo dõi, tổng hợp, báo cáo kết quả thực hiện kế hoạch.
- Các công chức chuyên môn căn cứ nhiệm vụ được giao triển khai thực hiện.
"""


@pytest.mark.parametrize("parts", [("PHẦN I -", "PHẦN II -", "PHẦN III -"), ("Phần I –", "Phần II –", "Phần III –"),
                                   ("PHẦN THỨ NHẤT:", "PHẦN THỨ HAI:", "PHẦN THỨ BA:"),
                                   ("Phần thứ nhất.", "Phần thứ hai.", "Phần thứ ba.")])
def test_the_closing_part_s_title_ends_the_areas(parts):
    r = parse_text(PLAN.format(*parts), plan_year=2027)
    assert [(t.content, t.area_code) for t in r.tasks] == [("Rà soát văn bản quy phạm pháp luật.", "2"),
                                                           ("Niêm yết thủ tục hành chính.", "3")]

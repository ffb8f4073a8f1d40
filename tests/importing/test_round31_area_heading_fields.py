"""Round 31C F9: a prose plan naming the lead and the time under an area's heading, for the items under it ("1. Cải
cách thể chế" then "Đơn vị chủ trì: Công chức Tư pháp - Hộ tịch", "Thời gian thực hiện: Quý II/2027", then "- Rà
soát …"). 30C gave such lines to a "1.1." heading's items; under an area's heading the lead's line became a task of
its own ("Đơn vị chủ trì: Công chức Tư pháp - Hộ tịch", taking the time), the items with no lead and no deadline.
They are the items' fields now, as a heading row's in a table."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027

II. NHIỆM VỤ
1. Cải cách thể chế
Đơn vị chủ trì: Công chức Tư pháp - Hộ tịch
Thời gian thực hiện: Quý II/2027
- Rà soát văn bản quy phạm pháp luật.
- Tuyên truyền pháp luật.
+ Thời gian: Quý IV
2. Cải cách thủ tục hành chính
- Công khai TTHC.
"""


def test_the_areas_fields_reach_its_items():
    r = parse_text(PLAN, plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text, t.due_date) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", "Công chức Tư pháp - Hộ tịch", "Quý II/2027", dt.date(2027, 6, 30)),
        ("Tuyên truyền pháp luật.", "Công chức Tư pháp - Hộ tịch", "Quý IV", dt.date(2027, 12, 31)),
        ("Công khai TTHC.", "", "", None)]

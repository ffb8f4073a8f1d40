"""Round 31C F1: a prose plan's field line naming several units parted by ";" ("+ Phối hợp: Văn phòng; Công an xã;
các đoàn thể", "Chủ trì: Văn hóa; Phối hợp: Đoàn thanh niên; Hội Phụ nữ"), as officials write lists, was no field
line: it was stored as a task of its own ("Phối hợp: Văn phòng; Công an xã"), the lines after it (the time) given to
that false task, and the task above left with no helpers and no deadline. A part with no label of its own goes on the
field before it."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027

II. NHIỆM VỤ
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật.
+ Chủ trì: Tư pháp - Hộ tịch
+ Phối hợp: Văn phòng - Thống kê; Công an xã; các đoàn thể
+ Thời gian: Quý II
- Tuyên truyền pháp luật.
+ Chủ trì: Văn hóa - Xã hội; Phối hợp: Đoàn thanh niên; Hội Phụ nữ. Thời gian: Quý III
- Thời gian giải quyết hồ sơ: rút ngắn 30%; không có hồ sơ trễ hạn.
"""


def test_a_list_of_units_is_the_fields_value():
    r = parse_text(PLAN, plan_year=2027)
    got = [(t.content, t.lead, t.coordinators, t.deadline_text, t.due_date) for t in r.tasks]
    assert got == [
        ("Rà soát văn bản quy phạm pháp luật.", "Tư pháp - Hộ tịch", "Văn phòng - Thống kê; Công an xã; các đoàn thể",
         "Quý II", dt.date(2027, 6, 30)),
        ("Tuyên truyền pháp luật.", "Văn hóa - Xã hội", "Đoàn thanh niên; Hội Phụ nữ", "Quý III",
         dt.date(2027, 9, 30)),
        ("Thời gian giải quyết hồ sơ: rút ngắn 30%; không có hồ sơ trễ hạn.", "", "", "", None)]

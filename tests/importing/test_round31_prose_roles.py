"""Round 31C F15: a prose plan's lead line naming both roles ("+ Đơn vị thực hiện: Tư pháp chủ trì, phối hợp với Văn
phòng", "+ Trách nhiệm: Văn hóa (chủ trì), Đoàn thanh niên") was stored whole as the lead, no helper: the table's
reading of such a cell (30C, 31C F4) was not applied to prose. It is now."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text


def test_each_role_its_part_in_prose():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\nII. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật.\n"
                   "+ Đơn vị thực hiện: Tư pháp chủ trì, phối hợp với Văn phòng\n+ Thời gian: Quý II\n"
                   "- Tuyên truyền pháp luật.\n+ Trách nhiệm: Văn hóa (chủ trì), Đoàn thanh niên\n"
                   "- Kiểm tra.\n+ Chủ trì: Văn phòng\n+ Phối hợp: Công an\n", plan_year=2027)
    assert [(t.lead, t.coordinators) for t in r.tasks] == [
        ("Tư pháp", "Văn phòng"), ("Văn hóa", "Đoàn thanh niên"), ("Văn phòng", "Công an")]

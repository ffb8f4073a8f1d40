"""Round 32C F10: the helpers named after a comma ("Chủ trì: Văn phòng, phối hợp: Công an xã" on a prose item's line,
"Văn phòng, phối hợp: Công an xã" in a lead cell) were kept in the lead ("Văn phòng, phối hợp: Công an xã"): the
task linked to no official, no helper recorded."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text


def test_prose():
    text = ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027\n\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"
            "- Kiểm tra công tác; Chủ trì: Văn phòng, phối hợp: Công an xã; Thời gian: Quý II.\n"
            "- Rà soát văn bản.\n+ Chủ trì: Tư pháp, phối hợp với: Văn phòng, Công an.\n")
    assert [(t.content, t.lead, t.coordinators) for t in parse_text(text, plan_year=2027).tasks] == [
        ("Kiểm tra công tác", "Văn phòng", "Công an xã"), ("Rà soát văn bản.", "Tư pháp", "Văn phòng, Công an")]


def test_table_cell():
    text = ("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung nhiệm vụ\tĐơn vị chủ trì, phối hợp\tThời hạn\n"
            "1\tRà soát văn bản\tVăn phòng, phối hợp: Công an xã\tQuý II\n")
    assert [(t.lead, t.coordinators) for t in parse_text(text, plan_year=2027).tasks] == [("Văn phòng", "Công an xã")]

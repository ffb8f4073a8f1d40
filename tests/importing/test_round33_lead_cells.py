"""Round 33C: a lead cell "Chủ trì: Văn phòng" (the label, the helpers' part empty in this row, where the next row
says "Chủ trì: Tư pháp; Phối hợp: Văn phòng") kept its label in the lead, so the task was linked to no official; a
cell "Tư pháp chủ trì; Văn phòng phối hợp thực hiện" was stored whole as the lead, no helper."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text
from parapp.store.importer import post_key

ROWS = [["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        ["1", "Rà soát văn bản QPPL", "Chủ trì: Tư pháp; Phối hợp: Văn phòng", "Quý II"],
        ["2", "Niêm yết TTHC", "Chủ trì: Văn phòng", "Quý I"],
        ["3", "Tuyên truyền CCHC", "- Chủ trì: Văn hóa - Xã hội.", "Quý III"],
        ["4", "Phổ biến pháp luật", "Chủ trì: Hội đồng phối hợp PBGDPL xã", "Quý III"],
        ["5", "Tuyên truyền CCHC", "Tư pháp chủ trì; Văn phòng phối hợp thực hiện", "Quý III"],
        ["6", "Kiểm tra CCHC", "Văn phòng (chủ trì); Tư pháp (phối hợp thực hiện)", "Quý IV"]]


def test_the_lead_without_its_label_and_the_helpers_apart():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n" + "\n".join("\t".join(c) for c in ROWS), plan_year=2027)
    assert [(t.lead, t.coordinators) for t in r.tasks] == [
        ("Tư pháp", "Văn phòng"), ("Văn phòng", ""), ("Văn hóa - Xã hội", ""),
        ("Hội đồng phối hợp PBGDPL xã", ""), ("Tư pháp", "Văn phòng"), ("Văn phòng", "Tư pháp")]
    assert post_key(r.tasks[1].lead) == post_key("Văn phòng")

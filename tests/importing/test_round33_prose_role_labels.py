"""Round 33C: a prose item whose words open with a role's word and carry a colon ("- Phối hợp tổ chức Hội nghị:
tổng kết …", "- Chủ trì tổ chức kiểm tra: …", "- Phối hợp với Mặt trận Tổ quốc xã: …", "- Trách nhiệm người đứng
đầu: …") was read as a field line of the task above (31C's role labels read as the table's headers): the item was
lost, and its own lead and time lines under it replaced the lead and deadline of the task above, silently. A label
naming who is one whose every word is a header's word for who."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027
II. NHIỆM VỤ
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật do xã ban hành.
+ Chủ trì: Công chức Tư pháp - Hộ tịch
+ Thời gian: Quý II/2027
- {line}
+ Chủ trì: Văn phòng
+ Thời gian: Tháng 1/2027
"""


@pytest.mark.parametrize("line", [
    "Phối hợp tổ chức Hội nghị: tổng kết công tác CCHC năm 2026.",
    "Chủ trì tổ chức kiểm tra: công tác CCHC tại các thôn.",
    "Phối hợp với Mặt trận Tổ quốc xã: tuyên truyền CCHC đến Nhân dân.",
    "Phối hợp với các đoàn thể, thôn: tuyên truyền CCHC.",
    "Trách nhiệm người đứng đầu: gương mẫu thực hiện CCHC.",
])
def test_an_item_opening_with_a_roles_word_is_a_task(line):
    r = parse_text(PLAN.format(line=line), plan_year=2027)
    assert [(t.content, t.lead, t.coordinators, t.deadline_text, t.due_date) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật do xã ban hành.", "Công chức Tư pháp - Hộ tịch", "", "Quý II/2027",
         dt.date(2027, 6, 30)),
        (line, "Văn phòng", "", "Tháng 1/2027", dt.date(2027, 1, 31))]


@pytest.mark.parametrize("label", ["Bộ phận chuyên môn chủ trì", "Đơn vị được giao chủ trì",
                                   "Cơ quan, đơn vị chủ trì", "Đơn vị chủ trì thực hiện",
                                   "Trách nhiệm thực hiện", "Người phụ trách"])
def test_the_roles_labels_stay_labels(label):
    r = parse_text(PLAN.replace("+ Chủ trì: Công chức", f"+ {label}: Công chức").format(line="Niêm yết TTHC."),
                   plan_year=2027)
    assert [(t.lead, t.deadline_text) for t in r.tasks] == [
        ("Công chức Tư pháp - Hộ tịch", "Quý II/2027"), ("Văn phòng", "Tháng 1/2027")]


def test_phoi_hop_voi_as_a_label():
    """My first cut lost "+ Phối hợp với: Văn phòng" (every word must be a role's: "với" was not one)."""
    r = parse_text(PLAN.replace("+ Thời gian: Quý II/2027", "+ Phối hợp với: Văn phòng\n+ Thời gian: Quý II/2027", 1)
                   .format(line="Niêm yết TTHC."), plan_year=2027)
    assert [(t.lead, t.coordinators, t.deadline_text) for t in r.tasks] == [
        ("Công chức Tư pháp - Hộ tịch", "Văn phòng", "Quý II/2027"), ("Văn phòng", "", "Tháng 1/2027")]

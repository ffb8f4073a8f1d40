"""Round 31C F6: a prose plan's field lines labelled as officials also write them, "+ Chủ trì thực hiện: …", "Đơn vị
chủ trì thực hiện", "Cơ quan, đơn vị chủ trì", "Trách nhiệm thực hiện", "Người thực hiện", "Thời gian hoàn thành dự
kiến", "Lộ trình thực hiện", "Thời điểm hoàn thành", "Hoàn thành", were not read as fields (30C knew a few labels):
the lead's line became a task of its own, taking the helpers and the time named under it, the task above left with
no lead and no deadline; a time's line became a task asking a deadline. Labels are now read as the table's headers
are for the two roles, and the time's with the words plans use."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027

II. NHIỆM VỤ
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật.
+ {lead}: Tư pháp - Hộ tịch
+ Phối hợp thực hiện: Văn phòng
+ {time}: Quý II
- Thời gian giải quyết hồ sơ: rút ngắn 30%.
"""


@pytest.mark.parametrize("lead, time", [
    ("Chủ trì thực hiện", "Thời gian"), ("Đơn vị chủ trì thực hiện", "Thời gian"),
    ("Cơ quan, đơn vị chủ trì", "Thời gian"), ("Trách nhiệm thực hiện", "Thời gian"),
    ("Người thực hiện", "Thời hạn"), ("Chủ trì", "Thời gian hoàn thành dự kiến"),
    ("Chủ trì", "Lộ trình thực hiện"), ("Chủ trì", "Thời điểm hoàn thành"), ("Chủ trì", "Hoàn thành"),
])
def test_the_labels_are_the_tasks_fields(lead, time):
    r = parse_text(PLAN.format(lead=lead, time=time), plan_year=2027)
    assert [(t.content, t.lead, t.coordinators, t.deadline_text, t.due_date) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", "Tư pháp - Hộ tịch", "Văn phòng", "Quý II", dt.date(2027, 6, 30)),
        ("Thời gian giải quyết hồ sơ: rút ngắn 30%.", "", "", "", None)]


def test_an_item_naming_its_lead_in_its_words_stays_a_task():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\nII. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật.\n"
                   "+ Chủ trì: Tư pháp\n- Tuyên truyền pháp luật (Chủ trì: Văn hóa; thời gian: Quý III).\n"
                   "- Tuyên truyền pháp luật, chủ trì: Văn hóa\n", plan_year=2027)
    assert [(t.content[:22], t.lead) for t in r.tasks] == [
        ("Rà soát văn bản quy ph", "Tư pháp"), ("Tuyên truyền pháp luật", "Văn hóa"),  # its own, F16
        ("Tuyên truyền pháp luật", "")]
    assert r.tasks[1].content == "Tuyên truyền pháp luật"

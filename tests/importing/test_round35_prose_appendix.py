"""Round 35C: an appendix to a plan written as prose ("PHỤ LỤC" / "DANH MỤC VĂN BẢN CẦN BAN HÀNH NĂM 2026" /
"(Kèm theo Kế hoạch số 12/KH-UBND …)" / "- Quyết định kiện toàn Tổ một cửa. Thời gian: Tháng 3"). Right after the
tasks, its title and its "(Kèm theo …)" line were stored as tasks and its items as the last area's; after the
recipients and the signature, or after "III. TỔ CHỨC THỰC HIỆN", its items were left out without a word. Its items
are tasks (the area asked for, as an appendix table's are); its title lines are not."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH
Cải cách hành chính năm 2026

II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật. Thời gian: Quý II
2. Cải cách thủ tục hành chính
- Niêm yết công khai TTHC. Thời gian: Quý I
"""
APPENDIX = """PHỤ LỤC
DANH MỤC VĂN BẢN CẦN BAN HÀNH NĂM 2026
(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND xã)
- Quyết định kiện toàn Tổ một cửa. Thời gian: Tháng 3
- Quy chế làm việc của UBND xã. Thời gian: Tháng 2
"""
BETWEEN = ["", "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n",
           "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng - Thống kê theo dõi, đôn đốc thực hiện.\n"]


@pytest.mark.parametrize("between", BETWEEN)
def test_an_appendix_s_items_are_tasks_and_its_title_is_not(between):
    r = parse_text(PLAN + between + APPENDIX, plan_year=2026)
    assert [(t.content, t.area_code, t.deadline_text) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", "2", "Quý II"), ("Niêm yết công khai TTHC.", "3", "Quý I"),
        ("Quyết định kiện toàn Tổ một cửa.", "", "Tháng 3"), ("Quy chế làm việc của UBND xã.", "", "Tháng 2")]
    assert any("lĩnh vực" in str(p) for p in r.tasks[-1].problems)  # the area asked for


def test_an_appendix_s_own_areas_are_read_and_its_recipients_are_no_task():
    appendix = ("PHỤ LỤC I\nNHIỆM VỤ CỤ THỂ\n1. Cải cách thủ tục hành chính\n- Số hóa hồ sơ TTHC. Thời gian: Quý III\n"
                "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    r = parse_text(PLAN + appendix, plan_year=2026)
    assert [(t.content, t.area_code) for t in r.tasks][2:] == [("Số hóa hồ sơ TTHC.", "3")]


def test_an_appendix_s_purpose_part_is_still_prose():
    appendix = "PHỤ LỤC\nI. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao chất lượng phục vụ người dân.\n"
    assert len(parse_text(PLAN + appendix, plan_year=2026).tasks) == 2

"""Round 35C: the closing sentence of a plan ("Trên đây là Kế hoạch … triển khai thực hiện./.") was stored as a task
of the last area or of the last responsibility line ("* Công chức Văn phòng - Thống kê:") when the plan ends with its
tasks (no "Tổ chức thực hiện" part after them); so were the recipients under "Nơi nhận" typed without its colon
("UBND huyện", "Lưu: VT."), round 18B's fault again."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH
Cải cách hành chính năm 2026

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng phục vụ người dân.

II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật. Thời gian: Quý II
2. Cải cách thủ tục hành chính
- Niêm yết công khai TTHC. Thời gian: Quý I
* Công chức Văn phòng - Thống kê:
- Tổng hợp báo cáo CCHC hằng quý. Thời gian: Hằng quý
"""
TASKS = ["Rà soát văn bản quy phạm pháp luật.", "Niêm yết công khai TTHC.", "Tổng hợp báo cáo CCHC hằng quý."]


@pytest.mark.parametrize("closing", [
    "Trên đây là Kế hoạch cải cách hành chính năm 2026 của UBND xã Ba Giang; yêu cầu các bộ phận thực hiện./.\n",
    "Trên đây là Kế hoạch cải cách hành chính năm 2026 của UBND xã Ba Giang.\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n",
    "Yêu cầu các bộ phận, công chức nghiêm túc triển khai thực hiện Kế hoạch này./.\n",
    "Nơi nhận\n- UBND huyện (b/c);\n- Lưu: VT.\n",
    "NƠI NHẬN\n- UBND huyện (b/c);\n- Lưu VT, VP.\n",
])
def test_the_closing_sentence_and_the_recipients_are_no_task(closing):
    assert [t.content for t in parse_text(PLAN + closing, plan_year=2026).tasks] == TASKS


def test_a_task_in_the_area_still_ends_as_it_is_written():
    text = PLAN + "- Công khai kết quả giải quyết hồ sơ trên Cổng dịch vụ công. Thời gian: Thường xuyên\n"
    assert parse_text(text, plan_year=2026).tasks[-1].content == \
        "Công khai kết quả giải quyết hồ sơ trên Cổng dịch vụ công."

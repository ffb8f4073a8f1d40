"""Adversarial round 20B (issue 21), a plan written as prose: areas lettered "A. Cải cách thể chế" (round 19B, 786cee7)
over headings numbered "1.", "2." that name no area of their own.

"A. Cải cách thể chế" > "1. Rà soát, hệ thống hóa văn bản" > "- Rà soát văn bản…": the "1." heading was read as an
area heading naming none, so every item under it was taken for prose: the whole plan refused as holding no task list
(4 tasks lost). As a "1.1." heading takes the area of its "1." (8b89fa2), a "1." takes that of its "A.".
"""

from __future__ import annotations

from parapp.core.importing.parse import parse_bytes

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm thực hiện hiệu quả công tác cải cách hành chính trên địa bàn xã.
II. NHIỆM VỤ TRỌNG TÂM
A. Cải cách thể chế
1. Rà soát, hệ thống hóa văn bản
- Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành;
- Công bố danh mục văn bản hết hiệu lực;
2. Kiểm tra việc thi hành pháp luật
- Kiểm tra thi hành pháp luật về đất đai;
B. Cải cách thủ tục hành chính
1. Niêm yết, công khai
- Niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận một cửa;
C. Nhiệm vụ khác
1. Công tác phối hợp
- Đây là đoạn văn giới thiệu, không thuộc lĩnh vực nào.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng
- Các bộ phận triển khai thực hiện.
"""


def test_items_under_a_numbered_heading_are_tasks_of_the_lettered_area_above_it():
    r = parse_bytes(PLAN.encode(), "ke-hoach.txt", plan_year=2026)
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", "2"),
        ("Công bố danh mục văn bản hết hiệu lực", "2"),
        ("Kiểm tra thi hành pháp luật về đất đai", "2"),
        ("Niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận một cửa", "3")]

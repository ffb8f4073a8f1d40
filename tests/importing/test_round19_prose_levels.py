"""Adversarial round 19B (issue 21), the import of a plan written as prose, in three levels.

"II. NHIỆM VỤ" > "1. Cải cách thể chế" > "1.1. Rà soát, hệ thống hóa văn bản" > "- Rà soát văn bản…": the heading
"1.1." names no area of its own, so the items under it were taken for prose outside the task sections and left out
(3 of 5 tasks lost, exit 0, no word), as round 18B found for the tables of such plans (b2b3868).
"""

from __future__ import annotations

from parapp.core.importing.parse import parse_bytes

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng phục vụ người dân.
II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thể chế
1.1. Rà soát, hệ thống hóa văn bản
- Rà soát văn bản do HĐND xã ban hành.
- Rà soát văn bản do UBND xã ban hành.
1.2. Theo dõi thi hành pháp luật
- Kiểm tra việc thi hành pháp luật trên địa bàn.
2. Cải cách thủ tục hành chính
2.1. Kiểm soát TTHC
- Niêm yết công khai đầy đủ thủ tục hành chính.
3. Công tác phối hợp
3.1. Phối hợp với các đoàn thể
- Đây là đoạn văn giới thiệu, không thuộc lĩnh vực nào.
III. TỔ CHỨC THỰC HIỆN
- Các bộ phận triển khai thực hiện kế hoạch này.
"""


def test_items_under_a_sub_heading_are_tasks_of_the_area_above_it():
    r = parse_bytes(PLAN.encode(), "ke-hoach.txt", plan_year=2026)
    assert [(t.content, t.area_code, t.group) for t in r.tasks] == [
        ("Rà soát văn bản do HĐND xã ban hành.", "2", "Rà soát, hệ thống hóa văn bản"),
        ("Rà soát văn bản do UBND xã ban hành.", "2", "Rà soát, hệ thống hóa văn bản"),
        ("Kiểm tra việc thi hành pháp luật trên địa bàn.", "2", "Theo dõi thi hành pháp luật"),
        ("Niêm yết công khai đầy đủ thủ tục hành chính.", "3", "Kiểm soát TTHC")]


def test_areas_lettered_in_a_plan_written_as_prose_are_read():
    plan = ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\nI. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao chất lượng phục vụ người dân.\n"
            "II. NHIỆM VỤ TRỌNG TÂM\nA. Cải cách thể chế\n- Rà soát văn bản do HĐND xã ban hành.\n"
            "B. Cải cách thủ tục hành chính\n- Niêm yết công khai đầy đủ thủ tục hành chính.\n"
            "Ở cấp xã, việc này giao cho bộ phận một cửa thực hiện thường xuyên.\nIII. TỔ CHỨC THỰC HIỆN\n")
    r = parse_bytes(plan.encode(), "ke-hoach.txt", plan_year=2026)
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản do HĐND xã ban hành.", "2"), ("Niêm yết công khai đầy đủ thủ tục hành chính.", "3"),
        ("Ở cấp xã, việc này giao cho bộ phận một cửa thực hiện thường xuyên.", "3")]

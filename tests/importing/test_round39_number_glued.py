"""Round 39C F5: a plan copied from its PDF loses the space (a tab stop in Word) between a heading's number and its
words: "II.NHIỆM VỤ", "1.Cải cách thể chế", "2.1.Số hóa hồ sơ TTHC. Thời gian: Quý II" (so does a plan typed so). None
was read as a heading: the file was refused (exit 2), asking for area headings and bullets, which it has. Now a
number's dot followed by a letter ends the number as a space would; "2.5 triệu", "1.000 hồ sơ" are no headings."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH
Cải cách hành chính năm 2027 của UBND xã Tân Phú
I.MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng phục vụ người dân và doanh nghiệp.
II.NHIỆM VỤ
1.Cải cách thể chế
- Rà soát văn bản QPPL. Thời gian: Quý II
- Theo dõi thi hành pháp luật. Thời gian: Quý III
2.Cải cách thủ tục hành chính
- Niêm yết công khai TTHC. Thời gian: Quý I
2.1.Số hóa hồ sơ TTHC. Thời gian: Quý II
III.TỔ CHỨC THỰC HIỆN
1.Văn phòng - Thống kê theo dõi, tổng hợp, báo cáo.
- Các công chức thực hiện nhiệm vụ được giao theo kế hoạch.
"""


def test_headings_with_no_space_after_their_number():
    r = parse_text(PLAN, plan_year=2027)
    assert [(t.content, t.area_code, t.deadline_text) for t in r.tasks] == [
        ("Rà soát văn bản QPPL.", "2", "Quý II"), ("Theo dõi thi hành pháp luật.", "2", "Quý III"),
        ("Niêm yết công khai TTHC.", "3", "Quý I"), ("Số hóa hồ sơ TTHC.", "3", "Quý II")]

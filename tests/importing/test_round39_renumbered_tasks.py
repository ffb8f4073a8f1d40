"""Round 39C F4: a plan written as prose numbers its areas "1. Cải cách thể chế", "2. Cải cách thủ tục hành chính" and,
under each, its tasks again from 1 ("1. Rà soát văn bản QPPL do xã ban hành. Thời gian: Quý II", "2. Theo dõi …"), as a
multilevel list copied as text, or a plan typed so, reads. Each task was read as a heading naming no area, the area
ended there and the tasks after it were left out: 1 of 5 tasks read, exit 0, not a word said. Now a number starting
again under an area ("1." under "1.", "2." after it) is a task of that area, as "1.1." is; the next area's heading
("2. Cải cách thủ tục hành chính", naming an area) ends them."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n"
PLAN = HEAD + """1. Cải cách thể chế
1. Rà soát văn bản QPPL do xã ban hành. Thời gian: Quý II
2. Theo dõi thi hành pháp luật tại xã. Thời gian: Quý III
2. Cải cách thủ tục hành chính
1. Niêm yết công khai TTHC tại Bộ phận Một cửa. Thời gian: Quý I
2. Số hóa hồ sơ TTHC. Chủ trì: Văn phòng. Thời gian: Quý II
3. Cải cách tổ chức bộ máy
- Kiện toàn Ban chỉ đạo CCHC. Thời gian: Quý I
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng - Thống kê theo dõi, tổng hợp, báo cáo kết quả thực hiện.
"""


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(t.content, t.area_code, t.lead, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


def test_tasks_numbered_again_under_each_area():
    assert _read(PLAN) == [("Rà soát văn bản QPPL do xã ban hành.", "2", "", "Quý II"),
                           ("Theo dõi thi hành pháp luật tại xã.", "2", "", "Quý III"),
                           ("Niêm yết công khai TTHC tại Bộ phận Một cửa.", "3", "", "Quý I"),
                           ("Số hóa hồ sơ TTHC.", "3", "Văn phòng", "Quý II"),
                           ("Kiện toàn Ban chỉ đạo CCHC.", "4", "", "Quý I")]


def test_a_heading_numbered_again_over_items_is_their_group():
    text = HEAD + ("1. Cải cách thể chế\n1. Công tác rà soát văn bản\n- Rà soát văn bản QPPL. Thời gian: Quý II\n"
                   "2. Công tác theo dõi thi hành pháp luật\n- Theo dõi thi hành pháp luật. Thời gian: Quý III\n"
                   "2. Cải cách thủ tục hành chính\n- Niêm yết công khai TTHC. Thời gian: Quý I\n")
    r = parse_text(text, plan_year=2027)
    assert [(t.content, t.group, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản QPPL.", "Công tác rà soát văn bản", "2"),
        ("Theo dõi thi hành pháp luật.", "Công tác theo dõi thi hành pháp luật", "2"),
        ("Niêm yết công khai TTHC.", "Cải cách thủ tục hành chính", "3")]

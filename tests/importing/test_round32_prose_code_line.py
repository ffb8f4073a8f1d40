"""Round 32C F3: a prose plan's field line citing the task's criterion ("+ Mã tiêu chí: TCTP 2.1.1; TCTP 2.1.2",
"+ Tiêu chí thành phần: 2.1.1") was no field line: stored as a task of its own asking a deadline, the task above
without its code. It is read as the code column is; a line "Tiêu chí: …" naming no code stays an item's words."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027

II. NHIỆM VỤ
1. Cải cách thể chế
- Niêm yết công khai thủ tục hành chính.
+ Chủ trì: Tư pháp.
+ Thời gian thực hiện: Quý II.
+ Mã tiêu chí: TCTP 2.1.1; TCTP 2.1.2
- Rà soát văn bản.
+ Tiêu chí thành phần: 2.1.1¹
+ Chủ trì: Văn phòng.
- Tiêu chí: 100% hồ sơ giải quyết đúng hạn.
"""


def test_a_code_line_is_the_tasks_code():
    r = parse_text(PLAN, plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text, t.par_code) for t in r.tasks] == [
        ("Niêm yết công khai thủ tục hành chính.", "Tư pháp", "Quý II", "2.1.1; 2.1.2"),
        ("Rà soát văn bản.", "Văn phòng", "", "2.1.1"),
        ("Tiêu chí: 100% hồ sơ giải quyết đúng hạn.", "", "", "")]

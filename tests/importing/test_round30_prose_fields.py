"""Round 30C F8: a plan written as prose naming each task's lead and time on lines of their own under it ("- Rà soát
văn bản …" then "+ Chủ trì: Văn hóa - Xã hội", "+ Thời gian hoàn thành: Quý III", or "Đơn vị chủ trì: …; phối hợp: ….
Thời gian: Quý II/2027.") stored those lines as tasks of their own, each asking a deadline, and the task itself with no
lead and no deadline. They are the task's fields now."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027

II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành.
Đơn vị chủ trì: Công chức Tư pháp - Hộ tịch; phối hợp: Văn phòng. Thời gian: Quý II/2027.
- Tuyên truyền, phổ biến pháp luật.
+ Chủ trì: Văn hóa - Xã hội
+ Phối hợp: Các đoàn thể
+ Thời gian hoàn thành: Quý III
+ Sản phẩm: Báo cáo kết quả
2. Cải cách thủ tục hành chính
- Công khai thủ tục hành chính tại bộ phận một cửa.
- Thời gian thực hiện: Thường xuyên
- Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.
"""


def test_the_lines_are_the_tasks_fields():
    r = parse_text(PLAN, plan_year=2027)
    got = [(t.content, t.lead, t.coordinators, t.deadline_text, t.due_date, t.product) for t in r.tasks]
    assert got == [
        ("Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành.", "Công chức Tư pháp - Hộ tịch", "Văn phòng",
         "Quý II/2027", dt.date(2027, 6, 30), ""),
        ("Tuyên truyền, phổ biến pháp luật.", "Văn hóa - Xã hội", "Các đoàn thể", "Quý III", dt.date(2027, 9, 30),
         "Báo cáo kết quả"),
        ("Công khai thủ tục hành chính tại bộ phận một cửa.", "", "", "Thường xuyên", dt.date(2027, 12, 31), ""),
        ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.", "", "", "", None, "")]


def test_a_task_saying_time_in_its_words_stays_a_task():
    r = parse_text(PLAN.replace("- Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
                                "- Thời gian giải quyết hồ sơ: rút ngắn 30% so với quy định."), plan_year=2027)
    assert r.tasks[-1].content == "Thời gian giải quyết hồ sơ: rút ngắn 30% so với quy định."


def test_a_time_not_read_is_the_tasks_and_asked():
    r = parse_text(PLAN.replace("+ Thời gian hoàn thành: Quý III", "+ Thời gian hoàn thành: theo chỉ đạo của huyện"),
                   plan_year=2027)
    t = r.tasks[1]
    assert (t.content, t.deadline_text, t.due_date) == ("Tuyên truyền, phổ biến pháp luật.", "theo chỉ đạo của huyện",
                                                         None)
    assert len(r.tasks) == 4 and any("theo chỉ đạo" in p for p in t.problems)


def test_fields_under_a_numbered_heading_reach_its_items():
    r = parse_text("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027\n\n1. Cải cách thể chế\n"
                   "1.1. Rà soát văn bản quy phạm pháp luật\nThời gian: Quý II/2027\n- Lĩnh vực đất đai\n"
                   "- Lĩnh vực hộ tịch\n1.2. Theo dõi thi hành pháp luật\nThời gian: Quý IV\n", plan_year=2027)
    assert [(t.content, t.deadline_text) for t in r.tasks] == [
        ("Lĩnh vực đất đai", "Quý II/2027"), ("Lĩnh vực hộ tịch", "Quý II/2027"),
        ("Theo dõi thi hành pháp luật", "Quý IV")]

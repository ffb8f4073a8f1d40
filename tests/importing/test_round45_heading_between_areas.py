"""Round 45C L1 (left by 44C): a prose plan with a numbered heading naming no area between two areas ("2. Công tác
thi đua, khen thưởng" between "1. Cải cách thể chế" and "3. Cải cách thủ tục hành chính"): its item "- Tổng kết phong
trào thi đua. Thời gian: Quý IV" was not read, nothing said, exit 0. It is now a task with no area, asking for one (the
clerk chooses it or leaves the row out), as a table's row under such a heading is (43C F4). Items under such a heading
before the first area ("1. Mục tiêu") or after the last ("7. Kinh phí thực hiện") are still the plan's prose."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027
1. Mục tiêu
- Nâng cao chỉ số cải cách hành chính của xã.
2. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật. Thời gian: Quý I
3. Công tác thi đua, khen thưởng
- Tổng kết phong trào thi đua. Thời gian: Quý IV
4. Cải cách thủ tục hành chính
- Niêm yết thủ tục hành chính. Thời gian: Quý III
5. Kinh phí thực hiện
- Kinh phí từ ngân sách xã năm 2027.
"""


def test_the_items_of_a_heading_between_two_areas_are_tasks_asking_for_their_area():
    r = parse_text(PLAN, plan_year=2027)
    assert [(t.content, t.area_code, t.deadline_text) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", "2", "Quý I"),
        ("Tổng kết phong trào thi đua.", "", "Quý IV"),
        ("Niêm yết thủ tục hành chính.", "3", "Quý III")]
    assert [t.stt for t in r.tasks] == ["1", "2", "3"]
    assert any(p.startswith("Chưa xác định được lĩnh vực") for p in r.tasks[1].problems)


def test_a_heading_naming_no_area_after_the_last_area_is_still_prose():
    text = PLAN.replace("4. Cải cách thủ tục hành chính\n- Niêm yết thủ tục hành chính. Thời gian: Quý III\n", "")
    r = parse_text(text, plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản quy phạm pháp luật."]


def test_areas_numbered_under_such_a_heading_keep_their_tasks():
    text = PLAN.replace("3. Công tác thi đua, khen thưởng\n- Tổng kết phong trào thi đua. Thời gian: Quý IV\n"
                        "4. Cải cách thủ tục hành chính\n", "3. Nhiệm vụ trọng tâm\n3.1. Cải cách thủ tục hành chính\n")
    r = parse_text(text, plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản quy phạm pháp luật.", "Niêm yết thủ tục hành chính."]


def test_a_post_s_items_under_such_a_heading_after_the_last_area_are_still_tasks():
    text = PLAN.replace("5. Kinh phí thực hiện\n", "5. Trách nhiệm của các bộ phận\nCông chức Văn phòng - Thống kê:\n")
    r = parse_text(text, plan_year=2027)
    assert [(t.stt, t.lead) for t in r.tasks][-1] == ("4", "Công chức Văn phòng - Thống kê")


ROMAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027
I. CẢI CÁCH THỂ CHẾ
- Rà soát văn bản quy phạm pháp luật. Thời gian: Quý I
II. CÔNG TÁC THI ĐUA, KHEN THƯỞNG
- Tổng kết phong trào thi đua. Thời gian: Quý IV
III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
- Niêm yết thủ tục hành chính. Thời gian: Quý III
IV. TỔ CHỨC THỰC HIỆN
- Công chức Văn phòng - Thống kê theo dõi, tổng hợp, báo cáo kết quả thực hiện.
1. Cải cách thủ tục hành chính: Văn phòng chủ trì.
"""


def test_a_roman_heading_between_two_roman_areas_likewise_but_not_the_closing_part():
    r = parse_text(ROMAN, plan_year=2027)
    assert [(t.content, t.area_code) for t in r.tasks][:3] == [
        ("Rà soát văn bản quy phạm pháp luật.", "2"), ("Tổng kết phong trào thi đua.", ""),
        ("Niêm yết thủ tục hành chính.", "3")]
    assert "Công chức Văn phòng - Thống kê theo dõi, tổng hợp, báo cáo kết quả thực hiện." not in [
        t.content for t in r.tasks]

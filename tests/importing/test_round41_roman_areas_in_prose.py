"""Round 41C F5: a plan written as a list whose areas are numbered with Roman numerals, as its tables are ("I. CẢI CÁCH
THỂ CHẾ" / "- Rà soát …" / "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" / "1. Niêm yết …"). A Roman heading was only ever a part
of the document ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG"), its items prose: the plan was refused (exit 2), told to copy
the areas' headings and bullets it had copied. A Roman heading naming an area is now that area's, as "A." and "1."
are; the document's parts stay parts."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text


@pytest.mark.parametrize("case", ["upper", "lower"])
def test_roman_numbered_areas(case):
    one, two = "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)"
    if case == "lower":
        one, two = "Cải cách thể chế", "Cải cách thủ tục hành chính"
    text = (f"I. {one}\n- Rà soát văn bản QPPL. Thời gian: Quý II\n"
            f"II. {two}\n1. Niêm yết thủ tục hành chính. Thời gian: Quý I\n"
            "2. Kiểm tra việc niêm yết. Thời gian: Quý III\n")
    tasks = parse_text(text, plan_year=2027).tasks
    assert [(t.content, t.deadline_text, t.area_code) for t in tasks] == [
        ("Rà soát văn bản QPPL.", "Quý II", "2"), ("Niêm yết thủ tục hành chính.", "Quý I", "3"),
        ("Kiểm tra việc niêm yết.", "Quý III", "3")]


def test_the_document_parts_stay_parts():
    text = ("I. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng thực hiện thủ tục hành chính trên địa bàn xã.\n"
            "II. THỰC TRẠNG CÔNG TÁC CẢI CÁCH THỂ CHẾ\nCòn chậm rà soát văn bản quy phạm pháp luật của xã.\n"
            "III. NHIỆM VỤ CẢI CÁCH THỦ TỤC HÀNH CHÍNH\nPhấn đấu giải quyết đúng hạn mọi hồ sơ của người dân.\n"
            "1. Cải cách thủ tục hành chính\n- Niêm yết thủ tục hành chính. Thời gian: Quý I\n"
            "IV. TỔ CHỨC THỰC HIỆN\nVăn phòng theo dõi, đôn đốc thực hiện kế hoạch này.\n")
    tasks = parse_text(text, plan_year=2027).tasks
    assert [(t.content, t.area_code) for t in tasks] == [("Niêm yết thủ tục hành chính.", "3")]


def test_tasks_numbered_again_after_their_sub_items():
    """"2." after "1.1.", "1.2." under a Roman area is its next task (the first version of F5 left it out: a heading
    naming no area)."""
    text = ("I. CẢI CÁCH THỂ CHẾ\n1. Rà soát văn bản QPPL\n1.1. Rà soát văn bản của HĐND xã. Thời gian: Quý II\n"
            "1.2. Rà soát văn bản của UBND xã. Thời gian: Quý III\n2. Theo dõi thi hành pháp luật. Thời gian: Quý IV\n"
            "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n1. Niêm yết thủ tục hành chính. Thời gian: Quý I\n")
    tasks = parse_text(text, plan_year=2027).tasks
    assert [(t.content, t.deadline_text, t.area_code) for t in tasks] == [
        ("Rà soát văn bản của HĐND xã.", "Quý II", "2"), ("Rà soát văn bản của UBND xã.", "Quý III", "2"),
        ("Theo dõi thi hành pháp luật.", "Quý IV", "2"), ("Niêm yết thủ tục hành chính.", "Quý I", "3")]


def test_roman_numbers_closed_by_a_bracket():
    """F8: "I) CẢI CÁCH THỂ CHẾ", "II) …" (as "I/" and "I -" are read since 28C): refused (exit 2)."""
    text = ("I) CẢI CÁCH THỂ CHẾ\n- Rà soát văn bản QPPL. Thời gian: Quý II\n"
            "II) CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n- Niêm yết thủ tục hành chính. Thời gian: Quý I\n")
    tasks = parse_text(text, plan_year=2027).tasks
    assert [(t.content, t.area_code) for t in tasks] == [("Rà soát văn bản QPPL.", "2"),
                                                         ("Niêm yết thủ tục hành chính.", "3")]


def test_roman_areas_called_parts():
    """F9: "Phần I. CẢI CÁCH THỂ CHẾ", "PHẦN II: …" (as a table's "Phần II" is read since 28C): refused (exit 2)."""
    text = ("Phần I. CẢI CÁCH THỂ CHẾ\n- Rà soát văn bản QPPL. Thời gian: Quý II\n"
            "PHẦN II: CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n- Niêm yết thủ tục hành chính. Thời gian: Quý I\n")
    tasks = parse_text(text, plan_year=2027).tasks
    assert [(t.content, t.area_code) for t in tasks] == [("Rà soát văn bản QPPL.", "2"),
                                                         ("Niêm yết thủ tục hành chính.", "3")]

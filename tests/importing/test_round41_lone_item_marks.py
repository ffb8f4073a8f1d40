"""Round 41C F4: a list copied from a PDF whose item letters stand on lines of their own ("a)" / "Rà soát …", "b)" /
"Niêm yết …": Word's numbering, tab-aligned, comes out so). Each letter was read as the line above going on: the
deadline stored "Quý I b)", the lead "Văn phòng b)" (matching no official), text nobody typed, exit 0. A lone item mark
is now a line of its own, as a lone "•" or "-" was."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text


def test_lone_letters_stay_out_of_the_fields_above():
    text = ("1. Cải cách thủ tục hành chính\n"
            "a)\nRà soát thủ tục hành chính. Chủ trì: Văn phòng\n"
            "b)\nNiêm yết công khai tại Bộ phận một cửa. Thời gian: Quý II\n"
            "c.\nKiểm tra. Thời gian: Quý III\n"
            "d/\nTổng kết. Thời gian: Quý IV\n")
    tasks = parse_text(text, plan_year=2027).tasks
    assert [(t.content, t.lead, t.deadline_text) for t in tasks] == [
        ("Rà soát thủ tục hành chính.", "Văn phòng", ""),
        ("Niêm yết công khai tại Bộ phận một cửa.", "", "Quý II"),
        ("Kiểm tra.", "", "Quý III"), ("Tổng kết.", "", "Quý IV")]


def test_lone_heading_numbers_read_with_their_words():
    """F6: the same copy of headings, "I." / "CẢI CÁCH THỂ CHẾ", "1." / "Niêm yết …": the areas unseen, the plan was
    refused (exit 2), told to copy the areas' headings it had copied."""
    text = ("I.\nCẢI CÁCH THỂ CHẾ\n- Rà soát văn bản QPPL. Thời gian: Quý II\n"
            "II.\nCẢI CÁCH THỦ TỤC HÀNH CHÍNH\n1.\nNiêm yết thủ tục hành chính. Thời gian: Quý I\n"
            "2.\nKiểm tra việc niêm yết. Thời gian: Quý III\n")
    tasks = parse_text(text, plan_year=2027).tasks
    assert [(t.content, t.deadline_text, t.area_code) for t in tasks] == [
        ("Rà soát văn bản QPPL.", "Quý II", "2"), ("Niêm yết thủ tục hành chính.", "Quý I", "3"),
        ("Kiểm tra việc niêm yết.", "Quý III", "3")]


def test_lone_area_numbers_in_a_numbered_plan():
    text = ("1.\nCải cách thể chế\n- Rà soát văn bản QPPL. Thời gian: Quý II\n"
            "2.\nCải cách thủ tục hành chính\n- Niêm yết thủ tục hành chính. Thời gian: Quý I\n")
    tasks = parse_text(text, plan_year=2027).tasks
    assert [(t.content, t.area_code) for t in tasks] == [("Rà soát văn bản QPPL.", "2"),
                                                         ("Niêm yết thủ tục hành chính.", "3")]

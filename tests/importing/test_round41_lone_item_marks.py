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

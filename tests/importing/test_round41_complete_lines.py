"""Round 41C F1: a prose plan whose tasks stand one a line under their area with no bullet, each naming its own deadline
at its end with no final stop ("Niêm yết công khai thủ tục tại Bộ phận một cửa. Thời gian: Quý II"). Round 40C F5 read
a line of 60 characters with no final stop as one a PDF broke before a capital: the next task ("Kiểm tra. Thời gian:
Quý III") was glued onto it, which then said "Quý III". 2 tasks of 3, the second's deadline changed, exit 0; with each
line naming its lead ("…; Chủ trì: Văn phòng; Thời gian: Quý I") all three became one task. A line that already ends
with its fields is whole: the line under it is a task of its own."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

AREA = "1. Cải cách thủ tục hành chính\n"


def _read(text: str) -> list[tuple[str, str]]:
    return [(t.content, t.deadline_text) for t in parse_text(AREA + text, plan_year=2027).tasks]


def test_deadlines_closing_each_line():
    text = ("Rà soát thủ tục hành chính. Thời gian: Quý I\n"
            "Niêm yết công khai thủ tục tại Bộ phận một cửa. Thời gian: Quý II\n"
            "Kiểm tra. Thời gian: Quý III\n")
    assert _read(text) == [("Rà soát thủ tục hành chính.", "Quý I"),
                           ("Niêm yết công khai thủ tục tại Bộ phận một cửa.", "Quý II"), ("Kiểm tra.", "Quý III")]


def test_lead_and_deadline_closing_each_line():
    text = ("Rà soát thủ tục hành chính; Chủ trì: Văn phòng; Thời gian: Quý I\n"
            "Niêm yết công khai thủ tục tại Bộ phận một cửa; Chủ trì: Văn phòng; Thời gian: Quý II\n"
            "Kiểm tra việc thực hiện; Chủ trì: Tư pháp; Thời gian: Quý III\n")
    assert [d for _, d in _read(text)] == ["Quý I", "Quý II", "Quý III"]


def test_a_line_broken_before_a_capital_still_goes_on():
    text = ("- Tổ chức tiếp nhận và trả kết quả giải quyết thủ tục hành chính tại Bộ phận\n"
            "Một cửa. Thời gian: Quý II\n")
    assert _read(text) == [("Tổ chức tiếp nhận và trả kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa.",
                            "Quý II")]

"""Round 36C: a page's footnote in a plan copied from its signed PDF wraps like any line there. 35C (F13) set aside its
first line ("1 Theo Nghị quyết số 76/NQ-CP … ban hành Chương trình tổng thể"), but the line it wrapped onto
("cải cách hành chính nhà nước giai đoạn 2021 - 2030") was a task of the area, asking for a deadline."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = """KẾ HOẠCH
Cải cách hành chính năm 2026 của UBND xã Ba Giang
II. NỘI DUNG
1. Cải cách thủ tục hành chính
- Rà soát, đơn giản hóa TTHC theo Chương trình tổng thể. Thời gian: Quý II
"""
TAIL = "- Công khai TTHC tại Bộ phận một cửa. Thời gian: Quý III\n"


def _contents(text: str) -> list[str]:
    return [t.content for t in parse_text(text, plan_year=2026).tasks]


def test_a_footnotes_wrapped_line_is_the_footnotes():
    note = ("1 Theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể\n"
            "cải cách hành chính nhà nước giai đoạn 2021 - 2030\n- 2 -\n")
    assert _contents(HEAD + note + TAIL) == ["Rà soát, đơn giản hóa TTHC theo Chương trình tổng thể.",
                                             "Công khai TTHC tại Bộ phận một cửa."]


def test_a_footnote_broken_off_after_a_connector_goes_on_in_capitals():
    note = "[1] Theo Quyết định số 12/QĐ-UBND ngày 10/01/2026 của\nChủ tịch UBND huyện về kiểm soát TTHC.\n"
    assert _contents(HEAD + note + TAIL)[1:] == ["Công khai TTHC tại Bộ phận một cửa."]


def test_a_line_after_a_finished_footnote_is_read_as_before():
    note = "1 Theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.\n"
    text = HEAD + note + "Tăng cường kiểm tra việc giải quyết hồ sơ tại Bộ phận một cửa. Thời gian: Quý IV\n" + TAIL
    assert _contents(text)[1:] == ["Tăng cường kiểm tra việc giải quyết hồ sơ tại Bộ phận một cửa.",
                                   "Công khai TTHC tại Bộ phận một cửa."]

"""Round 38C: a page's footnote copied from the plan's PDF, broken by the page after a comma ("2 Nghị định số 61/2018/
NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa," / "Một cửa liên thông trong giải quyết thủ tục hành
chính."): 36C's F4 took a footnote's next line as its own only in lower case or after a word no sentence ends with; in
capitals after the comma it was a task of the area, asking for a deadline. No footnote ends with a comma: the line
under it is its own."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = ("KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n1. Cải cách thủ tục hành chính\n"
        "- Niêm yết công khai TTHC. Chủ trì: Văn phòng - Thống kê. Thời gian: Quý I/2027.\n")
TAIL = "- Số hóa hồ sơ, kết quả giải quyết TTHC. Thời gian: Tháng 6/2027.\n"


def _contents(text: str) -> list[str]:
    return [t.content for t in parse_text(text, plan_year=2027).tasks]


def test_a_footnote_broken_after_a_comma_goes_on_in_capitals():
    note = ("2 Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa,\n"
            "Một cửa liên thông trong giải quyết thủ tục hành chính.\n")
    assert _contents(HEAD + note + TAIL) == ["Niêm yết công khai TTHC.", "Số hóa hồ sơ, kết quả giải quyết TTHC."]


def test_a_task_after_a_finished_footnote_reads_as_before():
    note = "2 Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.\n"
    text = HEAD + note + "Tăng cường kiểm tra việc giải quyết hồ sơ tại Bộ phận một cửa. Thời gian: Quý IV\n" + TAIL
    assert _contents(text)[1:2] == ["Tăng cường kiểm tra việc giải quyết hồ sơ tại Bộ phận một cửa."]

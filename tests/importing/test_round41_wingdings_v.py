"""Round 41C L2 (left by 40C): a plan table copied from Word as text, a sub-item bulleted with Wingdings' "❖", which
the copy writes as the font's letter "v" in the number cell. It was read as the Roman numeral five, an area heading:
"v | Công bố kết quả rà soát" under task 1 was dropped (said, when it named a lead, as a group row whose values no
task took), and task 2 under it was stored with no area, exit 0. Now a lone lower-case "v" is the Roman five only
where the table's numbering says so (IV before it, VI after it, or the row names an area in capitals or by its
name); elsewhere it is a bullet: a sub-item of the task above."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEADER = "STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\n"


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(t.stt, t.content, t.deadline_text, t.area_code) for t in parse_text(HEADER + text, plan_year=2027).tasks]


def test_a_bullet_under_a_task_of_area_one():
    rows = ("I\tCẢI CÁCH THỂ CHẾ\t\t\n1\tRà soát văn bản QPPL do xã ban hành\tVăn phòng\tQuý II\n"
            "v\tCông bố kết quả rà soát\tTư pháp\t\n2\tTheo dõi thi hành pháp luật\tTư pháp\tQuý III\n"
            "II\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\n1\tNiêm yết thủ tục hành chính\tVăn phòng\tQuý I\n")
    assert _read(rows) == [("1", "Rà soát văn bản QPPL do xã ban hành", "Quý II", "2"),
                           ("v", "Công bố kết quả rà soát", "Quý II", "2"),
                           ("2", "Theo dõi thi hành pháp luật", "Quý III", "2"),
                           ("1", "Niêm yết thủ tục hành chính", "Quý I", "3")]


def test_the_fifth_area_after_the_fourth_stays_one():
    rows = ("IV\tCẢI CÁCH TÀI CHÍNH CÔNG\t\t\n1\tCông khai ngân sách\tKế toán\tQuý II\n"
            "v\tXây dựng chính quyền số\t\t\n1\tDùng chữ ký số\tVăn phòng\tQuý III\n")
    assert [t[0] for t in _read(rows)] == ["1", "1"]
    assert _read(rows)[1][3] != _read(rows)[0][3]


def test_the_fifth_area_before_the_sixth_and_in_capitals():
    six = ("v\tXây dựng chính quyền số\t\t\n1\tDùng chữ ký số\tVăn phòng\tQuý III\n"
           "VI\tCÔNG TÁC KHÁC\t\t\n1\tTổng kết\tVăn phòng\tQuý IV\n")
    assert [t[1] for t in _read(six)] == ["Dùng chữ ký số", "Tổng kết"]
    capitals = "v\tHIỆN ĐẠI HÓA HÀNH CHÍNH\t\t\n1\tDùng chữ ký số\tVăn phòng\tQuý III\n"
    assert _read(capitals) == [("1", "Dùng chữ ký số", "Quý III", _read(capitals)[0][3])]
    assert _read(capitals)[0][3]

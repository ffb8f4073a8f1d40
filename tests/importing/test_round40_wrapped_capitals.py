"""Round 40C F5: a prose plan copied from its PDF breaks an item's long line before a word in capitals ("… sự hài lòng
của người dân tại Bộ phận" / "Một cửa.", "… văn bản và điều hành" / "VNPT-iOffice tại xã. Thời gian: Quý II"). The
short line ending the sentence was left out without a word (the item cut short); a longer one with the item's fields
was a task of its own, the item's first half another, asking for a deadline. Now, under an item's full line (a page's
width) with no stop, a line in capitals that ends the sentence (its stop or the item's fields) goes on with it."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n1. Cải cách thủ tục hành chính\n"


def _read(text: str) -> list[tuple[str, str]]:
    return [(t.content, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


def test_items_broken_before_a_capital():
    text = HEAD + ("- Triển khai phần mềm quản lý văn bản và điều hành trên môi trường mạng của\n"
                   "Ủy ban nhân dân xã. Thời gian: Quý I\n"
                   "- Triển khai phần mềm quản lý văn bản và điều hành thống nhất từ tỉnh đến xã\n"
                   "VNPT-iOffice tại xã. Thời gian: Quý II\n"
                   "- Tổ chức lấy ý kiến đánh giá sự hài lòng của người dân, tổ chức tại Bộ phận\nMột cửa.\n"
                   "- Công khai kết quả. Thời gian: Quý IV\n")
    assert _read(text) == [
        ("Triển khai phần mềm quản lý văn bản và điều hành trên môi trường mạng của Ủy ban nhân dân xã.", "Quý I"),
        ("Triển khai phần mềm quản lý văn bản và điều hành thống nhất từ tỉnh đến xã VNPT-iOffice tại xã.", "Quý II"),
        ("Tổ chức lấy ý kiến đánh giá sự hài lòng của người dân, tổ chức tại Bộ phận Một cửa.", ""),
        ("Công khai kết quả.", "Quý IV")]


def test_short_items_and_group_titles_stay_apart():
    text = HEAD + ("- Niêm yết công khai TTHC tại Bộ phận Một cửa\nSố hóa hồ sơ TTHC theo quy định.\n"
                   "- Tổ chức tuyên truyền, phổ biến pháp luật cho nhân dân trên địa bàn xã\nNhiệm vụ thường xuyên\n"
                   "- Theo dõi thi hành pháp luật. Thời gian: Quý III\n")
    assert [c for c, _ in _read(text)] == ["Niêm yết công khai TTHC tại Bộ phận Một cửa",
                                           "Số hóa hồ sơ TTHC theo quy định.",
                                           "Tổ chức tuyên truyền, phổ biến pháp luật cho nhân dân trên địa bàn xã",
                                           "Nhiệm vụ thường xuyên", "Theo dõi thi hành pháp luật."]

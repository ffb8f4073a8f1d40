"""Round 35C: a plan copied from its PDF (the signed copy from the e-office) has its lines broken where the page broke
them. An item's wrapped line ("- Rà soát … thuộc thẩm quyền giải quyết" / "của UBND xã, kiến nghị cấp trên. Thời
gian: Quý II") was a task of its own taking the item's deadline, the item asking for one; a lead or a deadline
broken off ("Chủ trì: Văn phòng -" / "Thống kê. …", "Thời gian:" / "Quý I") was cut or lost."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2026\nII. NHIỆM VỤ TRỌNG TÂM\n1. Cải cách thủ tục hành chính\n"


def _tasks(body: str):
    return [(t.content, t.lead, t.deadline_text) for t in parse_text(HEAD + body, plan_year=2026).tasks]


def test_an_item_s_wrapped_lines_are_its_own():
    body = ("- Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết\n"
            "của UBND xã, kiến nghị cấp trên. Thời gian: Quý II\n"
            "- Niêm yết công khai TTHC tại Bộ phận một cửa. Thời gian:\nQuý I\n"
            "- Số hóa hồ sơ, kết quả giải quyết TTHC theo quy định. Chủ trì: Văn phòng -\n"
            "Thống kê. Thời gian: Thường xuyên\n")
    assert _tasks(body) == [
        ("Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã, kiến nghị cấp trên.", "",
         "Quý II"),
        ("Niêm yết công khai TTHC tại Bộ phận một cửa.", "", "Quý I"),
        ("Số hóa hồ sơ, kết quả giải quyết TTHC theo quy định.", "Văn phòng - Thống kê", "Thường xuyên")]


def test_lines_of_their_own_stay_so():
    body = ("- Rà soát thủ tục hành chính. Thời gian: Quý II\n"
            "Tổng hợp, báo cáo kết quả rà soát thủ tục hành chính. Thời gian: Quý III\n"
            "b. Kiểm tra việc niêm yết thủ tục hành chính. Thời gian: Quý IV\n"
            "- Công khai kết quả giải quyết hồ sơ. Thời gian: Tháng 12\n"
            "Thời gian hoàn thành: Tháng 11\n")
    # "b." an item's mark (40C F4: it was kept in the words)
    assert [c for c, _, _ in _tasks(body)] == [
        "Rà soát thủ tục hành chính.", "Tổng hợp, báo cáo kết quả rà soát thủ tục hành chính.",
        "Kiểm tra việc niêm yết thủ tục hành chính.", "Công khai kết quả giải quyết hồ sơ."]


def test_a_footnote_under_a_line_breaking_off_is_not_the_item_s():
    body = ("- Rà soát thủ tục hành chính thuộc thẩm quyền của\n¹ Theo Nghị quyết số 76/NQ-CP.\n"
            "UBND xã. Thời gian: Quý II\n")
    assert _tasks(body)[0][0] == "Rà soát thủ tục hành chính thuộc thẩm quyền của"
    assert all("Nghị quyết" not in c for c, _, _ in _tasks(body))


def test_many_wrapped_lines_are_read_in_time():
    import time

    body = "- Rà soát thủ tục\n" + "của UBND xã, kiến nghị cấp trên và các cơ quan\n" * 4000
    started = time.perf_counter()
    tasks = _tasks(body)
    assert time.perf_counter() - started < 6  # read again at each line: 6 s for 4,000 lines; once: 0.2 s
    assert len(tasks) == 1 and len(tasks[0][0]) > 4000 * 40


def test_items_marked_otherwise_are_not_wrapped_lines():
    # F14's first cut glued these to the item above: a roman item, a symbol font's bullets copied as letters
    for mark in ("ii)", "o\t", "§", "ü", "v", "\uf0b7", "*"):
        body = "- Rà soát thủ tục hành chính. Thời gian: Quý II\n" + mark + " Kiểm tra niêm yết. Thời gian: Quý III\n"
        assert len(_tasks(body)) == 2, mark
    body = "- Rà soát thủ tục hành chính, thời gian: Quý II,\nKiểm tra niêm yết thủ tục. Thời gian: Quý III\n"
    assert len(_tasks(body)) == 2
    body = "- Rà soát thủ tục hành chính.\nkiểm tra niêm yết thủ tục hành chính. Thời gian: Quý III\n"
    assert len(_tasks(body)) == 2


def test_an_item_opening_a_list_keeps_the_lines_under_it_apart():
    body = ("- Tổ chức thực hiện tốt các nội dung sau:\nRà soát thủ tục hành chính. Thời gian: Quý II\n"
            "Kiểm tra việc niêm yết thủ tục hành chính. Thời gian: Quý III\n")
    assert len(_tasks(body)) == 3

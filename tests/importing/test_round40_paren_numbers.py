"""Round 40C L1 (left by 39C): a plan numbers its areas "1) Cải cách thể chế", "2) Cải cách thủ tục hành chính" (as
Word's "1)" list style copies), or its tasks "1) Rà soát …", "(1) …", "1.1) …" under a "1." area. The "1)" headings
were no headings: the plan was refused (exit 2). The tasks kept their number in their words ("1) Rà soát văn bản
QPPL."). Now "1)" reads as the area's number where the areas are so numbered (or outside any area), and as an item's
mark inside an area numbered otherwise, or under a "1.1." heading (39C's caution: read as "1." they would have been
headings naming no area, their tasks lost)."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n"


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(t.content, t.area_code, t.group, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


def test_areas_numbered_with_a_bracket():
    text = HEAD + ("1) Cải cách thể chế\n- Rà soát văn bản QPPL. Thời gian: Quý II\n"
                   "- Theo dõi thi hành pháp luật. Thời gian: Quý III\n"
                   "2) Cải cách thủ tục hành chính\n- Niêm yết công khai TTHC. Thời gian: Quý I\n"
                   "III. TỔ CHỨC THỰC HIỆN\n1) Văn phòng tổng hợp, báo cáo kết quả.\n")
    assert _read(text) == [("Rà soát văn bản QPPL.", "2", "Cải cách thể chế", "Quý II"),
                           ("Theo dõi thi hành pháp luật.", "2", "Cải cách thể chế", "Quý III"),
                           ("Niêm yết công khai TTHC.", "3", "Cải cách thủ tục hành chính", "Quý I")]


def test_areas_in_brackets_tasks_numbered_under_them():
    text = HEAD + ("(1) Cải cách thể chế\n1.1) Rà soát văn bản QPPL. Thời gian: Quý II\n"
                   "(2) Cải cách thủ tục hành chính\n2.1) Niêm yết công khai TTHC. Thời gian: Quý I\n")
    assert _read(text) == [("Rà soát văn bản QPPL.", "2", "Cải cách thể chế", "Quý II"),
                           ("Niêm yết công khai TTHC.", "3", "Cải cách thủ tục hành chính", "Quý I")]


def test_tasks_numbered_with_a_bracket_under_a_dotted_area():
    text = HEAD + ("1. Cải cách thể chế\n1) Rà soát văn bản QPPL. Thời gian: Quý II\n"
                   "2) Theo dõi thi hành pháp luật. Thời gian: Quý III\n2. Cải cách thủ tục hành chính\n"
                   "(1) Niêm yết công khai TTHC. Thời gian: Quý I\n1.1) Rà soát TTHC tại xã. Thời gian: Quý I\n")
    assert _read(text) == [("Rà soát văn bản QPPL.", "2", "Cải cách thể chế", "Quý II"),
                           ("Theo dõi thi hành pháp luật.", "2", "Cải cách thể chế", "Quý III"),
                           ("Niêm yết công khai TTHC.", "3", "Cải cách thủ tục hành chính", "Quý I"),
                           ("Rà soát TTHC tại xã.", "3", "Cải cách thủ tục hành chính", "Quý I")]


def test_items_numbered_with_a_bracket_under_a_numbered_heading():
    # 39C's caution: under "1.1." the "1)" are its items, not headings naming no area (their tasks lost)
    text = HEAD + ("1. Cải cách thể chế\n1.1. Công tác rà soát văn bản\n1) Rà soát văn bản QPPL. Thời gian: Quý II\n"
                   "2) Rà soát văn bản hết hiệu lực. Thời gian: Quý III\n1.2. Công tác theo dõi thi hành pháp luật\n"
                   "1) Theo dõi thi hành pháp luật. Thời gian: Quý IV\n")
    assert _read(text) == [("Rà soát văn bản QPPL.", "2", "Công tác rà soát văn bản", "Quý II"),
                           ("Rà soát văn bản hết hiệu lực.", "2", "Công tác rà soát văn bản", "Quý III"),
                           ("Theo dõi thi hành pháp luật.", "2", "Công tác theo dõi thi hành pháp luật", "Quý IV")]


def test_bracketed_items_naming_an_area_stay_items_under_a_dotted_area():
    # "2) … cải cách thủ tục hành chính …" under "1." areas is an item of the area, as "a) …" is
    text = HEAD + ("1. Cải cách thể chế\n1) Rà soát văn bản QPPL. Thời gian: Quý II\n"
                   "2) Rà soát quy định về cải cách thủ tục hành chính. Thời gian: Quý III\n")
    assert [(c, a) for c, a, _, _ in _read(text)] == [("Rà soát văn bản QPPL.", "2"),
                                                      ("Rà soát quy định về cải cách thủ tục hành chính.", "2")]


def test_purpose_section_in_brackets_stays_prose():
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2027\nI. MỤC ĐÍCH, YÊU CẦU\n1) Mục đích\n"
            "- Nâng cao hiệu quả công tác cải cách hành chính của xã.\n2) Yêu cầu\n- Bám sát kế hoạch của huyện.\n"
            "II. NHIỆM VỤ\n1) Cải cách thể chế\n- Rà soát văn bản QPPL. Thời gian: Quý II\n")
    assert [c for c, *_ in _read(text)] == ["Rà soát văn bản QPPL."]


def test_footnote_in_brackets_is_still_a_footnote():
    text = HEAD + ("1) Cải cách thể chế\n- Rà soát văn bản QPPL(1). Thời gian: Quý II\n"
                   "(1) Theo Quyết định số 1291/QĐ-BNV ngày 20/12/2023.\n"
                   "- Theo dõi thi hành pháp luật. Thời gian: Quý III\n")
    assert [c for c, *_ in _read(text)] == ["Rà soát văn bản QPPL.", "Theo dõi thi hành pháp luật."]


def test_an_area_numbered_with_a_bracket_wrapped_by_the_page():
    # L1′: "2) Cải cách thủ tục" / "hành chính" (a PDF's line broken) names its area only with its second line: read
    # from the first alone it was an item of the area above, and its tasks that area's
    text = HEAD + ("1) Cải cách thể chế\n- Rà soát văn bản QPPL. Thời gian: Quý II\n2) Cải cách thủ tục\nhành chính\n"
                   "- Niêm yết công khai TTHC. Thời gian: Quý I\n")
    assert _read(text) == [("Rà soát văn bản QPPL.", "2", "Cải cách thể chế", "Quý II"),
                           ("Niêm yết công khai TTHC.", "3", "Cải cách thủ tục hành chính", "Quý I")]

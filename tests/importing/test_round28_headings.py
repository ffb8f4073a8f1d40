"""Round 28C F15: an area numbered "II/", "II -" or "Phần II" (the slash is how many commune offices number their
parts: "I/ MỤC ĐÍCH") was read as a task "CẢI CÁCH TTHC" asking for a deadline, and the tasks under it stayed in the
area above (thể chế for thủ tục hành chính), not a word said of that."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text


def _plan(number: str) -> str:
    return ("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n"
            "I/\tCẢI CÁCH THỂ CHẾ\t\t\n1\tRà soát văn bản\tTư pháp\tQuý I\n"
            f"{number}\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\n1\tCông khai TTHC\tMột cửa\tQuý II\n"
            "2\tSố hóa hồ sơ\tMột cửa\tQuý III\n")


@pytest.mark.parametrize("number", ["II/", "II -", "II:", "Phần II", "II –", "Mục II."])
def test_an_area_numbered_with_a_slash_or_a_dash(number):
    r = parse_text(_plan(number), plan_year=2027)
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản", "2"), ("Công khai TTHC", "3"), ("Số hóa hồ sơ", "3")]


def test_a_lettered_item_is_still_a_task():
    r = parse_text(_plan("II/").replace("2\tSố hóa", "c)\tSố hóa"), plan_year=2027)
    assert [t.stt for t in r.tasks] == ["1", "1", "c)"]


@pytest.mark.parametrize("row", ["II/ CẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t", "\tII/ CẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t",
                                 "II - CẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t", "\tII - Cải cách thủ tục hành chính\t\t"])
def test_an_area_numbered_with_a_slash_in_one_cell(row):
    """F16: the same heading written in one cell (merged across the row, or in the content column): "II/ CẢI CÁCH …"
    merged across was refused as a row with no content and its tasks stayed in the area above; in the content column
    its group kept the number ("II/ CẢI CÁCH …", "- CẢI CÁCH …")."""
    r = parse_text(_plan("II").replace("II\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t", row), plan_year=2027)
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản", "2"), ("Công khai TTHC", "3"), ("Số hóa hồ sơ", "3")]
    assert r.tasks[1].group.upper() == "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" and not r.problems


def test_a_task_opening_with_a_dash_is_kept():
    r = parse_text(_plan("II").replace("2\tSố hóa hồ sơ", "\tV - Số hóa hồ sơ"), plan_year=2027)
    assert r.tasks[-1].content.endswith("Số hóa hồ sơ")


def test_a_prose_plan_numbered_with_slashes():
    """F17: a prose plan numbered "I/ MỤC ĐÍCH", "II/ NHIỆM VỤ", "1/ Cải cách thể chế" (as many offices number their
    parts) was refused, exit 2, "Không nhận ra bảng … hay danh sách nhiệm vụ nào"; the same plan numbered "I.", "1."
    is read."""
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2027\n\nI/ MỤC ĐÍCH, YÊU CẦU\n- Nâng cao chất lượng.\n"
            "II/ NHIỆM VỤ TRỌNG TÂM\n1/ Cải cách thể chế\n- Rà soát văn bản QPPL.\n- Theo dõi thi hành pháp luật.\n"
            "2/ Cải cách thủ tục hành chính\n- Công khai TTHC.\nIII/ TỔ CHỨC THỰC HIỆN\n- Văn phòng tham mưu.\n")
    dotted = parse_text(text.replace("/ ", ". "), plan_year=2027)
    r = parse_text(text, plan_year=2027)
    assert [(t.content, t.area_code, t.group) for t in r.tasks] == [
        (t.content, t.area_code, t.group) for t in dotted.tasks]
    assert [t.area_code for t in r.tasks] == ["2", "2", "3"]

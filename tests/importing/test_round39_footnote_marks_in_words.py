"""Round 39C L3 (left by 38C): a plan copied from its PDF keeps each footnote's mark in the words it notes ("… tại Bộ
phận Một cửa¹.", "… giải quyết TTHC[2].", the raised mark flattened "… nội bộ TTHC3."), and the footnote itself at the
page's foot ("¹ Theo Quyết định số 1291/QĐ-BNV …", read as a footnote since 35C-38C). The tasks were stored with the
marks in their words ("Một cửa¹.", 3 of 4 tasks in the test's plan), pointing to notes the register does not hold. Now
a mark is left out of a task's words when its footnote is found in the file; a mark with no footnote found, or a
number in brackets standing apart ("dữ liệu (4) trên …"), is kept as typed."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n1. Cải cách thủ tục hành chính\n"
TASKS = ("- Niêm yết công khai TTHC tại Bộ phận Một cửa¹. Thời gian: Quý I/2027.\n"
         "- Số hóa hồ sơ, kết quả giải quyết TTHC[2]. Thời gian: Quý II/2027.\n"
         "- Rà soát quy trình nội bộ giải quyết TTHC3, cập nhật hồ sơ. Thời gian: Quý III/2027.\n"
         "- Cập nhật cơ sở dữ liệu (4) trên Cổng dịch vụ công. Thời gian: Quý IV/2027.\n")
NOTES = ("¹ Theo Quyết định số 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ.\n"
         "[2] Nghị định 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ.\n"
         "3Quyết định số 31/2021/QĐ-UBND của UBND tỉnh.\n")


def _words(text: str) -> list[str]:
    return [t.content for t in parse_text(text, plan_year=2027).tasks]


def test_marks_whose_footnotes_are_found_are_left_out():
    assert _words(HEAD + TASKS + NOTES) == [
        "Niêm yết công khai TTHC tại Bộ phận Một cửa.", "Số hóa hồ sơ, kết quả giải quyết TTHC.",
        "Rà soát quy trình nội bộ giải quyết TTHC, cập nhật hồ sơ.",
        "Cập nhật cơ sở dữ liệu (4) trên Cổng dịch vụ công."]


def test_marks_with_no_footnote_found_are_kept():
    assert _words(HEAD + TASKS) == [
        "Niêm yết công khai TTHC tại Bộ phận Một cửa¹.", "Số hóa hồ sơ, kết quả giải quyết TTHC[2].",
        "Rà soát quy trình nội bộ giải quyết TTHC3, cập nhật hồ sơ.",
        "Cập nhật cơ sở dữ liệu (4) trên Cổng dịch vụ công."]


def test_a_number_that_is_part_of_a_word_is_kept():
    task = "- Phòng chống dịch cúm H5N1 tại Bộ phận Một cửa. Thời gian: Quý I/2027.\n"
    text = HEAD + task + NOTES.replace("3Q", "1 Q")
    assert _words(text) == ["Phòng chống dịch cúm H5N1 tại Bộ phận Một cửa."]

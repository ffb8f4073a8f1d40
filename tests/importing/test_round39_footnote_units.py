"""Round 39C L3 (follow-up): a task measuring a room or a plot ("Bố trí Bộ phận Một cửa diện tích tối thiểu 40m²",
"… 2 m³ hồ sơ") in a plan whose page holds a footnote "²" or "³". L3 left the raised "²" out of the words as that
note's mark: "40m." was stored, the square metres lost. A raised figure after a number's unit is the unit's; after a
word it is the note's mark as before."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027 của UBND xã Tân Phú\nII. NHIỆM VỤ\n1. Cải cách thủ tục hành chính\n"
NOTES = ("² Theo Quyết định số 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ.\n"
         "³ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ.\n")


def test_a_units_raised_figure_is_kept():
    text = HEAD + ("- Bố trí Bộ phận Một cửa diện tích tối thiểu 40m², 25 km² địa bàn. Thời gian: Quý I/2027.\n"
                   "- Số hóa 2 m³ hồ sơ lưu trữ tại Bộ phận Một cửa². Thời gian: Quý II/2027.\n"
                   "- Cập nhật cơ sở dữ liệu TTHC³. Thời gian: Quý III/2027.\n") + NOTES
    assert [t.content for t in parse_text(text, plan_year=2027).tasks] == [
        "Bố trí Bộ phận Một cửa diện tích tối thiểu 40m², 25 km² địa bàn.",
        "Số hóa 2 m³ hồ sơ lưu trữ tại Bộ phận Một cửa.", "Cập nhật cơ sở dữ liệu TTHC."]


def test_a_units_flattened_figure_is_kept():
    """The copy flattened both: "40 m2" beside "TTHC2", the note "2 Theo Quyết định số …"."""
    text = HEAD + ("- Bố trí Bộ phận Một cửa diện tích 40 m2, kho lưu trữ 12 m3. Thời gian: Quý I/2027.\n"
                   "- Số hóa hồ sơ TTHC2. Thời gian: Quý II/2027.\n"
                   "2 Theo Quyết định số 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ.\n"
                   "3 Theo Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ.\n")
    assert [t.content for t in parse_text(text, plan_year=2027).tasks] == [
        "Bố trí Bộ phận Một cửa diện tích 40 m2, kho lưu trữ 12 m3.", "Số hóa hồ sơ TTHC."]

"""Round 31D, `figures import`: rows of a commune's table still added as one more field, every figure of them counted
twice (25 dossiers received online stored for 15), exit 0, not a word.

- Parts opened by a bullet pasted as text that round 30D's list did not hold: "❖", "✓", "◆", "□", "⁃", "=>", "Ø"
  (Wingdings' arrow shown in a text font).
- Parts printed with their field's number: "1a", "1.a", "1a)", "1-1".
- Breakdowns opened by "Trong số đó:", "Gồm có:", "Chi tiết:", "Phân ra:", "Chia theo lĩnh vực:".
- Parts numbered "i", "ii" (lowercase Roman): "ii" was a group, the next field's figures under it left out (14 for 15).
"""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


def _values(text: str) -> tuple[float, float, float]:
    v = read_bytes(text.encode(), "bieu.csv").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


@pytest.mark.parametrize("mark", ["❖", "✓", "✔", "◆", "♦", "□", "⁃", "∙", "=>", ">", "§", "Ø"])
def test_parts_opened_by_other_bullets_are_parts(mark):
    text = H + f"1,Hộ tịch,10,5,4\n,{mark} Khai sinh,6,3,3\n,{mark} Khai tử,4,2,1\n2,Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)
    text = H + f"1,Hộ tịch,10,5,4\n{mark},Khai sinh,6,3,3\n{mark},Khai tử,4,2,1\n2,Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)


@pytest.mark.parametrize("a, b", [("1a", "1b"), ("1.a", "1.b"), ("1a)", "1b)"), ("1-1", "1-2"), ("i", "ii"),
                                  ("i.", "ii.")])
def test_parts_numbered_with_their_field_are_parts(a, b):
    text = H + f"1,Hộ tịch,10,5,4\n{a},Khai sinh,6,3,3\n{b},Khai tử,4,2,1\n2,Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)
    if a != "i":  # "i Khai sinh": a word, no mark
        text = H + f"1,Hộ tịch,10,5,4\n,{a} Khai sinh,6,3,3\n,{b} Khai tử,4,2,1\n2,Chứng thực,5,5,1\n"
        assert _values(text) == (15, 10, 5)


@pytest.mark.parametrize("opener", ["Trong số đó:", "Gồm có:", "Chi tiết:", "Chi tiết gồm:", "Phân ra:", "Phân theo:",
                                    "Chia theo lĩnh vực:", "Cụ thể như sau:"])
def test_a_breakdown_opened_in_yet_other_words_is_parts(opener):
    text = H + f"1,Hộ tịch,10,5,4\n,{opener},,,\n,Khai sinh,6,3,3\n,Khai tử,4,2,1\n2,Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)
    text = H + f"1,Hộ tịch,10,5,4\n,{opener} Khai sinh,6,3,3\n,Khai tử,4,2,1\n2,Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)


def test_names_opening_with_a_quote_or_such_words_stay_fields():
    h = "Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"
    assert _values(h + "“Một cửa” liên thông,10,5,4\nCụ thể hóa văn bản,5,5,1\nChi tiết khác,1,1,1\n") == (16, 11, 6)
    assert _values(H + "I,TTHC cấp xã,,,\n1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\nII,Khác,,,\n1,Đất đai,1,1,1\n") \
        == (16, 11, 6)


@pytest.mark.parametrize("after", ["66%", '"66,7%"', "Đạt", "-"])
def test_a_total_row_without_a_name_with_a_rate_or_a_note_is_the_total(after):
    """Round 30D's nameless total row, with a rate ("66%") or a note ("Đạt") after the counts: one more field, 30 for
    15."""
    h = H.rstrip("\n") + ",Tỷ lệ đúng hạn (%)\n"
    fields = '1,Hộ tịch,10,5,4,55%\n2,Chứng thực,5,5,1,"83,3%"\n'
    assert _values(h + fields + f",,15,10,5,{after}\n") == (15, 10, 5)
    assert _values(h + fields + f",,2,1,1,{after}\n") == (17, 11, 6)  # no sum: a field


@pytest.mark.parametrize("mark", ["...", "…", "?"])
def test_a_row_numbered_with_an_ellipsis_stays_a_field(mark):
    """The rows a table leaves out ("…", "Khác") are fields of their own, no bullet."""
    assert _values(H + FIELDS_3 + f"{mark},Khác,3,3,3\n") == (18, 13, 8)
    assert _values(H + FIELDS_3 + f",{mark} Khác,3,3,3\n") == (18, 13, 8)


FIELDS_3 = "1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\n"

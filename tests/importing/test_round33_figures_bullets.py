"""Round 33D, `figures import`: a field marked by a bullet ("- Hộ tịch", "+ Hộ tịch"; no number column, or its number
left empty) with its breakdown opened by "Trong đó:" under it. The bulleted field stands as deep as a part, so the
opener and the rows under it were no deeper: each part was added to its field again, 25 dossiers stored for 15, exit 0,
not a word. The breakdown stands under the row it follows; a row bulleted as that one is the next field."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


def _values(text: str) -> tuple[float, float, float]:
    v = read_bytes(text.encode(), "bieu.csv").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


@pytest.mark.parametrize("parts", [
    "Trong đó:,,,\n+ Khai sinh,6,3,2\n+ Khai tử,4,2,2\n",
    "Trong đó:,,,\nKhai sinh,6,3,2\nKhai tử,4,2,2\n",
    "Trong đó: Khai sinh,6,3,2\nKhai tử,4,2,2\n",
    "+ Trong đó:,,,\n+ Khai sinh,6,3,2\n+ Khai tử,4,2,2\n",
    "Gồm có:,,,\n+ Khai sinh,6,3,2\n+ Khai tử,4,2,2\n",
    "Trong đó:,,,\n+ Khai sinh,6,3,2\n",  # only some procedures named
])
def test_a_breakdown_under_a_bulleted_field_is_its_parts(parts):
    assert _values(H + f"- Hộ tịch,10,5,4\n{parts}- Chứng thực,5,5,1\n") == (15, 10, 5)
    assert _values(H + f"- Hộ tịch,10,5,4\n{parts}- Chứng thực,5,5,1\nTổng cộng,15,10,5\n") == (15, 10, 5)


def test_with_an_empty_number_column_too():
    text = "STT," + H + ",- Hộ tịch,10,5,4\n,Trong đó:,,,\n,+ Khai sinh,6,3,2\n,+ Khai tử,4,2,2\n,- Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)


def test_a_field_bulleted_plus_with_parts_bulleted_minus_under_the_opener():
    text = H + "+ Hộ tịch,10,5,4\nTrong đó:,,,\n- Khai sinh,6,3,2\n- Khai tử,4,2,2\n+ Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)


def test_unbulleted_rows_past_the_field_after_its_breakdown_are_fields():
    """Unmarked, in a table numbering none, rows past what the field holds are the next fields (round 20B)."""
    text = H + "- Hộ tịch,10,5,4\nTrong đó:,,,\nKhai sinh,6,3,2\nKhai tử,4,2,2\nChứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)


def test_parts_bulleted_as_the_table_bullets_them_that_do_not_add_up_are_parts():
    """A table bulleting fields "+" and parts "-" where one field lists all its parts (they add up to it, round 32D's
    rule) and another only some ("- Khai sinh" of "+ Hộ tịch"): the partial ones were fields, 21 stored for 15."""
    text = H + "+ Hộ tịch,10,5,4\n- Khai sinh,6,3,2\n+ Chứng thực,5,5,1\n- Bản sao,3,3,1\n- Chữ ký,2,2,0\n"
    assert _values(text) == (15, 10, 5)
    assert _values(H + "+ Chứng thực,5,5,1\n- Bản sao,3,3,1\n- Chữ ký,2,2,0\n+ Hộ tịch,10,5,4\n- Khai sinh,6,3,2\n") \
        == (15, 10, 5)


def test_rows_bulleted_otherwise_that_exceed_the_row_above_stay_fields():
    text = H + "+ Hộ tịch,10,5,4\n- Khai sinh,6,3,2\n- Khai tử,4,2,2\n+ Chứng thực,5,5,1\n- Đất đai,7,1,1\n"
    assert _values(text) == (22, 11, 6)


def test_a_row_bulleted_as_the_field_after_a_one_line_breakdown_is_the_next_field():
    text = H + "- Hộ tịch,10,5,4\nTrong đó: trực tuyến,6,,\n- Chứng thực,3,2,1\n"
    assert _values(text) == (13, 7, 5)


def test_a_field_bulleted_as_the_field_two_rows_up_is_no_part_of_the_part_between():
    """"+ Hộ tịch 6" over "- Khai sinh 6" (its one procedure), then "+ Chứng thực 6": round 32D nested each run under
    the row before it, "+ Chứng thực" under "- Khai sinh", deeper and deeper: 6 stored for 12 (11 for 16)."""
    assert _values(H + "+ Hộ tịch,6,3,2\n- Khai sinh,6,3,2\n+ Chứng thực,6,3,2\n- Bản sao,6,3,2\n") == (12, 6, 4)
    text = H + "+ Hộ tịch,6,3,2\n- Khai sinh,6,3,2\n+ Chứng thực,5,3,2\n- Bản sao,5,3,2\n+ Đất đai,5,3,2\n- Cấp,5,3,2\n"
    assert _values(text) == (16, 9, 6)


def test_three_bullets_deep():
    text = H + "* Cấp xã,15,10,5\n+ Hộ tịch,10,5,4\n- Khai sinh,6,3,2\n- Khai tử,4,2,2\n+ Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)


def test_a_long_table_of_alternating_bullets_is_read_quickly():
    """10,000 rows "+ a", "- b": each nested under the one before, read in about four minutes (the depth grew a level a
    row). Now the two levels of the table."""
    text = H + "+ a,1,1,1\n- b,1,1,1\n" * 5000
    assert _values(text) == (5000, 5000, 5000)


def test_a_field_of_zeros_proves_no_bullets():
    text = H + "- Đất đai,0,0,0\n+ Hộ tịch,0,0,0\n- Chứng thực,5,5,1\n+ Tư pháp,3,1,1\n"
    assert _values(text) == (8, 6, 2)


def test_parts_bulleted_as_their_field_under_its_opener_adding_up_to_it():
    text = H + "- Hộ tịch,10,5,4\nTrong đó:,,,\n- Khai sinh,6,3,2\n- Khai tử,4,2,2\n- Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)

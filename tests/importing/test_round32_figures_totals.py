"""Round 32D, `figures import`: round 30D/31D's total rules misfiring on honest tables.

- A nameless total row under a table with a single group "I" over its fields (or a single field over its parts): once
  the parts are set aside one row is left above it, "no sum to speak of", and the total was one more field: 30 stored
  for 15, exit 0, not a word.
- A real field named "Xã hội" or "Phương tiện giao thông" (folded, "xa …", "phuong …" as "Xã Tân Phú", "Phường 3")
  whose figures happen to equal the other rows' sum closing the table was taken for the commune's total: the other
  fields dropped, 5 stored for 10, silent.
"""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


def _values(text: str) -> tuple[float, float, float]:
    v = read_bytes(text.encode(), "bieu.csv").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


def test_a_nameless_total_under_a_single_group_is_the_total():
    assert _values(H + "I,TTHC cấp xã,15,10,5\n1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\n,,15,10,5\n") == (15, 10, 5)
    assert _values(H + "1,Hộ tịch,15,10,5\n,- Khai sinh,10,5,4\n,- Khai tử,5,5,1\n,,15,10,5\n") == (15, 10, 5)
    assert _values(H + "1,Hộ tịch,10,5,4\n,,10,5,4\n") == (20, 10, 8)  # round 30D's: one row printed above


@pytest.mark.parametrize("name", ["Xã hội", "XÃ HỘI", "Phương tiện giao thông", "Phương án bồi thường"])
def test_a_field_named_as_a_common_word_opening_like_a_commune_is_a_field(name):
    assert _values(H + f"1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n3,{name},5,3,2\n") == (10, 6, 4)
    assert _values(H + f"1,{name},5,3,2\n2,Hộ tịch,3,2,1\n3,Chứng thực,2,1,1\n") == (10, 6, 4)


@pytest.mark.parametrize("label", ["Xã Tân Phú", "UBND xã Tân Phú", "XÃ TÂN PHÚ", "Phường 3", "Thị trấn Phú Mỹ"])
def test_the_commune_named_still_closes_the_table_as_its_total(label):
    assert _values(H + f"1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n,{label},5,3,2\n") == (5, 3, 2)


def test_a_field_named_cong_chung_is_a_field_even_when_it_equals_the_others_sum():
    """"Công chứng" (notarisation) folds as "Cộng chung" (the total): round 31D's sum rule took the field for the
    commune's total where its figures equalled the others', the other fields dropped (5 stored for 10)."""
    assert _values(H + "1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n3,Công chứng,5,3,2\n") == (10, 6, 4)
    assert _values(H + "1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n,Cộng chung,5,3,2\n") == (5, 3, 2)
    assert _values(H + "1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n,Cong chung,5,3,2\n") == (5, 3, 2)


def test_a_worded_total_opening_a_table_of_a_single_group_is_the_total():
    text = H + ",Tổng cộng xã Tân Phú,15,10,5\nI,TTHC cấp xã,15,10,5\n1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)


@pytest.mark.parametrize("label", ["∑", "Σ", "∑:", "Σ cộng"])
def test_the_sum_sign_labels_the_total(label):
    """"∑" alone, a symbol, was read as a bullet: the total one more row, 30 stored for 15."""
    assert _values(H + f"1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\n,{label},15,10,5\n") == (15, 10, 5)

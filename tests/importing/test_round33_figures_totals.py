"""Round 33D, `figures import`: total rows round 31D/32D's worded rule still took for fields, or a field for the total.

- A field "Công chứng" typed in Unicode's combining form (Unikey's "Unicode tổ hợp", as many communes type) whose
  figures equalled the others' sum was the total "Cộng chung": round 32D told them apart by comparing the text as
  written with a precomposed "công chứng", so the other fields were dropped, 5 stored for 10, silent.
- A total worded "Cộng toàn phường", "Cộng xã Tân Phú", "Cộng toàn đơn vị", "Cộng tất cả", "Tất cả", "Ủy ban nhân dân
  xã Tân Phú" (a label round 31D's rule did not open with) was one more field: every figure stored twice, silent.
"""

from __future__ import annotations

import unicodedata

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


def _values(text: str) -> tuple[float, float, float]:
    v = read_bytes(text.encode(), "bieu.csv").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


def test_a_field_cong_chung_typed_in_combining_marks_is_a_field():
    text = H + "1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n3,Công chứng,5,3,2\n"
    assert _values(unicodedata.normalize("NFD", text)) == (10, 6, 4)
    assert _values(unicodedata.normalize("NFD", H + "1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n,Cộng chung,5,3,2\n")) \
        == (5, 3, 2)


@pytest.mark.parametrize("label", ["Cộng toàn phường", "Cộng xã Tân Phú", "Cộng toàn thị trấn", "Cộng toàn đơn vị",
                                   "Cộng tất cả", "Tất cả", "Cộng lại", "Cộng chung toàn xã", "Cộng 1+2",
                                   "Ủy ban nhân dân xã Tân Phú", "CỘNG TOÀN PHƯỜNG"])
def test_a_total_worded_otherwise_closes_the_table(label):
    assert _values(H + f"1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n,{label},5,3,2\n") == (5, 3, 2)
    assert _values(H + f",{label},5,3,2\n1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n") == (5, 3, 2)


@pytest.mark.parametrize("name", ["Công an", "Công thương", "Cộng đồng dân cư", "Công tác dân tộc", "Ủy ban MTTQ"])
def test_a_field_whose_figures_equal_the_others_sum_stays_a_field(name):
    assert _values(H + f"1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n3,{name},5,3,2\n") == (10, 6, 4)


@pytest.mark.parametrize("label", ["Xã An Phú", "Phường Tây Thạnh", "Thị trấn Đông Anh", "Xã Bắc Sơn",
                                   "UBND xã Nam Phong", "Xã Tiên Du", "Phường Điện Biên", "Xã Hội An",
                                   "XÃ AN PHÚ", "PHƯỜNG TÂY THẠNH"])
def test_a_commune_whose_name_opens_with_a_common_word_closes_the_table(label):
    """Round 32D told "Xã hội", "Phương tiện" from a commune by a list of common words, whatever the case: a commune
    named "An Phú", "Tây Thạnh", "Đông Anh" (as many are) was one more field, every figure stored twice."""
    assert _values(H + f"1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n,{label},5,3,2\n") == (5, 3, 2)


@pytest.mark.parametrize("name", ["Xã hội", "XÃ HỘI", "Xã Hội", "Phương tiện giao thông", "PHƯƠNG TIỆN GIAO THÔNG",
                                  "Phương Án Bồi Thường", "PHUONG TIEN", "Xả thải", "XẢ THẢI"])
def test_common_words_still_are_fields(name):
    assert _values(H + f"1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n3,{name},5,3,2\n") == (10, 6, 4)

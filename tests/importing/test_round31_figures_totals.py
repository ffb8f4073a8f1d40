"""Round 31D, `figures import`: total rows and a field taken one for the other.

- A field "Công chứng" (notarisation), folded "cong chung", was read as the total "Cộng chung": its figures stored for
  the commune's, every other field dropped (5 dossiers for 15), said only as a total the fields do not add up to.
- A total row worded as the list does not hold, naming the commune ("Tổng cộng xã Tân Phú", "UBND xã Tân Phú", "Toàn
  phường") or the period ("Tổng cộng năm 2026"), "Tổng số TTHC đã giải quyết": one more field, every figure stored
  twice. Such a row is the total where it is the sum of the other rows, closing (or opening) the table.
"""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"
FIELDS = "1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\n"


def _values(text: str) -> tuple[float, float, float]:
    v = read_bytes(text.encode(), "bieu.csv").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


def test_the_field_cong_chung_is_a_field():
    assert _values(H + "1,Hộ tịch,10,5,4\n2,Công chứng,5,5,1\n") == (15, 10, 5)
    assert _values(H + "1,Hộ tịch,10,5,4\n2,Công chứng,5,5,1\n,Cộng chung,15,10,5\n") == (15, 10, 5)


@pytest.mark.parametrize("label", ["Tổng cộng xã Tân Phú", "Toàn xã Tân Phú", "UBND xã Tân Phú", "Xã Tân Phú",
                                   "Toàn phường", "Tổng cộng thị trấn", "Tổng cộng năm 2026", "Tổng cộng quý I",
                                   "Tổng số TTHC đã giải quyết", "Tổng cộng toàn đơn vị", "Tổng cộng/Total"])
def test_a_total_otherwise_worded_is_the_total(label):
    assert _values(H + FIELDS + f",{label},15,10,5\n") == (15, 10, 5)
    assert _values(H + f",{label},15,10,5\n" + FIELDS) == (15, 10, 5)


def test_such_a_row_that_is_no_sum_or_not_at_an_end_stays_a_field():
    assert _values(H + FIELDS + ",Tổng hợp,2,1,1\n") == (17, 11, 6)
    assert _values(H + FIELDS + ",Tổng số lượt,15,10,5\n3,Đất đai,3,3,3\n") == (33, 23, 13)
    assert _values(H + "1,Hộ tịch,1,1,0\n2,Chứng thực,1,0,0\n3,Công thương,2,1,0\n") == (4, 2, 0)

"""Round 34D, `figures import`: round 33D's rule telling a commune from "Xã hội" misread two honest tables.

- A total row naming, in capitals, a commune whose name opens with "Hội" ("XÃ HỘI SƠN", "UBND XÃ HỘI XUÂN", "PHƯỜNG
  HỘI HỢP", as many communes are named): "XÃ HỘI …" in capitals was always the common word, so the total was one more
  field, every figure stored twice, silent.
- A field "Xã Hội Hóa" (title case, as some tables write every word) whose figures equalled the others' sum: "Hội"
  with a word after it was always a commune, so the field was the total, the other fields dropped.
"""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


def _values(text: str) -> tuple[float, float, float]:
    v = read_bytes(text.encode(), "bieu.csv").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


@pytest.mark.parametrize("label", ["XÃ HỘI SƠN", "UBND XÃ HỘI XUÂN", "Xã Hội Sơn", "XÃ HỘI AN"])
def test_a_commune_named_hoi_in_capitals_closes_the_table(label):
    assert _values(H + f"1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n,{label},5,3,2\n") == (5, 3, 2)
    assert _values(H + f",{label},5,3,2\n1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n") == (5, 3, 2)


@pytest.mark.parametrize("name", ["Xã Hội Hóa", "XÃ HỘI HÓA", "Xã hội hóa", "XÃ HỘI", "Xã Hội", "Xã Hội Học",
                                  "XÃ HỘI - VĂN HÓA", "XÃ HỘI VÀ TRẺ EM"])
def test_social_words_stay_fields(name):
    """Guard (and "Xã Hội Hóa", the fault): fields whose figures equal the others' sum."""
    assert _values(H + f"1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n3,{name},5,3,2\n") == (10, 6, 4)

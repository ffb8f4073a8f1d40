"""Round 29D, `par import-set`: total rows round 28D did not know.

- "Tổng I + II" / "Cộng I, II" (the areas added up, written without brackets) was guidance of the last criterion:
  the user was told to write the set's scores (6) on criterion 3's row (scored 3), and the total never checked.
- "Cộng 1" under criterion 1's sub-criteria was guidance of 1.2, the user told to write criterion 1's scores there.
- "I | Cộng" (the area's mark in the number column) refused the whole set: "Mã I đã có ở dòng trên".
Each is now a total: the set's, the criterion's or the area's, checked against what it adds up."""

from __future__ import annotations

import pytest

from parapp.core.par.reading import read_text

H = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Điểm thẩm định,Giải trình\n"
G1 = "I,CÔNG TÁC CHỈ ĐẠO,4,,,\n1,Kế hoạch,2,2,2,\n2,Báo cáo,2,1,1,\n"
G2 = "II,CẢI CÁCH THỂ CHẾ,4,,,\n3,Rà soát văn bản,4,3,3,\n"


def _said(built) -> list[str]:
    return [*(str(m) for m in built.mismatches), *(str(w) for r in built.rows for w in r.warnings),
            *(str(p) for _, p in built.blocking)]


def _leaves(built) -> list[str]:
    return [c.code for a in built.criteria.areas for _, c in a.walk() if not c.is_group]


@pytest.mark.parametrize("grand", ["Tổng I + II", "Cộng I+II", "\"Cộng I, II\"", "Tổng cộng I và II"])
def test_areas_added_up_without_brackets_are_the_total(grand):
    built = read_text(H + G1 + G2 + f",{grand},8,6,6,\n").build(2026)
    assert _said(built) == [] and built.stated_total == 8000, (grand, _said(built))
    built = read_text(H + G1 + G2 + f",{grand},9,6,6,\n").build(2026)
    assert [s for s in _said(built) if "9 điểm" in s], _said(built)


NESTED = "I,CÔNG TÁC CHỈ ĐẠO,4,,,\n1,Kế hoạch,4,,,\n1.1,Ban hành,2,2,2,\n1.2,Triển khai,2,1,1,\n"


@pytest.mark.parametrize("label", ["Cộng 1", "Tổng (1)", "Cộng tiêu chí 1"])
def test_a_criterion_subtotal_is_no_guidance(label):
    built = read_text(H + NESTED + f",{label},4,3,3,\n" + G2).build(2026)
    assert _said(built) == [], (label, _said(built))
    assert _leaves(built) == ["1.1", "1.2", "3"]
    built = read_text(H + NESTED + f",{label},5,3,3,\n" + G2).build(2026)
    assert [s for s in _said(built) if "5 điểm" in s and "4 điểm" in s], _said(built)


def test_an_area_subtotal_under_its_mark():
    built = read_text(H + G1 + "I,Cộng,4,3,3,\n" + G2 + "II,Cộng,4,3,3,\n").build(2026)
    assert _said(built) == [] and _leaves(built) == ["1", "2", "3"], _said(built)
    built = read_text(H + G1 + "I,Cộng,5,3,3,\n" + G2 + "II,Cộng,4,3,3,\n").build(2026)
    assert [s for s in _said(built) if "5 điểm" in s], _said(built)

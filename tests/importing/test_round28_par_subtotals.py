"""Round 28D, `par import-set`: a criteria set with a subtotal row under each area.

- "Cộng I" / "Cộng lĩnh vực I" was read as guidance of the area's last criterion, and the user told to write its
  scores (the area's, 3) on that criterion's row (scored 1).
- "Cộng" (or "Cộng (I)") under each area, with no grand total: the last area's subtotal was taken for the set's total,
  and "Dòng tổng cộng ghi 4 điểm nhưng các lĩnh vực cộng lại được 8 điểm" said, with its scores, of a set that adds up.
- A subtotal that does not add up to its area ("Cộng I" 5 over 2 + 2) was not said.

A subtotal is now its area's: checked against it, never the set's total nor a criterion's guidance."""

from __future__ import annotations

import pytest

from parapp.core.par.reading import read_text

H = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Điểm thẩm định,Giải trình\n"
G1 = "I,CÔNG TÁC CHỈ ĐẠO,4,,,\n1,Kế hoạch,2,2,2,\n2,Báo cáo,2,1,1,\n"
G2 = "II,CẢI CÁCH THỂ CHẾ,4,,,\n3,Rà soát văn bản,4,3,3,\n"


def _said(built) -> list[str]:
    return [*(str(m) for m in built.mismatches), *(str(w) for r in built.rows for w in r.warnings)]


@pytest.mark.parametrize("first, second", [("Cộng I", "Cộng II"), ("Cộng lĩnh vực I", "Cộng lĩnh vực II"),
                                           ("Cộng", "Cộng"), ("Cộng (I)", "Cộng (II)"), ("Cộng I:", "Cộng II:")])
@pytest.mark.parametrize("grand", ["", ",Tổng cộng,8,6,6,\n"])
def test_subtotals_that_add_up_say_nothing(first, second, grand):
    built = read_text(H + G1 + f",{first},4,3,3,\n" + G2 + f",{second},4,3,3,\n" + grand).build(2026)
    assert _said(built) == [], (first, grand, _said(built))
    assert [c.code for a in built.criteria.areas for _, c in a.walk() if not c.is_group] == ["1", "2", "3"]
    assert built.stated_total == (8000 if grand else None)


def test_a_subtotal_that_does_not_add_up_is_said():
    built = read_text(H + G1 + ",Cộng I,5,3,3,\n" + G2 + ",Cộng II,4,3,3,\n,Tổng cộng,8,6,6,\n").build(2026)
    assert [s for s in _said(built) if "5 điểm" in s and "4 điểm" in s], _said(built)


def test_the_same_words_giving_the_sets_total_are_the_total():
    built = read_text(H + G1 + ",Cộng,4,3,3,\n" + G2 + ",Cộng,4,3,3,\n,Cộng,8,6,6,\n").build(2026)
    assert _said(built) == [] and built.stated_total == 8000, _said(built)
    built = read_text(H + G1 + ",Cộng,4,3,3,\n" + G2 + ",Cộng,4,3,3,\n,Cộng,9,6,6,\n").build(2026)
    assert [s for s in _said(built) if "9" in s], _said(built)


def test_a_total_printed_above_the_areas_is_the_total():
    built = read_text(H + ",Tổng cộng,8,6,6,\n" + G1 + G2).build(2026)
    assert _said(built) == [] and built.stated_total == 8000, _said(built)
    built = read_text(H + ",Tổng cộng,9,6,6,\n" + G1 + G2).build(2026)
    assert [s for s in _said(built) if "9 điểm" in s], _said(built)


def test_the_last_areas_subtotal_over_the_grand_total_is_checked():
    built = read_text(H + G1 + ",Cộng I,4,3,3,\n" + G2 + ",Cộng II,5,3,3,\n,Tổng cộng,8,6,6,\n").build(2026)
    assert [s for s in _said(built) if "5 điểm" in s and "4 điểm" in s], _said(built)
    assert built.stated_total == 8000

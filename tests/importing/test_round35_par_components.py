"""Round 35D, `par import-set`: a province's set numbering each criterion's components from 1 under it ("1 | Kế
hoạch CCHC" over "Tiêu chí thành phần 1: Ban hành …", "Tiêu chí thành phần 2: …", or "TCTP 1" in the code column).

The word was dropped and "1" read as a criterion of its own beside its criterion: the set was refused, "Tiêu chí 1 chưa
có điểm tối đa" and "Mã 1 đã có ở dòng trên: hãy sửa mã cho đúng", though the file was right. A component numbered
without its criterion's number is that criterion's: 1.1, 1.2."""

from __future__ import annotations

import pytest

from parapp.core.par.reading import read_text

H = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\n"


def _leaves(body: str) -> list[tuple[str, int | None]]:
    built = read_text(H + body).build(2026)
    assert not built.blocking, built.blocking
    return [(c.code, c.max_milli) for c in built.criteria.leaves()]


@pytest.mark.parametrize("word", ["Tiêu chí thành phần", "TCTP", "Chỉ số thành phần", "Tiêu chí thành phần số",
                                  "tiêu chí thành phần"])
def test_components_numbered_under_their_criterion_in_the_name_cell(word):
    body = (f"I,Công tác chỉ đạo,,\n1,Kế hoạch,,\n,{word} 1: Ban hành,2,1\n,{word} 2: Triển khai,2,1\n"
            f"2,Báo cáo,,\n,{word} 1. Đúng hạn,1,1\n,{word} 2 - Đủ nội dung,2,2\n")
    assert _leaves(body) == [("1.1", 2000), ("1.2", 2000), ("2.1", 1000), ("2.2", 2000)]


def test_components_numbered_in_the_code_column():
    body = ("I,Công tác chỉ đạo,,\n1,Kế hoạch,,\nTiêu chí thành phần 1,Ban hành,2,1\nTCTP 2,Triển khai,2,1\n"
            "2,Báo cáo,3,2\n")
    assert _leaves(body) == [("1.1", 2000), ("1.2", 2000), ("2", 3000)]


def test_components_under_roman_areas_numbered_straight_through():
    body = ("I,A,,\n1,Kế hoạch,,\n,Tiêu chí thành phần 1: Ban hành,2,1\n,Tiêu chí thành phần 2: Triển khai,2,1\n"
            "II,B,,\n3,Báo cáo,,\n,Tiêu chí thành phần 1: Đúng hạn,1,1\n")
    assert _leaves(body) == [("1.1", 2000), ("1.2", 2000), ("3.1", 1000)]


@pytest.mark.parametrize("body, leaves", [
    ("I,A,,\n1,Kế hoạch,,\n,Tiêu chí thành phần 1.1: Ban hành,2,1\n,Tiêu chí thành phần 1.2: Triển khai,2,1\n",
     [("1.1", 2000), ("1.2", 2000)]),
    ("I,A,,\n1,Kế hoạch,2,1\n,Tiêu chí 2: Báo cáo,3,2\n", [("1", 2000), ("2", 3000)]),
    ("I,A,,\n,Tiêu chí thành phần 1: Ban hành,2,1\n,Tiêu chí thành phần 2: Triển khai,2,1\n",
     [("1", 2000), ("2", 2000)]),
])
def test_other_numberings_read_as_before(body, leaves):
    """Guard: dotted components, "Tiêu chí 2" (a criterion, 32D), components right under an area (criteria)."""
    assert _leaves(body) == leaves


def test_components_numbered_in_the_stt_cell_and_worded_in_the_name():
    """"1 | Tiêu chí thành phần 1: Ban hành" under "1 | Kế hoạch": the STT restarts under each criterion."""
    body = ("I,A,,\n1,Kế hoạch,,\n1,Tiêu chí thành phần 1: Ban hành,2,1\n2,Tiêu chí thành phần 2: Triển khai,2,1\n"
            "2,Báo cáo,,\n1,Tiêu chí thành phần 1: Đúng hạn,1,1\n")
    assert _leaves(body) == [("1.1", 2000), ("1.2", 2000), ("2.1", 1000)]


def test_a_guidance_line_citing_a_criterion_with_a_dash_stays_guidance():
    """Guard: the dash after the number opens a code for a component's word only ("Tiêu chí 1 - 2 đạt thì …" is how
    the criterion above is scored, as before)."""
    body = "I,A,,\n1,Kế hoạch,2,1\n,Tiêu chí 1 - 2 đạt thì được 2 điểm,,\n2,Báo cáo,3,2\n"
    assert _leaves(body) == [("1", 2000), ("2", 3000)]

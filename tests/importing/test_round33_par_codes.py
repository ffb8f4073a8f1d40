"""Round 33D, `par import-set`: codes written as provinces write them that were read as no code, the criterion taken for
scoring guidance of the one above: criterion 1.2 and its 2 points gone (5 for 7 in all), exit 0, not a word.

- "Tiêu chí số 1.2", "TC số 1.2", "Tiêu chí thành phần số 1.2": the word with "số" (round 30C/31D took the word off
  without it).
"""

from __future__ import annotations

import pytest

from parapp.core.par.reading import read_text

H = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\n"


def _leaves(code: str, name: str = "Triển khai") -> list[tuple[str, int | None]]:
    built = read_text(H + f'I,A,,\n1,Kế hoạch,,\n1.1,Ban hành,2,1\n"{code}","{name}",2,1\n2,Báo cáo,3,2\n').build(2026)
    assert not built.blocking
    return [(c.code, c.max_milli) for c in built.criteria.leaves()]


@pytest.mark.parametrize("code", ["Tiêu chí số 1.2", "TC số 1.2", "Tiêu chí thành phần số 1.2", "TCTP số 1.2",
                                  "tiêu chí số 1.2"])
def test_a_code_with_its_word_and_so_is_the_code(code):
    assert _leaves(code) == [("1.1", 2000), ("1.2", 2000), ("2", 3000)]


def test_the_code_with_its_word_and_so_in_the_name_cell():
    assert _leaves("", "Tiêu chí số 1.2: Triển khai") == [("1.1", 2000), ("1.2", 2000), ("2", 3000)]


@pytest.mark.parametrize("code", ["(1.2)", "[1.2]", "( 1.2 )", "(1.2.)"])
def test_a_dotted_code_in_brackets_is_the_code(code):
    """"(1.2)", "[1.2]": a dotted code in brackets, no numbered guidance line ("(2)", "2)" stay guidance, 31D)."""
    assert _leaves(code) == [("1.1", 2000), ("1.2", 2000), ("2", 3000)]
    assert _leaves("", f"{code} Triển khai") == [("1.1", 2000), ("1.2", 2000), ("2", 3000)]


def test_a_whole_number_in_brackets_stays_guidance():
    built = read_text(H + 'I,A,,\n1,Kế hoạch,,\n1.1,Ban hành,2,1\n(1),"Đúng hạn",,\n(2),"Chậm",,\n2,Báo cáo,3,2\n')
    assert [c.code for c in built.build(2026).criteria.leaves()] == ["1.1", "2"]


@pytest.mark.parametrize("name", ["1.2- Triển khai", "1.2/ Triển khai", "1.2 / Triển khai", "1.2– Triển khai"])
def test_a_dotted_code_with_a_dash_or_slash_opening_the_name(name):
    """Read as code "1" and ".2- Triển khai" its name: refused, "Mã 1 đã có ở dòng trên", of a row coded 1.2."""
    assert _leaves("", name) == [("1.1", 2000), ("1.2", 2000), ("2", 3000)]


@pytest.mark.parametrize("line", ["2- Đúng hạn", "1/2 số hồ sơ: 1 điểm"])
def test_a_whole_number_with_a_dash_or_slash_stays_guidance(line):
    built = read_text(H + f'I,A,,\n1,Kế hoạch,,\n1.1,Ban hành,2,1\n,"{line}",,\n2,Báo cáo,3,2\n').build(2026)
    assert [c.code for c in built.criteria.leaves()] == ["1.1", "2"] and not built.blocking

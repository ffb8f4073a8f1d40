"""Round 30D, `par import-set`: a criterion's code printed with a footnote's mark ("1.1*", "1.1(*)"), a bracket
("1.1)") or a decimal comma ("1,1", typed where the comma is the decimal mark) was no code: the row became scoring
guidance of the criterion above. Where the areas' and groups' maxima are left for the criteria to add up, criterion
1.1 and its 2 points were gone, exit 0, not a word. "1.1¹" was read as criterion 1.11 (the superscript made a digit).
Each is now the code it is."""

from __future__ import annotations

import pytest

from parapp.core.par.codes import classify
from parapp.core.par.reading import read_text

H = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\n"


@pytest.mark.parametrize("code", ["1.1*", "1.1**", "1.1(*)", "1.1 (*)", "1.1¹", "1.1²", "1.1)", "1,1", "1.1.)"])
def test_a_code_so_printed_is_the_code(code):
    built = read_text(H + f'I,A,\n1,Kế hoạch,\n"{code}",Ban hành,2\n1.2,Triển khai,2\n2,Báo cáo,3\n').build(2026)
    assert [c.code for c in built.criteria.leaves()] == ["1.1", "1.2", "2"]
    assert built.criteria.max_total == 7000


@pytest.mark.parametrize("text", ["a)", "-", "*", "1a", "(1)", "1,5 điểm", "Cộng", "", "I", "1,5đ"])
def test_other_first_cells_keep_their_reading(text):
    before = {"a)": "letter", "-": "bullet", "*": "bullet", "I": "roman"}.get(text, "none")
    assert classify(text)[0] == before, text


@pytest.mark.parametrize("a, b", [("a/", "b/"), ("(a)", "(b)"), ("a)", "b)")])
def test_lettered_sub_criteria_written_a_slash_or_in_brackets(a, b):
    """"a/", "b/" (as Vietnamese documents letter their points) or "(a)", "(b)" under criterion 1, adding up to its
    maximum: read as its scoring guidance, the sub-criteria gone, where "a)", "b)" were sub-criteria."""
    built = read_text(H + f"I,A,4\n1,Kế hoạch,2\n{a},Ban hành,1\n{b},Triển khai,1\n2,Báo cáo,2\n").build(2026)
    assert [c.code for c in built.criteria.leaves()] == ["1a", "1b", "2"], built.criteria.leaves()

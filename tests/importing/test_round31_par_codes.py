"""Round 31D, `par import-set`: a criterion's code printed with the word before it ("Tiêu chí 1.1", "TC 1.1", as plans
write it), a footnote numbered in brackets ("1.1 (1)", "1.1*)"), or a colon, semicolon, comma or dash after it ("1.1:",
"1.1 -") was no code: the row became scoring guidance of the criterion above, and where the areas' maxima are left for
the criteria to add up, the criterion and its points were gone, exit 0, not a word."""

from __future__ import annotations

import pytest

from parapp.core.par.codes import classify
from parapp.core.par.reading import read_text

H = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\n"


@pytest.mark.parametrize("code", ["Tiêu chí 1.1", "TC 1.1", "TC1.1", "TCTP 1.1", "1.1:", "1.1 -", "1.1;", "1.1,",
                                  "1.1 (1)", "1.1(2)", "1.1 *)", "TC 1.1:"])
def test_a_code_so_printed_is_the_code(code):
    built = read_text(H + f'I,A,\n1,Kế hoạch,\n"{code}",Ban hành,2\n1.2,Triển khai,2\n2,Báo cáo,3\n').build(2026)
    assert [c.code for c in built.criteria.leaves()] == ["1.1", "1.2", "2"]
    assert built.criteria.max_total == 7000


@pytest.mark.parametrize("code", ["Tiêu chí 1", "TC 1", "TC1"])
def test_a_criterion_named_with_its_word_is_the_criterion(code):
    built = read_text(H + f'I,A,\n"{code}",Kế hoạch,2\n2,Báo cáo,3\n').build(2026)
    assert [c.code for c in built.criteria.leaves()] == ["1", "2"]


@pytest.mark.parametrize("text, kind", [("1)", "none"), ("1(2)", "none"), ("1:", "none"), ("1-", "none"),
                                        ("(1)", "none"), ("-", "bullet"), ("12,5", "arabic"), ("a)", "letter")])
def test_numbered_guidance_lines_keep_their_reading(text, kind):
    assert classify(text)[0] == kind, text


@pytest.mark.parametrize("name", ["Tiêu chí 1.1. Ban hành", "TC 1.1 Ban hành", "Tiêu chí 1.1: Ban hành"])
def test_a_code_with_its_word_opening_the_name_cell(name):
    """The code column left empty, the name cell opening "Tiêu chí 1.1." (as "1.1. Ban hành" already read): guidance of
    criterion 1, criterion 1.1 and its points gone."""
    built = read_text(H + f'I,A,\n1,Kế hoạch,\n,"{name}",2\n1.2,Triển khai,2\n2,Báo cáo,3\n').build(2026)
    assert [c.code for c in built.criteria.leaves()] == ["1.1", "1.2", "2"]
    assert built.criteria.leaves()[0].name == "Ban hành"

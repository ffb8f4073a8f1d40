"""Round 32D, `par import-set`: a criterion named with its word and a whole number, the code column left empty
("Tiêu chí 2: Báo cáo", "TC 2. Báo cáo", "Tiêu chí 2) Báo cáo"), as plans and provinces word it, was read as scoring
guidance of the criterion above: criterion 2 and its 3 points gone, exit 0, not a word (round 31D took the word off a
dotted code only; a whole number needed its dot)."""

from __future__ import annotations

import pytest

from parapp.core.par.reading import read_text

H = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\n"


@pytest.mark.parametrize("name", ["Tiêu chí 2: Báo cáo", "TC 2. Báo cáo", "Tiêu chí 2) Báo cáo", "TIÊU CHÍ 2: Báo cáo"])
def test_a_whole_numbered_criterion_with_its_word_in_the_name_cell(name):
    built = read_text(H + f'I,A,\n1,Kế hoạch,\n1.1,Ban hành,2\n1.2,Triển khai,2\n,"{name}",3\n').build(2026)
    assert [c.code for c in built.criteria.leaves()] == ["1.1", "1.2", "2"]
    assert built.criteria.max_total == 7000


@pytest.mark.parametrize("line", ["Tiêu chí 1 chưa đạt: 0 điểm", "1: Đúng hạn", "3 cuộc kiểm tra: 1 điểm"])
def test_guidance_opening_with_a_number_stays_guidance(line):
    built = read_text(H + f'I,A,\n1,Kế hoạch,\n1.1,Ban hành,2\n,"{line}",\n1.2,Triển khai,2\n2,Báo cáo,3\n').build(2026)
    assert [c.code for c in built.criteria.leaves()] == ["1.1", "1.2", "2"]
    assert not built.blocking

"""Round 34D, `par import-set`: a criterion whose code opens its name cell with a footnote's mark after it ("1.2*
Triển khai", "1.2(*) …", "1.2¹ …", "1.2[1] …": Word's footnote reference, a star for "criteria new this year") was
read as no code, the criterion taken for scoring guidance of the one above: criterion 1.2 and its 2 points gone (5 for
7 in all), exit 0, not a word. The code column took these marks since round 30D; the name cell did not.
"""

from __future__ import annotations

import pytest

from parapp.core.par.reading import read_text

H = "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\n"


def _leaves(name: str) -> list[tuple[str, int | None]]:
    built = read_text(H + f'I,A,,\n1,Kế hoạch,,\n1.1,Ban hành,2,1\n,"{name}",2,1\n2,Báo cáo,3,2\n').build(2026)
    assert not built.blocking
    return [(c.code, c.max_milli) for c in built.criteria.leaves()]


@pytest.mark.parametrize("name", ["1.2* Triển khai", "1.2(*) Triển khai", "1.2¹ Triển khai", "1.2[1] Triển khai",
                                  "1.2*. Triển khai", "1.2**: Triển khai", "Tiêu chí 1.2* Triển khai"])
def test_a_code_with_a_footnote_mark_opening_the_name_is_the_code(name):
    assert _leaves(name) == [("1.1", 2000), ("1.2", 2000), ("2", 3000)]


@pytest.mark.parametrize("name", ["2* Chậm hạn", "1* điểm nếu chậm", "I* Ghi chú"])
def test_a_number_with_a_star_stays_guidance(name):
    """Guard: a whole number or a Roman numeral with a mark opening a line of guidance is no code (a bare number needs
    its dot)."""
    assert _leaves(name) == [("1.1", 2000), ("2", 3000)]


def _set(line: str, points: str) -> list[tuple[str, int | None]]:
    built = read_text(H + f'I,A,,\n1,Kế hoạch,,\n1.1,Ban hành,2,1\n,"{line}",{points},\n1.2,Triển khai,2,1\n'
                          '2,Báo cáo,3,2\n').build(2026)
    assert not built.blocking, built.blocking
    return [(c.code, c.max_milli) for c in built.criteria.leaves()]


@pytest.mark.parametrize("line", ["0.5 điểm: ban hành chậm", "1.5 điểm nếu ban hành đúng hạn", "0.25 điểm mỗi văn bản",
                                  "2.5/3 điểm nếu đủ", "1.0 - ban hành đúng hạn", "(0.5) nếu chậm", "0.5- chậm hạn",
                                  "1.5đ: đúng hạn"])
def test_a_line_of_guidance_opening_with_its_points_is_no_criterion(line):
    """A line saying how a criterion is scored, opening with its points typed with a dot ("0.5 điểm", "1.5 điểm nếu …")
    and the level's points in the points column, was a criterion of its own: "0.5" or "1.5" (between 1.1 and 1.2),
    its points added to the set's, not a word."""
    assert _set(line, "0.5") == [("1.1", 2000), ("1.2", 2000), ("2", 3000)]
    assert _set(line, "") == [("1.1", 2000), ("1.2", 2000), ("2", 3000)]


@pytest.mark.parametrize("line", ["1.3 Điểm tiếp nhận một cửa được trang bị", "1.3. điểm tiếp nhận đạt chuẩn"])
def test_a_criterion_named_diem_stays_a_criterion(line):
    """Guard: "Điểm" (a place) opening a criterion's name, capitalised or after the code's dot."""
    assert ("1.3", 500) in _set(line, "0.5")

"""Round 27C, PAR INDEX criteria sets (`par import-set`).

F3: a guidance line's score or explanation is named unless it repeats its own criterion's cell (round 26D). The
criterion was looked up by its printed label, so in a set numbered again in each area a line under II.1 was compared
with I.1: its score "2" and explanation "Đạt", equal to I.1's, were dropped without a word."""

from __future__ import annotations

from parapp.core.par.reading import read_text

RESTARTED = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Điểm thẩm định,Giải trình\n"
             "I,CÔNG TÁC CHỈ ĐẠO,2,,,\n"
             "1,Kế hoạch,2,2,2,Đạt\n"
             "II,CẢI CÁCH THỂ CHẾ,4,,,\n"
             "1,Rà soát văn bản,4,3,3,\n"
             ",- Có kế hoạch rà soát: 2 điểm,,2,2,Đạt\n")


def test_a_guidance_line_is_compared_with_its_own_criterion():
    built = read_text(RESTARTED).build(2026)
    said = {r.line: [str(w) for w in r.warnings] for r in built.rows if r.warnings}
    assert len(said.get(6, [])) == 3, said


def test_a_guidance_line_repeating_its_criterion_says_nothing():
    text = RESTARTED.replace("1,Rà soát văn bản,4,3,3,", "1,Rà soát văn bản,4,2,2,Đạt")
    built = read_text(text).build(2026)
    assert not [r for r in built.rows if r.warnings], [(r.line, r.warnings) for r in built.rows if r.warnings]


def test_a_total_row_with_its_areas_in_brackets_is_the_total():
    """F13: "Cộng (I + II)" was read as scoring guidance of the last criterion (its score named as not kept) and the
    total it states was never checked."""
    text = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CÔNG TÁC CHỈ ĐẠO,2,\n1,Kế hoạch,2,2\nII,THỂ CHẾ,3,\n"
            "1,Rà soát,3,1\n,Cộng (I + II),6,3\n")
    built = read_text(text).build(2026)
    assert built.stated_total == 6000
    assert built.rows[-1].kind == "total", built.rows[-1].kind

"""Round 32D, `par import-set`: a maximum or a self score merged down over two criteria, each with its own code (Excel):
the merged cell's figure was each criterion's, the set's maximum or the commune's score counted twice (1.2 given 1.1's
2 points of maximum, 5 in all for the 3 the table holds; a score 1 merged over both, 2 self-assessed points stored),
exit 0, not a word. The cell is the first row's: the next criterion is left without it (its maximum asked for)."""

from __future__ import annotations

import io

import openpyxl

from parapp.core.par.reading import read_bytes

PH = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"]
ROWS = [PH, ["I", "CHỈ ĐẠO", None, None], ["1.1", "Kế hoạch", 2, 1], ["1.2", "Báo cáo", None, None], ["1.3", "X", 1, 1]]


def _built(merge: str):
    wb = openpyxl.Workbook()
    for r in ROWS:
        wb.active.append(r)
    wb.active.merge_cells(merge)
    out = io.BytesIO()
    wb.save(out)
    return read_bytes(out.getvalue(), "b.xlsx").build(2026)


def test_a_maximum_merged_over_two_criteria_is_not_each_ones():
    built = _built("C3:C4")
    assert [line for line, _ in built.blocking] == [4]  # "Tiêu chí 1.2 chưa có điểm tối đa": refused, not doubled


def test_a_self_score_merged_over_two_criteria_is_counted_once():
    ROWS[3][2] = 3
    try:
        built = _built("D3:D4")
    finally:
        ROWS[3][2] = None
    assert not built.blocking
    assert [(c.code, c.self_milli) for c in built.criteria.leaves()] == [("1.1", 1000), ("1.2", None), ("1.3", 1000)]

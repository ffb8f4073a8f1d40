"""Round 31D: a footnote's mark raised in an HTML page or paste by its style, "<span style="vertical-align:super">1
</span>" (as Google Docs and other editors write a superscript; round 30D knew "<sup>" only), was one more digit: 151
dossiers stored for "15" and its note's "1", silent; criterion "1.1" with its raised "1" was 1.11. Word's footnote
reference in a page Word saved as HTML, "15[1]", was "không phải số: tính là 0"; "1.1[1]" no code."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes
from parapp.core.par.reading import read_bytes as read_set

HD = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"]
RAISED = '<span style="vertical-align: super; font-size: 8pt">1</span>'
FOOTNOTE = '<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a>'


def _page(head: list[str], rows: list[list[str]]) -> bytes:
    return ("<table><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>").encode()


@pytest.mark.parametrize("mark", [RAISED, FOOTNOTE])
def test_a_count_with_a_raised_or_referenced_note(mark):
    page = _page(HD, [["1", "Hộ tịch", f"<span>15{mark}</span>", "5", "4"], ["2", "Chứng thực", "5", "5", "1"]])
    got = read_bytes(page, "b.html")
    assert got.values["dossiers.received_online"] == 20
    assert any("chú thích" in str(n) for n in got.notes)


def test_text_after_a_raised_span_is_not_raised():
    page = _page(HD, [["1", "Hộ tịch", '<span style="vertical-align:baseline">1</span>5', "5", "4"],
                      ["2", "Chứng thực", "5", "5", "1"]])
    assert read_bytes(page, "b.html").values["dossiers.received_online"] == 20


@pytest.mark.parametrize("mark", [RAISED, FOOTNOTE])
def test_a_code_with_a_raised_or_referenced_note(mark):
    head = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"]
    page = _page(head, [["I", "A", "", ""], ["1", "Kế hoạch", "", ""], [f"1.1{mark}", "Ban hành", "2", ""],
                        ["1.2", "Triển khai", "2", ""], ["2", "Báo cáo", "3", ""]])
    built = read_set(page, "s.html").build(2026)
    assert [c.code for c in built.criteria.leaves()] == ["1.1", "1.2", "2"]
    assert built.criteria.max_total == 7000

"""Round 30D: a footnote's mark typed as a raised figure (Word's Superscript, "<sup>" in a page or a paste) was read as
one more digit of the cell it follows.

- Figures: "15" with a raised "1" in the total row was read 151 dossiers received, stored (the note said only that
  the fields add up to 15); in a field row, with no total, 101 for 10, exit 0, not a word.
- PAR: criterion "1.1" with a raised "1" was criterion 1.11, exit 0, not a word.
A raised figure is now kept raised ("15¹"): the figures reader takes it for the footnote's mark it is (round 30D),
the criteria reader drops it from the code."""

from __future__ import annotations

import io

import pytest

from parapp.core.figures_import import read_bytes as figures
from parapp.core.par.reading import read_bytes as criteria
from parapp.core.par.reading import read_text

H = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"]
PH = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"]


def _docx(rows: list[list], raised: dict[tuple[int, int], str]) -> bytes:
    import docx

    d = docx.Document()
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            p = t.cell(i, j).paragraphs[0]
            p.add_run(str(v))
            if (i, j) in raised:
                p.add_run(raised[(i, j)]).font.superscript = True
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("mark", ["1", "(1)", "*"])
def test_a_raised_mark_in_a_word_statistics_table(mark):
    data = _docx([H, [1, "Hộ tịch", 10, 5, 4], [2, "Chứng thực", 5, 5, 1], ["", "Tổng cộng", 15, 10, 5]],
                 {(3, 2): mark})
    assert figures(data, "bieu.docx").values["dossiers.received_online"] == 15
    data = _docx([H, [1, "Hộ tịch", 10, 5, 4], [2, "Chứng thực", 5, 5, 1]], {(1, 2): mark})
    assert figures(data, "bieu.docx").values["dossiers.received_online"] == 15


def test_a_raised_mark_after_a_criterion_code_in_word():
    data = _docx([PH, ["I", "A", ""], [1, "Kế hoạch", ""], ["1.1", "Ban hành", 2], ["1.2", "Triển khai", 2]],
                 {(3, 0): "1"})
    assert [c.code for c in criteria(data, "bo.docx").build(2026).criteria.leaves()] == ["1.1", "1.2"]


def test_a_raised_mark_in_a_page_or_a_paste():
    head = "".join(f"<th>{h}</th>" for h in H)
    html = (f"<table><tr>{head}</tr><tr><td>1</td><td>Hộ tịch</td><td>10<sup>1</sup></td><td>5</td><td>4</td></tr>"
            "<tr><td>2</td><td>Chứng thực</td><td>5</td><td>5</td><td>1</td></tr></table>")
    assert figures(html.encode(), "bieu.html").values["dossiers.received_online"] == 15
    html = ("<table><tr><th>STT</th><th>Tiêu chí</th><th>Điểm tối đa</th></tr><tr><td>I</td><td>A</td><td></td></tr>"
            "<tr><td>1</td><td>Kế hoạch</td><td></td></tr><tr><td>1.1<sup>2</sup></td><td>Ban hành</td><td>2</td></tr>"
            "<tr><td>1.2</td><td>Triển khai</td><td>2</td></tr></table>")
    assert [c.code for c in read_text("", html).build(2026).criteria.leaves()] == ["1.1", "1.2"]


def test_a_raised_mark_after_the_total_row_label():
    """Kept raised, "Tổng cộng" with a raised "(1)" must stay the total, as "Tổng cộng(1)" was."""
    data = _docx([H, [1, "Hộ tịch", 10, 5, 4], [2, "Chứng thực", 5, 5, 1], ["", "Tổng cộng", 15, 10, 5]],
                 {(3, 1): "(1)"})
    assert figures(data, "bieu.docx").values["dossiers.received_online"] == 15


def test_a_raised_figure_in_a_plan_is_no_legacy_font():
    """Kept raised, a footnote's "1" after a deadline ("31/12/2027¹") is the Latin-1 "¹", TCVN3's "ạ": the plan was said
    to be typed in .VnTime and the deadline read "31/12/2027ạ". A raised figure after a number is no TCVN3 letter."""
    from parapp.core.importing.parse import parse_bytes

    head = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn hoàn thành"]
    rows = [head, ["I", "CẢI CÁCH THỂ CHẾ", "", ""], ["1", "Rà soát văn bản", "Văn phòng", "30/6/2027"],
            ["2", "Tuyên truyền pháp luật", "Tư pháp", "Quý III/2027"], ["3", "Kiểm tra", "Văn phòng", "31/12/2027"]]
    result = parse_bytes(_docx(rows, {(2, 0): "1", (3, 1): "1", (4, 3): "1"}), "ke-hoach.docx", plan_year=2027)
    assert not any("TCVN3" in str(n) for n in result.notes), result.notes
    assert [t.deadline_text for t in result.tasks] == ["30/6/2027", "Quý III/2027", "31/12/2027¹"]

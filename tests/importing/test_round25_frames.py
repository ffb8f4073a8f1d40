"""Adversarial round 25B: a frame with a row of its own text.

Round 24C read a plan inside a frame (a one-column table whose every row holds a table) in Word and HTML. A frame
whose first row is the page's title ("KẾ HOẠCH … NĂM 2027") above the row holding the table, or with a blank spacer
row, was still read as a table of one column: the plan inside was refused as "Không nhận ra bảng … nào", exit 2.
The frame's rows of text are now the page's text (they give the year), its tables read.
"""

from __future__ import annotations

import io

import pytest

from parapp.core.importing.parse import parse_bytes

ROWS = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["1", "Rà soát văn bản", "Tư pháp", "Quý I"], ["2", "Công khai thủ tục", "Văn phòng", "Tháng 6"]]
TITLE = "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027"


def _docx(title: str) -> bytes:
    import docx

    d = docx.Document()
    outer = d.add_table(rows=3, cols=1)
    outer.cell(0, 0).text = title
    inner = outer.cell(2, 0).add_table(rows=3, cols=4)
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            inner.cell(i, j).text = v
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _html(title: str) -> bytes:
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS) + "</table>"
    return (f"<html><body><table><tr><td><b>{title}</b></td></tr><tr><td>&nbsp;</td></tr>"
            f"<tr><td>{table}</td></tr></table></body></html>").encode()


@pytest.mark.parametrize("make, name", [(_docx, "kh.docx"), (_html, "kh.html")])
def test_a_frame_with_a_title_row_gives_its_table(make, name):
    r = parse_bytes(make(TITLE), name, plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Công khai thủ tục"]
    assert r.year == 2027


def test_a_one_column_table_of_text_is_still_read_as_it_is():
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=1)
    t.cell(0, 0).text, t.cell(1, 0).text = "Rà soát văn bản", "Công khai thủ tục"
    from parapp.core.importing import word_text

    assert len(word_text.tables(d.element.body)) == 1

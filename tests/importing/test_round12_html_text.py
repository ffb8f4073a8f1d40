"""Adversarial round 12 (issue 21), the importers: the text of an HTML cell as a browser shows it.

Round 11 made a cell's "<p>", "<div>" and "<br>" lines of its text; every other block was run together with the
text around it. On main a cell holding a list ("<ul><li>Rà soát</li><li>Công khai</li></ul>", as web editors and
report pages write steps) came in as "Rà soátCông khai", a heading above the text as "Đầu mụcNội dung", the text
after a table nested in the cell glued to its last row, and the rules of a "<style>" or "<script>" written in a
cell came in as the cell's text — each without a word, in the plan, figures and criteria importers alike.
"""

from __future__ import annotations

import pytest

HEAD = "<table><tr><th>STT<th>Nội dung công việc<th>Cơ quan chủ trì<th>Thời gian thực hiện"
CELLS = {
    "a list": ("<ul><li>Rà soát thủ tục</li><li>Công khai thủ tục</li></ul>", "Rà soát thủ tục\nCông khai thủ tục"),
    "a list without </li>": ("<ol><li>Rà soát thủ tục<li>Công khai thủ tục</ol>",
                             "Rà soát thủ tục\nCông khai thủ tục"),
    "a heading": ("<h4>Cải cách thủ tục</h4>Rà soát thủ tục", "Cải cách thủ tục\nRà soát thủ tục"),
    "a paragraph then text": ("<p>Rà soát thủ tục</p>Công khai thủ tục", "Rà soát thủ tục\nCông khai thủ tục"),
    "text after a nested table": ("Các bước:<table><tr><td>Bước 1<td>Rà soát</table>Báo cáo kết quả",
                                  "Các bước:\nBước 1 Rà soát\nBáo cáo kết quả"),
    "a rule": ("Rà soát thủ tục<hr>Công khai thủ tục", "Rà soát thủ tục\nCông khai thủ tục"),
    "a term and its description": ("<dl><dt>Rà soát<dd>thủ tục đất đai</dl>", "Rà soát\nthủ tục đất đai"),
    "a style": ("<style>p {margin:0}</style>Rà soát thủ tục", "Rà soát thủ tục"),
    "a script": ("<script>document.title='x'</script>Rà soát thủ tục", "Rà soát thủ tục"),
}


@pytest.mark.parametrize("how", sorted(CELLS))
def test_blocks_in_a_cell_are_lines_of_its_text(how):
    from parapp.core.importing.sources import html_rows

    cell, shown = CELLS[how]
    rows = html_rows(HEAD + f"<tr><td>1<td>{cell}<td>Văn phòng<td>Quý I/2026</table>")
    assert rows[1][1] == ["1", shown, "Văn phòng", "Quý I/2026"]


def test_a_plan_page_whose_task_is_a_list_keeps_its_words_apart():
    from parapp.core.importing.parse import parse_bytes

    page = HEAD + "<tr><td>1<td><ul><li>Rà soát thủ tục</li><li>Công khai thủ tục</li></ul><td>Văn phòng<td>Quý I"
    r = parse_bytes(("<html><body>" + page + "</table></body></html>").encode("utf-8"), "kế hoạch.html",
                    plan_year=2026)
    assert [" ".join(t.content.split()) for t in r.tasks] == ["Rà soát thủ tục Công khai thủ tục"]

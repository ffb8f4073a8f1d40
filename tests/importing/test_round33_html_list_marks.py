"""Round 33D, `figures import` of a table Word saved as a web page (or its clipboard's HTML flavour, the Số liệu
window's paste): Word writes a list's mark as text in a span styled "mso-list:Ignore", in the font it is drawn with.
The second level's "o" (Courier New) or a Wingdings tick "ü" were read as words, so the parts they mark were fields:
25 dossiers stored for 15, silent ("·" of Symbol and "§" were read as bullets already)."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes
from parapp.core.importing import sources

HEAD = ("<html><body><table><tr><th>STT</th><th>Lĩnh vực</th><th>Số hồ sơ tiếp nhận trực tuyến</th>"
        "<th>Giải quyết đúng hạn</th><th>Giải quyết quá hạn</th></tr>")


def _row(a: str, b: str, *n: int) -> str:
    return f"<tr><td>{a}</td><td>{b}</td>" + "".join(f"<td>{x}</td>" for x in n) + "</tr>"


def _item(text: str, mark: str, font: str) -> str:
    return ("<p class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level2 lfo1'><![if !supportLists]>"
            f"<span style='font-family:{font};mso-list:Ignore'>{mark}<span style='font:7.0pt \"Times New Roman\"'>"
            f"&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=VI>{text}<o:p></o:p></span></p>")


@pytest.mark.parametrize(("mark", "font"), [("o", "\"Courier New\""), ("ü", "Wingdings"), ("\uf0b7", "Symbol"),
                                            ("·", "Symbol"), ("-", "\"Times New Roman\"")])
def test_parts_marked_by_words_list_marks_are_parts(mark, font):
    html = (HEAD + _row("1", "Hộ tịch", 10, 5, 4) + _row("", _item("Khai sinh", mark, font), 6, 3, 2)
            + _row("", _item("Khai tử", mark, font), 4, 2, 2) + _row("2", "Chứng thực", 5, 5, 1)
            + "</table></body></html>")
    v = read_bytes(html.encode(), "bieu.htm").values
    assert (v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]) == (15, 10, 5)


def test_a_numbered_lists_mark_stays_as_written():
    html = HEAD + _row("", _item("Khai sinh", "a)", "\"Times New Roman\""), 6, 3, 2) + "</table>"
    assert sources.html_rows(html, 100)[1][1][1] == "a) Khai sinh"


def test_a_word_o_outside_a_list_mark_stays_a_word():
    html = HEAD + _row("", "<span style='font-family:\"Courier New\"'>o</span> Khai sinh", 6, 3, 2) + "</table>"
    assert sources.html_rows(html, 100)[1][1][1] == "o Khai sinh"

"""Round 39C F2: a plan table from Word with footnotes, saved as a web page (.htm) or pasted (the clipboard's HTML):
Word writes each note's mark in the cell as a link to the note ("<a href="#_ftn1" …>[1]</a>"), a comment's as one to
the comment ("<a class=msocomanchor href="#_msocom_1">[NV1]</a>"), LibreOffice and Google Docs likewise
("#sdfootnote1sym", "#ftnt1", "#cmnt1"). Each task was stored with the mark in its words ("… Bộ phận Một cửa[1]", 2 of
2 tasks in the test). Now a link to a note or a comment is left out of the cell's words; any other link's text
is kept."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_bytes, parse_text

PAGE = """<html><head><meta charset="utf-8"><meta name=ProgId content=Word.Document></head><body>
<p><b>KẾ HOẠCH</b></p><p><b>Cải cách hành chính năm 2027</b></p>
<table border=1>
<tr><td><p>STT</p></td><td><p>Nội dung</p></td><td><p>Cơ quan chủ trì</p></td><td><p>Thời gian thực hiện</p></td></tr>
<tr><td><p>I</p></td><td><p>CẢI CÁCH THỦ TỤC HÀNH CHÍNH</p></td><td></td><td></td></tr>
<tr><td><p>1</p></td><td><p>Niêm yết công khai TTHC tại Bộ phận Một cửa{0}</p></td><td><p>Văn phòng</p></td>
<td><p>Quý I</p></td></tr>
<tr><td><p>2</p></td><td><p>Số hóa hồ sơ TTHC tại <a href="https://dichvucong.gov.vn">Cổng dịch vụ công</a>{1}</p></td>
<td><p>Văn phòng</p></td><td><p>Quý II</p></td></tr>
</table>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText>
<a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title="">[1]</a> Theo Quyết định số 1291/QĐ-BNV.</p>
</div></div></body></html>"""
WORD = ("<a style='mso-footnote-id:ftn{0}' href=\"#_ftn{0}\" name=\"_ftnref{0}\" title=\"\"><span "
        "class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span "
        "class=MsoFootnoteReference><span style='font-size:14.0pt'>[{0}]</span></span><![endif]></span></span></a>")
LINKS = {
    "word footnote": WORD,
    "word endnote": WORD.replace("ftn", "edn").replace("[{0}]", "[i]"),
    "word comment": "<a class=msocomanchor id='_anchor_{0}' href='#_msocom_{0}' name='_msoanchor_{0}'>[NV{0}]</a>",
    "libreoffice": "<a class=\"sdfootnoteanc\" name=\"sdfootnote{0}anc\" href=\"#sdfootnote{0}sym\"><sup>{0}</sup></a>",
    "google docs": "<sup><a href=\"#ftnt{0}\" id=\"ftnt_ref{0}\">[{0}]</a></sup>",
    "google comment": "<a href=\"#cmnt{0}\" id=\"cmnt_ref{0}\">[a]</a>",
}
WANT = [("1", "Niêm yết công khai TTHC tại Bộ phận Một cửa"), ("2", "Số hóa hồ sơ TTHC tại Cổng dịch vụ công")]


@pytest.mark.parametrize("link", LINKS.values(), ids=LINKS.keys())
def test_a_notes_mark_linked_to_it_is_no_word_of_the_task(link):
    page = PAGE.format(link.format(1), link.format(2))
    for r in (parse_bytes(page.encode(), "kế hoạch.htm", plan_year=2027),
              parse_text("KẾ HOẠCH CCHC năm 2027", html=page, plan_year=2027)):
        assert [(t.stt, t.content) for t in r.tasks] == WANT

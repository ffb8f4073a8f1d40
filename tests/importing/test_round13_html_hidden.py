"""Adversarial round 13 (issue 21), the importers: Word's hidden text, in a paste's HTML.

Round 12 left out of a .docx the text Word hides (Hidden ticked in the font, directly or by a style): a template's
instructions. Word writes the same text into the HTML it puts on the clipboard (and into a page saved as .htm) as
"<span style='display:none;mso-hide:all'>…</span>", which a browser does not draw either. On main the HTML reader
read it: a plan pasted from Word came in with "(Hướng dẫn: ghi rõ nội dung)" in its task, and "[mẫu]" in its lead,
without a word. A hidden element left open ends with its cell, as in a browser; an Excel page's hidden column
("<td style='display:none'>") is still a column (its place in the header kept), read empty as Excel shows it since
round 44C F5 (its cells were read: last year's deadlines in a hidden column were read in place of the shown ones).
"""

from __future__ import annotations

HEAD = "<table><tr><th>STT<th>Nội dung công việc<th>Cơ quan chủ trì<th>Thời gian thực hiện"
HIDDEN = "<span style='display:none;mso-hide:all'>{0}</span>"


def test_text_word_hides_stays_out_of_a_pasted_plan():
    from parapp.core.importing.parse import parse_text

    html = (HEAD
            + "<tr><td>1<td><p class=MsoNormal>Rà soát thủ tục<span lang=VI style='display: none; mso-hide: all'>"
            + " (Hướng dẫn: <b>ghi rõ</b> nội dung)</span><o:p></o:p></p>"
            + "<td>Văn phòng" + HIDDEN.format(" [mẫu]") + "<td>Quý I/2026"
            + "<tr><td>2<td>Công khai thủ tục<span style='display:none'> (xóa trước khi gửi)"
            + "<td>Tư pháp<td>Quý II/2026</table>")
    r = parse_text("STT\tNội dung công việc\n", plan_year=2026, html=html)
    assert [(t.content, t.lead, t.deadline_text) for t in r.tasks] == [
        ("Rà soát thủ tục", "Văn phòng", "Quý I/2026"), ("Công khai thủ tục", "Tư pháp", "Quý II/2026")]


def test_a_hidden_column_keeps_its_place():
    from parapp.core.importing.sources import html_rows

    rows = html_rows("<table><tr><td>STT<td style='display:none'>Mã<td>Nội dung<tr><td>1<td style='display:none'>"
                     "KH01<td>Rà soát " + HIDDEN.format("ẩn") + "thủ tục</table>")
    assert [r for _, r in rows] == [["STT", "", "Nội dung"], ["1", "", "Rà soát thủ tục"]]

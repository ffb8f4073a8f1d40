"""Adversarial round 13 (issue 21), the importers: text Word's Track Changes deleted, in a paste's HTML.

Word writes a tracked deletion into the HTML it puts on the clipboard (and into a page saved as .htm) as
"<del cite="mailto:…" datetime="…">…</del>": the text the reviewer removed. The same plan opened as a .docx leaves
it out (round 10: a deleted run, round 11: a deleted row), as Word does once the changes are accepted. On main the
HTML reader read it as the cell's text: the task "Rà soát thủ tục hành chính" came in as "Rà soát thủ tục đất đai
hành chính", the removed words back in the plan without a word. Text inserted with Track Changes ("<ins>") stays.
"""

from __future__ import annotations

HEAD = "<table><tr><th>STT<th>Nội dung công việc<th>Cơ quan chủ trì<th>Thời gian thực hiện"
DEL = "<del cite=\"mailto:Nguyen%20Van%20A\" datetime=\"2026-11-20T09:14\">{0}</del>"
INS = "<ins cite=\"mailto:Nguyen%20Van%20A\" datetime=\"2026-11-20T09:14\">{0}</ins>"


def test_text_deleted_with_track_changes_stays_out_of_a_pasted_plan():
    from parapp.core.importing.parse import parse_text

    html = (HEAD
            + "<tr><td>1<td><p class=MsoNormal>Rà soát thủ tục <span class=msoDel>" + DEL.format("đất đai ")
            + "</span>hành chính<o:p></o:p></p><td>Văn phòng<td>" + DEL.format("Quý I/2026") + INS.format("Quý II/2026")
            + "<tr><td>2<td>" + DEL.format("<p class=MsoNormal>Lập danh sách hộ nghèo</p>")
            + "<p class=MsoNormal>Công khai thủ tục</p><td>Tư pháp " + INS.format("và Văn phòng") + "<td>Quý III/2026"
            + "</table>")
    text = "STT\tNội dung công việc\tCơ quan chủ trì\tThời gian thực hiện\n"
    r = parse_text(text, plan_year=2026, html=html)
    assert [(t.content, t.lead, t.deadline_text) for t in r.tasks] == [
        ("Rà soát thủ tục hành chính", "Văn phòng", "Quý II/2026"),
        ("Công khai thủ tục", "Tư pháp và Văn phòng", "Quý III/2026")]


def test_a_deletion_left_open_ends_with_its_cell():
    from parapp.core.importing.sources import html_rows

    rows = html_rows(HEAD + "<tr><td>1<td>Rà soát <del>đất đai<td>Văn phòng<td>Quý I/2026</table>")
    assert rows[1][1] == ["1", "Rà soát", "Văn phòng", "Quý I/2026"]

"""Adversarial round 15 (issue 21), the importers: Word numbering defined by a list style.

A multilevel list made with "Define New List Style" (and the lists of many offices' templates) is written as an
abstract list holding no levels, only the name of the list style (w:numStyleLink); the levels are in the list that
style numbers with. Round 14 taught the importer Word's automatic numbers but not this link: on main the STT column
of such a plan came in empty again, so the area heading "CẢI CÁCH THỂ CHẾ" became a task without a deadline and
"CẢI CÁCH THỦ TỤC HÀNH CHÍNH" was glued onto the task above it, exit 0.
"""

from __future__ import annotations

import io
import zipfile

_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_NUMBERING = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ' + _W + b'''>
<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="KHList"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="KHList"/></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''
_LIST_STYLE = (b'<w:style w:type="numbering" w:styleId="KHList"><w:name w:val="KH List"/>'
               b'<w:pPr><w:numPr><w:numId w:val="NUM"/></w:numPr></w:pPr></w:style>')


def _plan(style_num_id: bytes) -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rows = [["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"],
            [0, "CẢI CÁCH THỂ CHẾ", "", ""], [1, "Rà soát văn bản quy phạm pháp luật", "Tư pháp", "Quý II/2026"],
            [0, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
            [1, "Công khai thủ tục hành chính", "Văn phòng", "Tháng 9/2026"]]
    d = docx.Document()
    t = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if isinstance(v, int):  # the STT cell: numbered by Word (list 1, at level v), no text of its own
                num_pr = OxmlElement("w:numPr")
                for name, value in (("w:ilvl", v), ("w:numId", 1)):
                    el = OxmlElement(name)
                    el.set(qn("w:val"), str(value))
                    num_pr.append(el)
                t.cell(r, c).paragraphs[0]._p.get_or_add_pPr().append(num_pr)
            elif v:
                t.cell(r, c).text = v
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/numbering.xml":
                data = _NUMBERING
            elif info.filename == "word/styles.xml":
                data = data.replace(b"</w:styles>", _LIST_STYLE.replace(b"NUM", style_num_id) + b"</w:styles>")
            z.writestr(info, data)
    return out.getvalue()


def test_a_plan_numbered_by_a_list_style_keeps_its_area_headings():
    from parapp.core.importing.parse import parse_bytes

    r = parse_bytes(_plan(b"2"), "ke-hoach.docx", plan_year=2026)
    assert [(t.stt, t.content, t.group, str(t.due_date)) for t in r.tasks] == [
        ("1", "Rà soát văn bản quy phạm pháp luật", "CẢI CÁCH THỂ CHẾ", "2026-06-30"),
        ("1", "Công khai thủ tục hành chính", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "2026-09-30")]  # counted again under II


def test_a_list_style_linking_back_to_itself_is_read_without_its_numbers():
    from parapp.core.importing.parse import parse_bytes

    r = parse_bytes(_plan(b"1"), "ke-hoach.docx", plan_year=2026)  # a damaged file: the style names its own list
    assert "Công khai thủ tục hành chính" in [t.content for t in r.tasks]

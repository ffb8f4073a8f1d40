"""Round 33D, `figures import` of a Word table whose parts are bulleted one level down (Tab on a bulleted line): Word's
bullet library draws the second level as a Courier New "o". The reader wrote it as the letter: "o Khai sinh" was a
field, counted again, and the next field ("• Chứng thực") set aside under it as its part: 20 stored for 15, silent.
A letter drawn as a bullet is now a white bullet "◦", another level than "•"."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from parapp.core.figures_import import read_bytes

_LEVEL_1 = ('<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr>'
            '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/></w:rPr></w:lvl>')


def _docx() -> bytes:
    d = docx.Document()
    t = d.add_table(rows=0, cols=5)
    for values, level in [(("STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn",
                            "Giải quyết quá hạn"), None),
                          (("", "Hộ tịch", 10, 5, 4), 0), (("", "Khai sinh", 6, 3, 2), 1),
                          (("", "Khai tử", 4, 2, 2), 1), (("", "Chứng thực", 5, 5, 1), 0)]:
        cells = t.add_row().cells
        for c, v in zip(cells, values):
            c.text = str(v)
        if level is not None:
            num_pr, ilvl, num_id = OxmlElement("w:numPr"), OxmlElement("w:ilvl"), OxmlElement("w:numId")
            ilvl.set(qn("w:val"), str(level))
            num_id.set(qn("w:val"), "1")
            num_pr.append(ilvl)
            num_pr.append(num_id)
            cells[1].paragraphs[0]._p.get_or_add_pPr().append(num_pr)
    out = io.BytesIO()
    d.save(out)
    # the template's list 1 has one level: give it the second level of Word's bullet library
    src, dst = zipfile.ZipFile(io.BytesIO(out.getvalue())), io.BytesIO()
    with zipfile.ZipFile(dst, "w") as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/numbering.xml":
                text = data.decode()
                at = text.index("</w:abstractNum>", text.index('w:abstractNumId="8"'))
                data = (text[:at] + _LEVEL_1 + text[at:]).encode()
            z.writestr(item, data)
    return dst.getvalue()


def test_parts_bulleted_at_the_second_level_are_parts():
    v = read_bytes(_docx(), "bieu.docx").values
    assert (v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]) == (15, 10, 5)

"""Adversarial round 14 (issue 21), the importers: Word's automatic numbering.

A plan's STT column is very often numbered by Word itself (select the column, press Numbering), and its area
headings and "-" items are often automatic list paragraphs too. Word keeps such a number out of the paragraph's
text (w:numPr names a list; the number is worked out when the page is drawn), and on main it came in as nothing:
the heading "CẢI CÁCH THỂ CHẾ" (shown "I") became a task without a deadline, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" (shown
"II") was glued onto the task above it, and a plan written as an automatic list was "not recognised" at all.
"""

from __future__ import annotations

import io
import zipfile

_NUMBERING = b'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/>
 <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>'''


def _number(paragraph, num_id: int, level: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    num_pr = OxmlElement("w:numPr")
    for name, value in (("w:ilvl", level), ("w:numId", num_id)):
        el = OxmlElement(name)
        el.set(qn("w:val"), str(value))
        num_pr.append(el)
    paragraph._p.get_or_add_pPr().append(num_pr)


def _with_numbering(document, numbering: bytes | None = None) -> bytes:
    """The document saved, its numbering part (python-docx's template has one) replaced by the lists above."""
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    assert "word/numbering.xml" in src.namelist()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            part = numbering or _NUMBERING
            z.writestr(info, part if info.filename == "word/numbering.xml" else src.read(info.filename))
    return out.getvalue()


def _table_plan() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH Cải cách hành chính năm 2026")
    rows = [("", "STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"),
            ("area", "", "CẢI CÁCH THỂ CHẾ", "", ""),
            ("task", "", "Rà soát văn bản quy phạm pháp luật", "Văn phòng", "Quý II/2026"),
            ("task", "", "Kiểm tra công tác thi hành pháp luật", "Tư pháp", "30/9/2026"),
            ("area", "", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""),
            ("task", "", "Rà soát thủ tục hành chính", "Văn phòng", "Quý III/2026"),
            ("task", "", "Công khai thủ tục tại bộ phận một cửa", "Văn phòng", "Quý IV/2026")]
    t = d.add_table(rows=0, cols=4)
    for kind, *values in rows:
        cells = t.add_row().cells
        for cell, v in zip(cells, values):
            cell.text = v
        if kind:
            _number(cells[0].paragraphs[0], 1, 0 if kind == "area" else 1)
    return _with_numbering(d)


def test_a_plan_whose_stt_column_word_numbers_keeps_its_areas_and_tasks():
    from parapp.core.importing.parse import parse_bytes

    r = parse_bytes(_table_plan(), "kế hoạch.docx", plan_year=2026)
    assert [(t.stt, t.content, t.area_code, t.due_date.isoformat()) for t in r.tasks] == [
        ("1", "Rà soát văn bản quy phạm pháp luật", "2", "2026-06-30"),
        ("2", "Kiểm tra công tác thi hành pháp luật", "2", "2026-09-30"),
        ("1", "Rà soát thủ tục hành chính", "3", "2026-09-30"),
        ("2", "Công khai thủ tục tại bộ phận một cửa", "3", "2026-12-31")]
    assert not any(p.kind == "deadline" for t in r.tasks for p in t.problems)


def test_a_plan_written_as_an_automatic_list_is_read():
    import docx

    from parapp.core.importing.parse import parse_bytes

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH Cải cách hành chính năm 2026")
    d.add_paragraph("II. NHIỆM VỤ TRỌNG TÂM")
    for num_id, level, text in ((2, 0, "CẢI CÁCH THỂ CHẾ"), (2, 1, "Rà soát văn bản quy phạm pháp luật."),
                                (2, 1, "Kiểm tra công tác thi hành pháp luật."),
                                (2, 0, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), (2, 1, "Rà soát thủ tục hành chính.")):
        _number(d.add_paragraph(text), num_id, level)
    r = parse_bytes(_with_numbering(d), "kế hoạch.docx", plan_year=2026)
    assert [(t.content.rstrip("."), t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật", "2"), ("Kiểm tra công tác thi hành pháp luật", "2"),
        ("Rà soát thủ tục hành chính", "3")]


def test_labels_are_counted_as_word_counts_them():
    """A second list instance of one definition goes on counting; one that restarts starts again; a level starts
    again under each new item above it; letters for the lower level."""
    import docx

    from parapp.core.importing.office import docx_content

    d = docx.Document()
    for num_id, level, text in ((3, 0, "Một"), (3, 1, "con"), (3, 1, "con"), (3, 0, "Hai"), (3, 1, "con"),
                                (3, 0, "Ba"), (4, 0, "Lại"), (4, 0, "Tiếp")):
        _number(d.add_paragraph(text), num_id, level)
    d.add_paragraph("Không đánh số")
    _, text = docx_content(_with_numbering(d))
    assert text.splitlines() == ["1. Một", "a) con", "b) con", "2. Hai", "a) con", "3. Ba", "1. Lại", "2. Tiếp",
                                 "Không đánh số"]


def test_a_level_that_never_restarts_counts_on_under_each_heading():
    """Round 16B left it: w:lvlRestart 0 (an STT column numbered 1…n across its area headings) came in as 1, 2
    under each heading, as if each area's tasks were numbered again."""
    import docx

    from parapp.core.importing.office import docx_content

    level_2 = b'<w:lvl w:ilvl="1"><w:start w:val="1"/>'
    never = _NUMBERING.replace(level_2 + b'<w:numFmt w:val="decimal"/>',
                               level_2 + b'<w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/>', 1)
    assert never != _NUMBERING
    d = docx.Document()
    for level, text in ((0, "Thể chế"), (1, "Rà soát"), (1, "Kiểm tra"), (0, "Thủ tục"), (1, "Công khai")):
        _number(d.add_paragraph(text), 1, level)
    _, text = docx_content(_with_numbering(d, never))
    assert text.splitlines() == ["I Thể chế", "1 Rà soát", "2 Kiểm tra", "II Thủ tục", "3 Công khai"]
    _, text = docx_content(_with_numbering(d))
    assert text.splitlines()[-1] == "1 Công khai"  # without it, the level starts again under each heading


def test_a_list_style_numbers_its_paragraphs_and_a_bullet_from_the_symbol_font_is_a_dot():
    import docx

    from parapp.core.importing.office import docx_content

    d = docx.Document()  # python-docx's template: Word's own "List Number" and "List Bullet" styles and lists
    d.add_paragraph("Rà soát", style="List Number")
    d.add_paragraph("Công khai", style="List Number")
    d.add_paragraph("Ghi chú", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    _, text = docx_content(buf.getvalue())
    assert text.splitlines()[:2] == ["1. Rà soát", "2. Công khai"]
    assert text.splitlines()[2].endswith(" Ghi chú") and "\uf0b7" not in text


def test_a_criteria_set_whose_codes_word_numbers_is_read():
    """On main: "Bộ tiêu chí không có tiêu chí nào để chấm điểm" (every code cell empty)."""
    import docx

    from parapp.core.par.reading import read_bytes

    d = docx.Document()
    t = d.add_table(rows=0, cols=3)
    for level, name, most in ((None, "Tiêu chí", "Điểm tối đa"),
                              (0, "Công tác chỉ đạo, điều hành cải cách hành chính", ""),
                              (1, "Kế hoạch cải cách hành chính năm", "2"), (1, "Báo cáo cải cách hành chính", "1"),
                              (0, "Cải cách thể chế", ""), (1, "Rà soát văn bản quy phạm pháp luật", "3")):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = ("STT" if level is None else ""), name, most
        if level is not None:
            _number(cells[0].paragraphs[0], 5, level)
    tree = read_bytes(_with_numbering(d, _MULTILEVEL), "bo-tieu-chi.docx").build(2026).criteria
    assert [(n.code, n.name) for n in tree.leaves()] == [
        ("1.1", "Kế hoạch cải cách hành chính năm"), ("1.2", "Báo cáo cải cách hành chính"),
        ("2.1", "Rà soát văn bản quy phạm pháp luật")]


_MULTILEVEL = _NUMBERING.replace(b"</w:numbering>", b'''<w:abstractNum w:abstractNumId="5">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num></w:numbering>''')

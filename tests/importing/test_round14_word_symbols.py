"""Adversarial round 14 (issue 21), the importers: characters Word draws from a symbol font.

"≥" inserted with Insert > Symbol while the Symbol font is chosen is written <w:sym w:font="Symbol" w:char="F0B3"/>;
a file converted from an old .doc keeps it as the text "³" in the Symbol font. python-docx reads neither, and on main
a criterion "Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 95%: 2 điểm; ≤ 80%: 0 điểm" came in as "… 95%: 2 điểm; 80%: 0 điểm":
its scoring rule changed without a word.
"""

from __future__ import annotations

import io


def _sym(paragraph, font: str, char: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:sym")
    el.set(qn("w:font"), font)
    el.set(qn("w:char"), char)
    paragraph.add_run()._r.append(el)


def _in_font(paragraph, text: str, font: str) -> None:
    run = paragraph.add_run(text)
    run.font.name = font


def test_a_criterion_keeps_the_signs_inserted_from_the_symbol_font():
    import docx

    from parapp.core.par.reading import read_bytes

    d = docx.Document()
    t = d.add_table(rows=0, cols=3)
    for row in (["STT", "Tiêu chí", "Điểm tối đa"], ["1", "Công tác chỉ đạo, điều hành cải cách hành chính", ""],
                ["1.1", "Tỷ lệ hồ sơ giải quyết đúng hạn ", "2"], ["1.2", "Tỷ lệ văn bản gửi bằng điện tử ", "1"]):
        for cell, v in zip(t.add_row().cells, row):
            cell.text = v
    p = t.cell(2, 1).paragraphs[0]
    _sym(p, "Symbol", "F0B3")
    p.add_run(" 95%: 2 điểm; ")
    _sym(p, "Symbol", "F0A3")
    p.add_run(" 80%: 0 điểm")
    p = t.cell(3, 1).paragraphs[0]
    _in_font(p, "³", "Symbol")  # as a file converted from .doc keeps it
    p.add_run(" 90%")
    buf = io.BytesIO()
    d.save(buf)
    tree = read_bytes(buf.getvalue(), "bo-tieu-chi.docx").build(2026).criteria
    assert [n.name for n in tree.leaves()] == ["Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 95%: 2 điểm; ≤ 80%: 0 điểm",
                                               "Tỷ lệ văn bản gửi bằng điện tử ≥ 90%"]


def test_a_plan_keeps_a_tick_and_text_in_ordinary_fonts_is_unchanged():
    import docx

    from parapp.core.importing.parse import parse_bytes

    d = docx.Document()
    t = d.add_table(rows=0, cols=4)
    for row in (["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"],
                ["1", "Rà soát thủ tục ", "Văn phòng", "Quý II/2026"],
                ["2", "Công khai thủ tục (³ 2 lần)", "Tư pháp", "Quý III/2026"]):
        for cell, v in zip(t.add_row().cells, row):
            cell.text = v
    p = t.cell(1, 1).paragraphs[0]
    _sym(p, "Wingdings", "F0FC")
    _sym(p, "Symbol", "F0D6")
    _sym(p, "Unknown Font", "F0B3")  # a font not known here: left out, as before
    r = parse_bytes(_saved(d), "ke-hoach.docx", plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát thủ tục ✓√", "Công khai thủ tục (³ 2 lần)"]


def _saved(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()

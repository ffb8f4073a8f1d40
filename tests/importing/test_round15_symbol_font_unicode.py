"""Adversarial round 15 (issue 21), the importers: Unicode signs in a run set in the Symbol font.

Round 14 taught the importer to read a symbol font's 8-bit codes ("³" in the Symbol font is "≥"). A run in the Symbol
font may also hold the Unicode sign itself — a PDF converted to Word writes runs so, and Word draws the sign from
another font. On main every such character was dropped: a criterion "Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 95%" was
stored as "… đúng hạn 95%", its scoring rule changed without a word (before round 14 it was kept).
"""

from __future__ import annotations

import io


def test_unicode_signs_in_a_symbol_font_run_are_kept():
    import docx

    from parapp.core.par.reading import read_bytes

    d = docx.Document()
    t = d.add_table(rows=0, cols=3)
    for row in (["STT", "Tiêu chí", "Điểm tối đa"], ["1", "Công tác chỉ đạo, điều hành cải cách hành chính", ""],
                ["1.1", "Tỷ lệ hồ sơ giải quyết đúng hạn ", "2"]):
        for cell, v in zip(t.add_row().cells, row):
            cell.text = v
    p = t.cell(2, 1).paragraphs[0]
    p.add_run("≥").font.name = "Symbol"
    p.add_run(" 95%: 2 điểm; ")
    p.add_run("\uf0a3 80%").font.name = "Symbol"  # the same sign as the font's own code, as round 14 read it
    p.add_run(": 0 điểm")
    buf = io.BytesIO()
    d.save(buf)
    names = [r.name for r in read_bytes(buf.getvalue(), "bo-tieu-chi.docx").rows]
    assert "Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 95%: 2 điểm; ≤ 80%: 0 điểm" in names


def test_a_symbol_with_a_code_no_font_holds_is_left_out():
    from docx.oxml import parse_xml

    from parapp.core.importing.word_symbols import run_text

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    r = parse_xml(f'<w:r xmlns:w="{w}"><w:t>a</w:t><w:sym w:font="Symbol" w:char="D800"/>'
                         f'<w:sym w:font="Symbol" w:char="FFFFFFFF"/><w:sym w:font="Symbol" w:char="F0B3"/></w:r>')
    assert run_text(r) == "a≥"

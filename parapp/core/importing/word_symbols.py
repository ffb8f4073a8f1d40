"""Characters Word draws from a symbol font: "≥" inserted with Insert > Symbol while the Symbol font is chosen.

Word writes such a character as <w:sym w:font="Symbol" w:char="F0B3"/>, not as text; a file converted from an old
.doc keeps its symbols as text in the Symbol font ("³" drawn as "≥"). python-docx reads neither. Round 14: a
criterion "Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 95%: 2 điểm; ≤ 80%: 0 điểm" came in as "… đúng hạn 95%: 2 điểm; 80%: 0
điểm" — its scoring rule changed without a word. Here each such character is read as the Unicode character Word
draws; one the tables below do not hold is left out, as before.
"""

from __future__ import annotations

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# The Symbol font's letters that differ from ASCII (Adobe's Symbol encoding): Greek, mathematics, arrows.
_SYMBOL = dict(zip(
    [0x22, 0x24, 0x27, 0x2A, 0x2D, 0x40, 0x5C, 0x5E, 0x7E] + list(range(0x41, 0x5B)) + list(range(0x61, 0x7B)),
    "∀∃∋∗−≅∴⊥∼" + "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ" + "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"))
_SYMBOL.update(zip(range(0xA1, 0xBD), "ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…"))
_SYMBOL.update(zip(range(0xC4, 0xE2), "⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈"))
_SYMBOL.update({0xC0: "ℵ", 0xE5: "∑", 0xF1: "〉", 0xF2: "∫"})
# Wingdings: the ticks, boxes and bullets a form or a criteria table uses.
_WINGDINGS = {0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0x6F: "□", 0xA8: "□", 0x6E: "■", 0x6C: "●", 0xA7: "▪",
              0x71: "❑", 0x76: "❖", 0x9F: "•", 0xD8: "➢", 0xE8: "➔"}
_FONTS = {"symbol": _SYMBOL, "wingdings": _WINGDINGS}


def _table(font: str | None) -> dict[int, str] | None:
    return _FONTS.get((font or "").strip().lower())


def _char(table: dict[int, str], code: int) -> str:
    """A character of a symbol font, written at its code (0x20–0xFF) or, as Word writes it, at F020–F0FF."""
    code = code - 0xF000 if 0xF020 <= code <= 0xF0FF else code
    if code > 0xFF:
        # Beyond the font's 8-bit codes, Word draws the character itself from another font. Round 15: a "≥" or "•"
        # typed as Unicode in a run set in the Symbol font (a PDF converted to Word writes runs so) was dropped.
        return chr(code) if code < 0x110000 and not 0xD800 <= code <= 0xDFFF else ""
    if table is _SYMBOL and 0x20 <= code < 0x7F and code not in _SYMBOL:
        return chr(code)  # digits, brackets and punctuation are the same as in ASCII
    return table.get(code, "")


def _symbol(el) -> str:
    table = _table(el.get(_W + "font"))
    try:
        code = int(el.get(_W + "char", ""), 16)
    except ValueError:
        return ""
    return _char(table, code) if table is not None else ""


def run_text(r) -> str:
    """A run's text as Word draws it: python-docx's reading, with its symbols (w:sym, or a symbol font's text)."""
    fonts = r.find(f"{_W}rPr/{_W}rFonts")
    table = _table(fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi")) if fonts is not None else None
    if table is None and r.find(_W + "sym") is None:
        return r.text
    out = []
    for child in r:
        if child.tag == _W + "sym":
            out.append(_symbol(child))
        elif child.tag == _W + "t" and table is not None:
            out.append("".join(_char(table, ord(c)) if ord(c) > 0x20 else c for c in child.text or ""))
        elif child.tag in (_W + "t", _W + "br", _W + "cr", _W + "noBreakHyphen", _W + "ptab", _W + "tab"):
            out.append(str(child))
    return "".join(out)

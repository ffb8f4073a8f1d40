"""The text of a Word file as Word shows it: its tables, their rows and cells, and its paragraphs.

python-docx reads a paragraph's text from the runs directly under it, a cell's from the paragraphs
directly under it, a table's rows and cells from its direct children. A plan a colleague sends is
often not that plain (round 10): changes made with Track Changes on and not yet accepted (the runs
Word shows are inside <w:ins>, so "Trước ngày 15/6/2026" came in as "Trước ngày /2026"), a
template's content controls (<w:sdt>: a lead typed into one came in empty), a table nested in a cell
(its text dropped), rows of a repeating content control. Here the text is what Word shows once the
changes are accepted: inserted and moved-to text in, deleted and moved-from text out, a content
control's text in unless it still shows its placeholder, a nested table's rows as lines of the cell.
"""

from __future__ import annotations

from collections.abc import Iterator

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Text Word does not show once changes are accepted, the copy of a drawing for older readers, and properties.
_HIDDEN = {_W + "del", _W + "moveFrom", _MC + "Fallback", _W + "pPr", _W + "rPr", _W + "sdtPr", _W + "sdtEndPr",
           _W + "tcPr", _W + "trPr", _W + "tblPr", _W + "tblGrid", _W + "tblPrEx"}


def _shows_placeholder(sdt) -> bool:
    """A content control still showing its prompt ("Bấm vào đây để nhập văn bản"): nothing was typed."""
    pr = sdt.find(_W + "sdtPr")
    return pr is not None and pr.find(_W + "showingPlcHdr") is not None


def _inside(el) -> Iterator:
    """The children of `el`, looking through what only wraps content (a content control, a tracked insertion,
    custom XML, a smart tag), leaving out what Word does not show."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _HIDDEN:
            continue  # a comment or processing instruction, or hidden
        if tag == _W + "sdt":
            if not _shows_placeholder(child):
                content = child.find(_W + "sdtContent")
                if content is not None:
                    yield from _inside(content)
        elif tag in (_W + "ins", _W + "moveTo", _W + "customXml", _W + "smartTag", _W + "hyperlink", _W + "fldSimple",
                     _W + "dir", _W + "bdo", _MC + "AlternateContent", _MC + "Choice"):
            yield from _inside(child)
        else:
            yield child


def paragraph_text(p) -> str:
    # A run's own text: w:t, tabs and breaks, as python-docx reads it (a drawing or text box in it left out).
    return "".join(r.text for r in _inside(p) if r.tag == _W + "r")


def rows(tbl) -> list:
    return [tr for tr in _inside(tbl) if tr.tag == _W + "tr"]


def cells(tr) -> list:
    return [tc for tc in _inside(tr) if tc.tag == _W + "tc"]


def cell_text(tc) -> str:
    """The cell's paragraphs, a line each; a table nested in it, a line per row (its cells joined by spaces)."""
    lines = []
    for el in _inside(tc):
        if el.tag == _W + "p":
            lines.append(paragraph_text(el))
        elif el.tag == _W + "tbl":
            lines += [" ".join(" ".join(cell_text(c).split()) for c in cells(tr)).strip() for tr in rows(el)]
    return "\n".join(lines)


def tables(body) -> list:
    """The body's tables, those inside a content control too (python-docx sees only the body's own)."""
    return [el for el in _inside(body) if el.tag == _W + "tbl"]


def body_text(body) -> str:
    """The body's paragraphs outside tables, a line each: a plan written as a list, a period stated above a table."""
    return "\n".join(paragraph_text(el) for el in _inside(body) if el.tag == _W + "p")

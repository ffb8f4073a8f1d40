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

from parapp.core.importing.model import RAISED
from parapp.core.importing.word_symbols import run_text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Text Word does not show once changes are accepted, and properties.
_HIDDEN = {_W + "del", _W + "moveFrom", _W + "pPr", _W + "rPr", _W + "sdtPr", _W + "sdtEndPr",
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
            content = child.find(_W + "sdtContent")
            # A control still showing its prompt: its text is left out, but not a cell, row or paragraph it wraps
            # (round 11: a cell-level control left the row a cell short, its deadline read as its lead).
            if content is not None and (not _shows_placeholder(child) or content.find(_W + "r") is None):
                yield from _inside(content)
        elif tag == _MC + "AlternateContent":
            # Word shows one choice: the first it can (round 11: a file with two choices had its text twice); the
            # copy for older readers only when there is no choice at all.
            chosen = child.find(_MC + "Choice")
            chosen = chosen if chosen is not None else child.find(_MC + "Fallback")
            if chosen is not None:
                yield from _inside(chosen)
        elif tag in (_W + "ins", _W + "moveTo", _W + "customXml", _W + "smartTag", _W + "hyperlink", _W + "fldSimple",
                     _W + "dir", _W + "bdo"):
            yield from _inside(child)
        else:
            yield child


def _on(pr, name: str) -> bool:
    """A property switched on: present, and not written off ("0", "false", "off")."""
    el = pr.find(_W + name) if pr is not None else None
    return el is not None and el.get(_W + "val", "true").lower() not in ("0", "false", "off")


def _shown(r) -> bool:
    """A run Word shows: not formatted hidden (a template's instructions are often kept as hidden text, which Word
    neither shows nor prints; round 11: "(Hướng dẫn: ghi rõ nội dung)" came into a task's content), nor "always
    hidden" (w:specVanish). Hidden in Web Layout only (w:webHidden) is printed: shown."""
    pr = r.find(_W + "rPr")
    return not (_on(pr, "vanish") or _on(pr, "specVanish"))


def hide_styled_runs(body, styles) -> None:
    """Mark hidden, as a run's own formatting, each run a hidden style hides: its character style, or else its
    paragraph's style, or a style either is based on (round 12: a template's instructions in a character style
    "Hướng dẫn" with Hidden ticked came into the task's content, round 11 having looked at the run alone). A run's
    own vanish, on or off, wins, as in Word. Only the parsed copy is changed."""
    defs = {s.get(_W + "styleId"): s for s in styles.iter(_W + "style")}
    known: dict[str | None, bool | None] = {}

    def hidden(style_id: str | None, depth: int = 0) -> bool | None:
        if style_id not in known:
            s = defs.get(style_id)
            pr = s.find(_W + "rPr") if s is not None else None
            based = s.find(_W + "basedOn") if s is not None and depth < 20 else None
            known[style_id] = (_on(pr, "vanish") if pr is not None and pr.find(_W + "vanish") is not None
                               else hidden(based.get(_W + "val"), depth + 1) if based is not None else None)
        return known[style_id]

    if not any(hidden(i) for i in defs):
        return  # the usual file: no style hides anything
    for r in body.iter(_W + "r"):
        pr = r.find(_W + "rPr")
        if pr is not None and pr.find(_W + "vanish") is not None:
            continue
        char = pr.find(_W + "rStyle") if pr is not None else None
        hides = hidden(char.get(_W + "val")) if char is not None else None
        if hides is None:
            p = next(r.iterancestors(_W + "p"), None)
            para = p.find(f"{_W}pPr/{_W}pStyle") if p is not None else None
            hides = hidden(para.get(_W + "val")) if para is not None else None
        if hides:
            if pr is None:
                pr = r.makeelement(_W + "rPr", {})
                r.insert(0, pr)
            pr.append(pr.makeelement(_W + "vanish", {}))


def _in_placeholder(el) -> bool:
    """Inside a content control that still shows its prompt, however far up (a cell-, row- or table-level one)."""
    parent = el.getparent()
    while parent is not None and parent.tag != _W + "body":
        if parent.tag == _W + "sdt" and _shows_placeholder(parent):
            return True
        parent = parent.getparent()
    return False


def paragraph_text(p) -> str:
    # A run's own text: w:t, tabs and breaks, as python-docx reads it (a drawing or text box in it left out), and
    # the symbols Word draws from a symbol font (round 14: "≥ 95%" came in as "95%").
    if _in_placeholder(p):
        return ""
    return "".join(run_text(r).translate(RAISED) if _raised(r) else run_text(r)
                   for r in _inside(p) if r.tag == _W + "r" and _shown(r))


def _raised(r) -> bool:
    """A run formatted Superscript: a footnote's mark, kept raised (round 30D: read as one more digit)."""
    el = r.find(f"{_W}rPr/{_W}vertAlign")
    return el is not None and el.get(_W + "val") == "superscript"


def rows(tbl) -> list:
    """The table's rows, but a row deleted with Track Changes on (Word removes it once the changes are accepted)."""
    return [tr for tr in _inside(tbl) if tr.tag == _W + "tr" and tr.find(f"{_W}trPr/{_W}del") is None]


def grid_before(tr) -> int:
    """The grid columns a row leaves empty before its first cell (Word's "gridBefore": a row starting further
    right, as a table pasted from elsewhere or a row whose left edge was dragged has). Round 11: its cells were
    read from the first column, a task's content taken for its number, its deadline for its lead."""
    el = tr.find(f"{_W}trPr/{_W}gridBefore")
    try:
        return max(int(el.get(_W + "val", "0")), 0) if el is not None else 0
    except ValueError:
        return 0


def has_alt_chunk(body) -> bool:
    """Content a program put in the file as another file to be merged (w:altChunk: HTML, RTF or another .docx)."""
    return next(body.iter(_W + "altChunk"), None) is not None


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
    """The body's tables, those inside a content control too (python-docx sees only the body's own). A frame (a
    table of one column whose cells hold tables: a page laid out in a box, a document converted from a web page or
    a PDF) gives the tables it frames: round 24C, a plan's table inside one was refused as "no table recognised"."""
    out = []
    for el in _inside(body):
        if el.tag == _W + "tbl":
            framed = _framed(el)
            out += tables_of(framed) if framed else [el]
    return out


def texts_before(body) -> list[str]:
    """The body's paragraphs between each of `tables(body)` and the table before it, as text: a statistics table's
    next page, or another period's table ("Kỳ báo cáo: Quý IV …" above it: round 29D, it was joined to the first)."""
    out: list[str] = []
    lines: list[str] = []
    for el in _inside(body):
        if el.tag == _W + "p":
            lines.append(paragraph_text(el))
        elif el.tag == _W + "tbl":
            framed = _framed(el)
            out += ["\n".join(lines)] + [""] * ((len(tables_of(framed)) if framed else 1) - 1)
            lines = []
    return out


def _framed(tbl) -> list:
    """The tables inside a one-column table's cells, or [] (a table of data, or a frame around text only). A frame's
    rows of text (its title above the table, a blank row) are the body's text (round 25B: a frame with a title row was
    read as a table of one column, and the plan inside refused as "no table recognised")."""
    inner, text_rows = [], False
    for tr in rows(tbl):
        tcs = cells(tr)
        if len(tcs) != 1:
            return []  # a table of data, read as it is
        held = [el for el in _inside(tcs[0]) if el.tag == _W + "tbl"]
        text_rows = text_rows or not held
        inner += held
    if text_rows and not any(len(rows(t)) >= 2 for t in inner):
        return []  # a one-column table of data, a row's small table its text (round 24C)
    return inner


def tables_of(found: list) -> list:
    """Each table, a frame replaced by the tables it holds (frames in frames too: depth is bounded by the parser)."""
    out = []
    for el in found:
        framed = _framed(el)
        out += tables_of(framed) if framed else [el]
    return out


def body_text(body) -> str:
    """The body's paragraphs outside tables, a line each: a plan written as a list, a period stated above a table;
    those a frame holds beside its tables too (a title, "Kèm theo Kế hoạch số …")."""
    return "\n".join(_frame_paragraphs(body))


def _frame_paragraphs(el) -> Iterator[str]:
    for child in _inside(el):
        if child.tag == _W + "p":
            yield paragraph_text(child)
        elif child.tag == _W + "tbl" and _framed(child):
            for tr in rows(child):
                yield from _frame_paragraphs(cells(tr)[0])

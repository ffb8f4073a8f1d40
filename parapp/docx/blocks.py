"""The blocks of parapp.document as WordprocessingML text.

The header and the signature are borderless tables as wide as the text, with
no cell margins, so nothing stands outside the page margins. The rules under
the issuing body, the motto and the summary are bottom borders of small empty
paragraphs indented to the rule's length: they stay where they are when the
text around them is edited (a drawn line floats and drifts), they print the
same in Word and LibreOffice, and they are not images. Appendix tables repeat
their header row on every page and keep each row whole.
"""

from __future__ import annotations

from typing import Any

from parapp.document import page
from parapp.document.model import Appendix, Closing, Header, KinhGui, Para, Table, Title
from parapp.docx import measure
from parapp.docx import wordml
from parapp.docx.styles import RULE, sid

RULE_WEIGHT = 0.6            # points, as the PDF's rules
NO_MARGINS = (0, 0, 0, 0)
GRID_LINE = 0.5             # points


def cell_margins(t: Table) -> tuple[int, int, int, int]:
    """The PDF's padding as Word's cell margins. LibreOffice counts the grid line into a row's
    height, which reportlab does not: it is taken off the bottom margin, so a page holds as
    many rows in the .docx as in the PDF."""
    top, bottom = t.padding
    return wordml.pt(top), wordml.pt(page.CELL_PAD), wordml.pt(max(0.0, bottom - GRID_LINE)), wordml.pt(page.CELL_PAD)


def text_width_pt(orientation: str) -> float:
    return page.text_width_mm(orientation) * 72 / 25.4


def _role_width(text: str, role: str) -> float:
    r = page.ROLES[role]
    return measure.width(text, r.size, r.face)


def rule(length: float, column: float, *, after: float = 0) -> str:
    """A rule `length` points long, centred in a column `column` points wide."""
    side = wordml.pt(max(0.0, (column - length) / 2))
    return f"<w:p>{wordml.ppr(RULE, border_bottom=RULE_WEIGHT, spacing=(0, wordml.pt(after)), ind=(side, side))}</w:p>"


def para(p: Para, *, keep_next: bool = False) -> str:
    # A role that keeps with the next shares its style with one that does not (body_lead is Normal): say it here.
    return wordml.para(p.text, sid(p.role), keep_next=keep_next or page.ROLES[p.role].keep_with_next)


def header(h: Header) -> str:
    """Issuing body and number on the left, the motto and the date on the right, in two rows,
    so the number and the date are on one line whatever the heights above them."""
    left_w = page.HEADER_LEFT_COL * 72 / 25.4
    right_w = text_width_pt("portrait") - left_w
    left = wordml.para(h.parent, sid("header_plain")) if h.parent else ""
    left += "".join(wordml.para(line, sid("header_bold")) for line in h.body_lines)
    widest = min(left_w, max(_role_width(line, "header_bold") for line in h.body_lines))
    left += rule(widest * page.RULE_SHARE, left_w)
    motto1, motto2 = h.motto
    bold_fits = _role_width(motto1, "header_bold") <= right_w - 2
    right = wordml.para(motto1, sid("header_bold" if bold_fits else "header_plain"))
    right += wordml.para(motto2, sid("motto")) + rule(min(right_w, _role_width(motto2, "motto")), right_w)
    gap = (wordml.pt(page.HEADER_GAP), None)
    widths = [wordml.pt(left_w), wordml.pt(right_w)]
    summary = ""
    if h.summary:  # a công văn: its summary under the number, 12–13 upright, 6 pt below it
        below_number = wordml.para(h.summary, sid("header_plain"), spacing=(wordml.pt(page.SUMMARY_GAP), None))
        summary = wordml.row([wordml.cell(widths[0], below_number),
                              wordml.cell(widths[1], wordml.para("", sid("header_plain")))])
    return (wordml.table_open(widths, borders=False, cell_margins=NO_MARGINS)
            + wordml.row([wordml.cell(widths[0], left), wordml.cell(widths[1], right)])
            + wordml.row([wordml.cell(widths[0], wordml.para(h.number, sid("header_plain"), spacing=gap)),
                     wordml.cell(widths[1], wordml.para(h.place_date, sid("date_line"), spacing=gap))])
            + summary + "</w:tbl>")


def title(t: Title) -> str:
    full = text_width_pt("portrait")
    widest = max(_role_width(line, "center_bold") for line in measure.lines(t.summary, 14, "bold", full))
    return (wordml.para(t.kind, sid("center_bold"), spacing=(wordml.pt(page.TITLE_SPACE_BEFORE), None), keep_next=True)
            + wordml.para(t.summary, sid("center_bold"), keep_next=True)
            + rule(min(full, widest) * page.RULE_SHARE, full, after=page.TITLE_RULE_AFTER))


def kinh_gui(k: KinhGui) -> str:
    """One centred line for one recipient; for several, a dash list hanging under the colon."""
    if not k.recipients:
        return ""
    after = (None, wordml.pt(page.KINH_GUI_AFTER))
    before = wordml.pt(k.space_before) if k.space_before else None
    if k.one_line:
        return wordml.para(k.one_line, sid("center"), spacing=(before, after[1]))
    full = text_width_pt("portrait")
    head_w = _role_width(k.head + " ", "center")
    block_w = min(full, head_w + max(_role_width(i, "center") for i in k.items) + 4)
    x0 = max(0.0, (full - block_w) / 2)
    left, hang = wordml.pt(x0 + head_w), wordml.pt(head_w)
    out = []
    items = k.items
    for n, item in enumerate(items):
        last = n == len(items) - 1
        kw: dict[str, Any] = dict(ind=(left, 0), first_line=None, jc="left",
                                  spacing=(before if n == 0 else None, after[1] if last else 0))
        if n == 0:
            head = wordml.ppr(sid('center'), hanging=hang, **kw)
            out.append(f"<w:p>{head}{wordml.run(k.head + chr(9) + item)}</w:p>")
        else:
            out.append(wordml.para(item, sid("center"), **kw))
    return "".join(out)


def closing(c: Closing) -> str:
    """The last lines and the signature table, kept on one page: the lines keep with the table,
    whose single row never splits."""
    out = "".join(para(p, keep_next=True) for p in c.paras)
    s = c.signature
    full = text_width_pt("portrait")
    widths = [wordml.pt(full * page.SIGNATURE_SPLIT), wordml.pt(full * (1 - page.SIGNATURE_SPLIT))]
    before = (wordml.pt(page.BEFORE_SIGNATURE), None)
    left = wordml.para(s.head, sid("recipients_head"), spacing=before, keep_next=True)
    left += "".join(wordml.para(line, sid("recipients"), keep_next=True) for line in s.cc)
    right = "".join(wordml.para(line, sid("sign"), spacing=before if i == 0 else None, keep_next=True)
                    for i, line in enumerate(s.authority))
    room = wordml.pt(page.SIGNATURE_ROOM * 72 / 25.4)
    right += wordml.para(s.name, sid("sign"), spacing=(room, None))
    return (out + wordml.table_open(widths, borders=False, cell_margins=NO_MARGINS)
            + wordml.row([wordml.cell(widths[0], left), wordml.cell(widths[1], right)]) + "</w:tbl>")


def appendix(a: Appendix, orientation: str) -> str:
    out = wordml.para(a.label, sid("center_bold"), keep_next=True) if a.label else ""
    out += "".join(wordml.para(t, sid("center_bold"), keep_next=True) for t in a.titles)
    out += wordml.para(a.kem_theo, sid("center_italic"), spacing=(None, wordml.pt(page.BEFORE_TABLE)), keep_next=True)
    if a.note:
        out += wordml.para(a.note, sid("center_italic"), keep_next=True)
    return out + table(a.table, orientation)


def _cell_paras(value: str, style: str, props: str = "", keep_next: bool = False) -> str:
    # One paragraph per line of the cell, so each stays a paragraph the official can edit.
    return "".join(wordml.para(line, style, props, keep_next=keep_next) for line in str(value).split("\n"))


def table(t: Table, orientation: str) -> str:
    full = text_width_pt(orientation)
    known = sum(w for w in t.widths if w is not None) * 72 / 25.4
    widths_pt = [full - known if w is None else w * 72 / 25.4 for w in t.widths]
    widths = [wordml.pt(w) for w in widths_pt]
    # A row taller than about half a page may split (else Word and LibreOffice would push it
    # whole onto pages it cannot fit); any other row stays whole.
    usable = (page.A4_MM[0] if orientation == "landscape" else page.A4_MM[1]) * 72 / 25.4
    page_h = usable - (page.margins(orientation).top + page.margins(orientation).bottom) * 72 / 25.4
    chars_per_line = [max(1.0, (w - 2 * page.CELL_PAD) / 5.6) for w in widths_pt]  # 12 pt text: ~5.6 pt a letter
    parts = [wordml.table_open(widths, borders=True, cell_margins=cell_margins(t))]
    head = [wordml.cell(w, wordml.para(h, sid("cell_head")), v_center=True) for w, h in zip(widths, t.head)]
    parts.append(wordml.row(head, header=True))
    plain, centred = sid("cell"), sid("cell_center")
    bold = wordml.rpr(bold=True)
    for i, r in enumerate(t.rows):
        if i in t.group_rows:
            # A group's title across the row, kept with the row under it.
            first = _cell_paras(r[0], centred if 0 in t.center_cols else plain, bold, keep_next=True)
            title = _cell_paras(r[1], plain, bold, keep_next=True)
            parts.append(wordml.row([wordml.cell(widths[0], first),
                                     wordml.cell(sum(widths[1:]), title, span=len(widths) - 1)]))
            continue
        props = bold if i in t.bold_rows else ""
        lines = max(sum(len(part) / chars_per_line[c] + 1 for part in str(v).split("\n")) for c, v in enumerate(r))
        cells = [wordml.cell(widths[c], _cell_paras(v, centred if c in t.center_cols else plain, props))
                 for c, v in enumerate(r)]
        parts.append(wordml.row(cells, cant_split=lines * page.ROLES["cell"].leading < page_h / 2))
    parts.append("</w:tbl>")
    return "".join(parts)

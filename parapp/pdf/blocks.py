"""The fixed blocks of an ND30 document laid out in reportlab: header, title,
Kính gửi, signature and recipients. Their words come from parapp.document.

These are layout tables, whose rows cannot break across pages: the model has
clipped what goes in them (core.print_limits), and here nothing may grow wider
than its column or taller than a page, so a 5,000-letter name in the settings
prints, wrapped, instead of failing with "Flowable too large"."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from parapp.core.print_limits import more_entries
from parapp.document import page
from parapp.document.model import Header, KinhGui, Signature
from parapp.pdf.layout import TEXT_WIDTH, Rule
from parapp.pdf.styles import Styles

LEFT_COL = page.HEADER_LEFT_COL * mm          # the issuing body's column
RIGHT_COL = TEXT_WIDTH - LEFT_COL
SIGNATURE_LEFT_MAX = 480    # points: "Nơi nhận" and its list, on a 728-point frame
_PLAIN_CMDS = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]


def _plain(st: Styles, *more) -> TableStyle:
    """Layout tables: no padding, top-aligned, and the cells' font set (else Helvetica)."""
    return TableStyle([*_PLAIN_CMDS, ("FONT", (0, 0), (-1, -1), st.body.fontName, 14), *more])


def p(text: str, style) -> Paragraph:
    return Paragraph(escape(text), style)


def _width(text: str, style) -> float:
    return stringWidth(text, style.fontName, style.fontSize)


def motto_fits_bold(st: Styles, motto: str) -> bool:
    return _width(motto, st.header_bold) <= RIGHT_COL - 2


def header(st: Styles, h: Header) -> Table:
    """The two columns: issuing body and number on the left, the motto and date on the right.

    Number and date sit in the same table row, so they are on one line whatever
    the heights of the blocks above them.
    """
    left = []
    if h.parent:
        left.append(p(h.parent, st.header_plain))
    for line in h.body_lines:
        left.append(p(line, st.header_bold))
    widest = min(LEFT_COL, max(_width(x, st.header_bold) for x in h.body_lines))
    left.append(Rule(widest * page.RULE_SHARE, space_before=3, space_after=0))  # 1/3 to 1/2 of the text
    motto1, motto2 = h.motto
    right = [p(motto1, st.header_bold if motto_fits_bold(st, motto1) else st.header_plain), p(motto2, st.motto),
             Rule(_width(motto2, st.motto), space_before=3, space_after=0)]  # as wide as the motto
    number_p = p(h.number, st.header_plain.clone("number", fontSize=13))
    date_p = p(h.place_date, st.date_line)
    gap = page.HEADER_GAP
    rows = [[left, right], [Spacer(1, gap), Spacer(1, gap)], [number_p, date_p]]
    if h.summary:  # a công văn: its summary under the number, 12–13 upright, 6 pt below it
        rows.append([[Spacer(1, page.SUMMARY_GAP), p(h.summary, st.header_plain)], ""])
    t = Table(rows, colWidths=[LEFT_COL, RIGHT_COL])
    t.setStyle(_plain(st))
    return t


def title(st: Styles, kind: str, summary: str) -> list:
    width = min(TEXT_WIDTH, max(_width(line, st.center_bold) for line in _lines(summary, st.center_bold, TEXT_WIDTH)))
    return [Spacer(1, page.TITLE_SPACE_BEFORE), p(kind, st.center_bold), p(summary, st.center_bold),
            Rule(width * page.RULE_SHARE, space_before=3, space_after=page.TITLE_RULE_AFTER)]


def _lines(text: str, style, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, style.fontName, style.fontSize, width) or [""]


def kinh_gui(st: Styles, k: KinhGui) -> list:
    """'Kính gửi: X.' on one line for one recipient; a dash list under the colon for several."""
    if not k.recipients:
        return []
    before = [Spacer(1, k.space_before)] if k.space_before else []
    if k.one_line:
        return before + [p(k.one_line, st.center), Spacer(1, page.KINH_GUI_AFTER)]
    hw = _width(k.head + " ", st.center)
    items = k.items
    block_w = min(TEXT_WIDTH, hw + max(_width(x, st.center) for x in items) + 4)
    x0 = max(0.0, (TEXT_WIDTH - block_w) / 2)
    rows = [[p(k.head if i == 0 else "", st.body.clone("kg", firstLineIndent=0, alignment=0)),
             p(item, st.body.clone("kgi", firstLineIndent=0, alignment=0))] for i, item in enumerate(items)]
    # The first column holds the centring offset as padding, then "Kính gửi:".
    t = Table(rows, colWidths=[x0 + hw, TEXT_WIDTH - hw - x0])
    t.setStyle(_plain(st, ("LEFTPADDING", (0, 0), (0, -1), x0)))
    return before + [t, Spacer(1, page.KINH_GUI_AFTER)]


def signature(st: Styles, s: Signature) -> Table:
    """Nơi nhận on the left, the authority and name on the right, on the same level."""
    col = TEXT_WIDTH * page.SIGNATURE_SPLIT
    left = [p(s.head, st.recipients_head)]
    *entries, luu = s.cc  # the last line is "- Lưu: VT, …."
    last = p(luu, st.recipients)
    # The block never breaks across pages: the list takes at most about two thirds of one.
    budget = SIGNATURE_LEFT_MAX - sum(x.wrap(col, 1e6)[1] for x in (left[0], last))
    for i, x in enumerate(entries):
        item = p(x, st.recipients)
        budget -= item.wrap(col, 1e6)[1]
        if budget < 0:
            left.append(p(f"- {more_entries(len(entries) - i)};", st.recipients))
            break
        left.append(item)
    left.append(last)
    right = [p(x, st.sign) for x in s.authority]
    right += [Spacer(1, page.SIGNATURE_ROOM * mm), p(s.name or " ", st.sign)]  # room for signature and seal
    t = Table([[left, right]], colWidths=[col, TEXT_WIDTH * (1 - page.SIGNATURE_SPLIT)])
    t.setStyle(_plain(st))
    return t

"""The fixed blocks of an ND30 document: header, title, signature and recipients.

These are layout tables, whose rows cannot break across pages: what goes in
them is clipped to core.print_limits (with a note of what is left out), so a
5,000-letter name in the settings prints, wrapped, instead of failing.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from parapp.core import print_limits as limit
from parapp.core.nd30_text import Signer, issuing_body_lines, vn_upper
from parapp.pdf.layout import TEXT_WIDTH, Rule
from parapp.pdf.styles import Styles

LEFT_COL = 68 * mm          # the issuing body's column
RIGHT_COL = TEXT_WIDTH - LEFT_COL
SIGNATURE_LEFT_MAX = 480    # points: "Nơi nhận" and its list, on a 728-point frame
MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
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


def header(st: Styles, *, parent: str, commune_name: str, number: str, place_date: str) -> Table:
    """The two columns: issuing body and number on the left, the motto and date on the right.

    Number and date sit in the same table row, so they are on one line whatever
    the heights of the blocks above them.
    """
    left = []
    if parent:
        left.append(p(vn_upper(limit.clip(parent, limit.NAME + limit.NOTE_ROOM)), st.header_plain))
    body_lines = [limit.clip(x, limit.NAME + limit.NOTE_ROOM) for x in issuing_body_lines(commune_name)]
    for line in body_lines:
        left.append(p(line, st.header_bold))
    widest = min(LEFT_COL, max(_width(x, st.header_bold) for x in body_lines))
    left.append(Rule(widest * 0.4, space_before=3, space_after=0))  # 1/3 to 1/2 of the text
    motto1 = st.header_bold if _width(MOTTO_1, st.header_bold) <= RIGHT_COL - 2 else st.header_plain
    right = [p(MOTTO_1, motto1), p(MOTTO_2, st.motto),
             Rule(_width(MOTTO_2, st.motto), space_before=3, space_after=0)]  # as wide as the motto
    number_p = p(limit.clip(number, limit.PLACE), st.header_plain.clone("number", fontSize=13))
    date_p = p(limit.clip(place_date, limit.PLACE + limit.NOTE_ROOM + 40), st.date_line)
    t = Table([[left, right], [Spacer(1, 6), Spacer(1, 6)], [number_p, date_p]],
              colWidths=[LEFT_COL, RIGHT_COL])
    t.setStyle(_plain(st))
    return t


def title(st: Styles, kind: str, summary: str) -> list:
    width = min(TEXT_WIDTH, max(_width(line, st.center_bold) for line in _lines(summary, st.center_bold, TEXT_WIDTH)))
    return [Spacer(1, 14), p(vn_upper(kind), st.center_bold), p(summary, st.center_bold),
            Rule(width * 0.4, space_before=3, space_after=12)]


def _lines(text: str, style, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, style.fontName, style.fontSize, width) or [""]


def kinh_gui(st: Styles, recipients: list[str]) -> list:
    """'Kính gửi: X.' on one line for one recipient; a dash list under the colon for several."""
    if not recipients:
        return []
    recipients = limit.clip_list(recipients, limit.RECIPIENT)
    if len(recipients) == 1:
        return [p(f"Kính gửi: {recipients[0].rstrip('.')}.", st.center), Spacer(1, 10)]
    head = "Kính gửi:"
    hw = _width(head + " ", st.center)
    items = [f"- {r.rstrip(';.')}{'.' if i == len(recipients) - 1 else ';'}" for i, r in enumerate(recipients)]
    block_w = min(TEXT_WIDTH, hw + max(_width(x, st.center) for x in items) + 4)
    x0 = max(0.0, (TEXT_WIDTH - block_w) / 2)
    rows = [[p(head if i == 0 else "", st.body.clone("kg", firstLineIndent=0, alignment=0)),
             p(item, st.body.clone("kgi", firstLineIndent=0, alignment=0))] for i, item in enumerate(items)]
    # The first column holds the centring offset as padding, then "Kính gửi:".
    t = Table(rows, colWidths=[x0 + hw, TEXT_WIDTH - hw - x0])
    t.setStyle(_plain(st, ("LEFTPADDING", (0, 0), (0, -1), x0)))
    return [t, Spacer(1, 10)]


def signature(st: Styles, signer: Signer, cc: list[str], drafting_unit: str) -> Table:
    """Nơi nhận on the left, the authority and name on the right, on the same level."""
    drafting_unit = limit.clip(drafting_unit, limit.PLACE)
    col = TEXT_WIDTH * 0.45
    luu = p(f"- Lưu: VT{', ' + drafting_unit if drafting_unit else ''}.", st.recipients)
    left = [p("Nơi nhận:", st.recipients_head)]
    # The block never breaks across pages: the list takes at most about two thirds of one.
    budget = SIGNATURE_LEFT_MAX - sum(x.wrap(col, 1e6)[1] for x in (left[0], luu))
    entries = limit.clip_list(cc, limit.RECIPIENT // 2)
    for i, x in enumerate(entries):
        item = p(f"- {x.rstrip(';.')};", st.recipients)
        budget -= item.wrap(col, 1e6)[1]
        if budget < 0:
            left.append(p("- … và {0} nơi khác (xem đầy đủ trong ParApp);".format(len(cc) - i),
                          st.recipients))
            break
        left.append(item)
    left.append(luu)
    right = [p(x, st.sign) for x in signer.authority]
    name = limit.clip(signer.name, limit.NAME + limit.NOTE_ROOM)
    right += [Spacer(1, 28 * mm), p(name or " ", st.sign)]  # room for signature and seal
    t = Table([[left, right]], colWidths=[col, TEXT_WIDTH * 0.55])
    t.setStyle(_plain(st))
    return t

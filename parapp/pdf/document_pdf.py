"""Draw a parapp.document Document as an ND30 PDF: each part on pages of its
orientation, each appendix numbered on its own, the same bytes for the same
document."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from parapp.document import page
from parapp.document.model import Appendix, Closing, Document, Header, KinhGui, Para, Table, Title
from parapp.pdf import blocks
from parapp.pdf.appendix_table import build_table
from parapp.pdf.fonts import FontChoice, register
from parapp.pdf.layout import (
    BOTTOM, L_BOTTOM, L_TEXT_WIDTH, L_TOP, LANDSCAPE, PORTRAIT, TEXT_WIDTH, TOP, ND30Doc, to_landscape, to_portrait,
)
from parapp.pdf.styles import Styles, make_styles


def render_document(doc: Document, font: FontChoice, st: Styles | None = None) -> bytes:
    register(font)
    st = st or make_styles(font)
    buf = io.BytesIO()
    pdf = ND30Doc(buf, font, doc.date, title=doc.title, author=doc.author, start=doc.parts[0].orientation,
                  subject=doc.subject or doc.title, keywords=doc.keywords)
    story: list = []
    for i, part in enumerate(doc.parts):
        if i:
            story += to_landscape() if part.orientation == "landscape" else to_portrait()
        for b in part.blocks:
            story += flowables(b, part.orientation, font, st)
    pdf.build(story)
    return buf.getvalue()


def flowables(b, orientation: str, font: FontChoice, st: Styles) -> list:
    if isinstance(b, Para):
        return [Paragraph(escape(b.text), getattr(st, b.role))]
    if isinstance(b, Header):
        return [blocks.header(st, b)]
    if isinstance(b, Title):
        return blocks.title(st, b.kind, b.summary)
    if isinstance(b, KinhGui):
        return blocks.kinh_gui(st, b)
    if isinstance(b, Closing):
        tail = [Paragraph(escape(x.text), getattr(st, x.role)) for x in b.paras]
        return [KeepTogether(tail + [Spacer(1, page.BEFORE_SIGNATURE), blocks.signature(st, b.signature)])]
    if isinstance(b, Appendix):
        out = [Paragraph(escape(b.label), st.center_bold)] if b.label else []
        out += [Paragraph(escape(t), st.center_bold) for t in b.titles]
        out += [Paragraph(escape(b.kem_theo), st.center_italic), Spacer(1, page.BEFORE_TABLE)]
        if b.note:
            out.append(Paragraph(escape(b.note), st.center_italic))
        return out + [table(b.table, orientation, font, st)]
    raise TypeError(f"no PDF layout for {type(b).__name__}")


def table(t: Table, orientation: str, font: FontChoice, st: Styles):
    landscape = orientation == "landscape"
    known = [w * mm for w in t.widths if w is not None]
    rest = (L_TEXT_WIDTH if landscape else TEXT_WIDTH) - sum(known)
    widths = [rest if w is None else w * mm for w in t.widths]
    max_height = LANDSCAPE[1] - L_TOP - L_BOTTOM if landscape else PORTRAIT[1] - TOP - BOTTOM
    return build_table(t.head, t.rows, widths, font, st, max_height, center_cols=t.center_cols,
                       group_rows=t.group_rows, bold_rows=t.bold_rows, padding=t.padding)

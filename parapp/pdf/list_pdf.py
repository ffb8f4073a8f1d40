"""Working lists printed from the window (Ctrl+P): the register as filtered, the
overview's one-page summary, the year's figures, the officials, the change log.

They are working papers, not documents sent out, so they carry no number or
signature: the issuing body's two-line heading on the left, the title, what
the list holds (its filter, the day it was printed), then ND30 tables (the
appendix tables of the reports: header row repeated, rows never cut).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from parapp.core.nd30_text import issuing_body_lines, vn_upper
from parapp.pdf.appendix_table import build_table
from parapp.pdf.blocks import _plain
from parapp.pdf.fonts import FontChoice, register
from parapp.pdf.layout import (
    BOTTOM, L_BOTTOM, L_TEXT_WIDTH, L_TOP, LANDSCAPE, PORTRAIT, TEXT_WIDTH, TOP, ND30Doc, Rule,
)
from parapp.pdf.styles import make_styles


@dataclass
class ListTable:
    head: list[str]
    rows: list[list[str]]
    weights: list[float]                    # column widths, relative
    heading: str = ""                       # a bold line above the table
    center_cols: set[int] = field(default_factory=set)
    group_rows: set[int] = field(default_factory=set)
    empty: str = "Không có dòng nào."


@dataclass
class ListDoc:
    title: str                              # printed in capitals
    commune_name: str
    printed_on: dt.date
    lines: list[str] = field(default_factory=list)      # under the title: filter, period…
    paragraphs: list[str] = field(default_factory=list)  # before the tables
    tables: list[ListTable] = field(default_factory=list)
    landscape: bool = True


def render_list(doc: ListDoc, font: FontChoice) -> bytes:
    register(font)
    st = make_styles(font)
    buf = io.BytesIO()
    out = ND30Doc(buf, font, doc.printed_on, title=doc.title, author=doc.commune_name,
                  start="landscape" if doc.landscape else "portrait")
    width = L_TEXT_WIDTH if doc.landscape else TEXT_WIDTH
    page_h = (LANDSCAPE[1] - L_TOP - L_BOTTOM) if doc.landscape else (PORTRAIT[1] - TOP - BOTTOM)
    story: list = []
    body_lines = issuing_body_lines(doc.commune_name) if doc.commune_name else []
    if body_lines:
        left = [Paragraph(escape(x), st.header_bold) for x in body_lines]
        left.append(Rule(40, space_before=3, space_after=0))
        heading = Table([[left, ""]], colWidths=[75 * mm, width - 75 * mm])
        heading.setStyle(_plain(st))
        story += [heading, Spacer(1, 10)]
    story.append(Paragraph(escape(vn_upper(doc.title)), st.center_bold))
    for line in doc.lines:
        story.append(Paragraph(escape(line), st.center_italic))
    story.append(Spacer(1, 8))
    for para in doc.paragraphs:
        story.append(Paragraph(escape(para), st.body))
    for t in doc.tables:
        if t.heading:
            story.append(Paragraph(escape(t.heading), st.heading2))
        if not t.rows:
            story.append(Paragraph(escape(t.empty), st.center_italic))
            continue
        total = sum(t.weights)
        widths = [width * w / total for w in t.weights]
        story.append(build_table(t.head, t.rows, widths, font, st, page_h, center_cols=t.center_cols,
                                 group_rows=t.group_rows))
        story.append(Spacer(1, 8))
    story.append(Paragraph(escape(f"In từ ParApp ngày {doc.printed_on:%d/%m/%Y}."), st.center_italic))
    out.build(story)
    return buf.getvalue()

"""Paragraph styles of the decree, for a given font."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

BODY_SIZE = 14
BODY_LEADING = 17.5   # between single and 1.5 lines, as Word's "exactly 17.5 pt" reports use
INDENT = 1.27 * cm


@dataclass
class Styles:
    body: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    center: ParagraphStyle
    center_bold: ParagraphStyle
    center_italic: ParagraphStyle
    header_plain: ParagraphStyle
    header_bold: ParagraphStyle
    motto: ParagraphStyle
    date_line: ParagraphStyle
    recipients_head: ParagraphStyle
    recipients: ParagraphStyle
    sign: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle


def make_styles(font) -> Styles:
    r, b, i, bi = (font.face(s) for s in ("regular", "bold", "italic", "bolditalic"))

    def st(name, **kw):
        base = dict(fontName=r, fontSize=BODY_SIZE, leading=BODY_LEADING, alignment=TA_LEFT)
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        # No line left alone at the top of a page (a widow) nor at its foot (an orphan).
        body=st("body", alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=6, allowWidows=0, allowOrphans=0),
        # A heading never ends a page alone: it keeps with what follows it.
        heading1=st("h1", fontName=b, alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceBefore=4, spaceAfter=6,
                    keepWithNext=1),
        heading2=st("h2", fontName=b, alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=6, keepWithNext=1),
        center=st("center", alignment=TA_CENTER),
        center_bold=st("center_bold", fontName=b, alignment=TA_CENTER),
        center_italic=st("center_italic", fontName=i, alignment=TA_CENTER),
        header_plain=st("header_plain", fontSize=13, leading=15, alignment=TA_CENTER),
        header_bold=st("header_bold", fontName=b, fontSize=13, leading=15, alignment=TA_CENTER),
        motto=st("motto", fontName=b, fontSize=14, leading=16, alignment=TA_CENTER),
        date_line=st("date_line", fontName=i, fontSize=14, leading=16, alignment=TA_CENTER),
        recipients_head=st("recipients_head", fontName=bi, fontSize=12, leading=14),
        recipients=st("recipients", fontSize=11, leading=13),
        sign=st("sign", fontName=b, alignment=TA_CENTER, leading=17),
        cell=st("cell", fontSize=12, leading=14),
        cell_center=st("cell_center", fontSize=12, leading=14, alignment=TA_CENTER),
        cell_head=st("cell_head", fontName=b, fontSize=12, leading=14, alignment=TA_CENTER),
    )

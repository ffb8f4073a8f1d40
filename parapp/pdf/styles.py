"""The decree's paragraph styles (parapp.document.page.ROLES) as reportlab styles, for a given font."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from parapp.document.page import ROLES, Role

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "justify": TA_JUSTIFY}


@dataclass
class Styles:
    """One reportlab style per role of parapp.document.page.ROLES."""

    body: ParagraphStyle
    body_lead: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading1_justified: ParagraphStyle
    heading2_justified: ParagraphStyle
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


def style(name: str, role: Role, font) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font.face(role.face), fontSize=role.size, leading=role.leading,
                          alignment=_ALIGN[role.align], firstLineIndent=role.first_indent_cm * cm,
                          spaceBefore=role.space_before, spaceAfter=role.space_after,
                          keepWithNext=int(role.keep_with_next),
                          allowWidows=0 if role.widow_control else 1, allowOrphans=0)


def make_styles(font) -> Styles:
    return Styles(**{name: style(name, role, font) for name, role in ROLES.items()})

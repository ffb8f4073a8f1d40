"""The decree's paragraph roles (parapp.document.page.ROLES) as Word styles.

The body is Word's own Normal style and the part headings are Word's Heading 1
and Heading 2 (so they show in the navigation pane), redefined to the decree:
Times New Roman 14, justified, first line indented 1.27 cm, 6 pt after, lines
exactly 17.5 pt as the PDF sets them. Every other role gets a named "ND30 …"
style. An official who types a new paragraph gets Normal, and one who changes
a style changes every paragraph of that kind: editing does not break the format.
"""

from __future__ import annotations

from docx.oxml import parse_xml

from parapp.document.page import ROLES, Role
from parapp.docx.wordml import NS_W, W_NS, pt

FONT = "Times New Roman"

# role → (style id, name shown in Word)
STYLE_IDS: dict[str, tuple[str, str]] = {
    "body": ("Normal", "Normal"),
    "heading1": ("Heading1", "heading 1"),
    "heading2": ("Heading2", "heading 2"),
    "center": ("ND30Center", "ND30 Căn giữa"),
    "center_bold": ("ND30CenterBold", "ND30 Căn giữa đậm"),
    "center_italic": ("ND30CenterItalic", "ND30 Căn giữa nghiêng"),
    "header_plain": ("ND30HeaderPlain", "ND30 Cơ quan, số văn bản"),
    "header_bold": ("ND30HeaderBold", "ND30 Cơ quan ban hành"),
    "motto": ("ND30Motto", "ND30 Tiêu ngữ"),
    "date_line": ("ND30DateLine", "ND30 Địa danh, ngày tháng"),
    "recipients_head": ("ND30RecipientsHead", "ND30 Nơi nhận"),
    "recipients": ("ND30Recipients", "ND30 Danh sách nơi nhận"),
    "sign": ("ND30Sign", "ND30 Chức vụ, người ký"),
    "cell": ("ND30Cell", "ND30 Ô bảng"),
    "cell_center": ("ND30CellCenter", "ND30 Ô bảng căn giữa"),
    "cell_head": ("ND30CellHead", "ND30 Tiêu đề cột"),
}
RULE = "ND30Rule"            # an empty paragraph whose bottom border is a rule
PAGE_NUMBER = "ND30PageNumber"
RULE_HEIGHT = 3              # points: the gap between a text and its rule, as in the PDF
_OUTLINE = {"heading1": 0, "heading2": 1}
_JC = {"left": "left", "center": "center", "justify": "both"}


# A finalised report's old heading roles: its Word copy is for editing, in today's Heading styles.
_SAME_STYLE = {"heading1_justified": "heading1", "heading2_justified": "heading2", "body_lead": "body"}


def sid(role: str) -> str:
    return STYLE_IDS[_SAME_STYLE.get(role, role)][0]


def _fonts() -> str:
    return f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'


def _style_xml(style_id: str, name: str, role: Role, *, outline: int | None = None, default: bool = False,
               based_on: str | None = "Normal") -> str:
    ppr = ""
    if role.keep_with_next:
        ppr += "<w:keepNext/>"
    ppr += "<w:widowControl/>" if role.widow_control else '<w:widowControl w:val="0"/>'
    ppr += (f'<w:spacing w:before="{pt(role.space_before)}" w:after="{pt(role.space_after)}" '
            f'w:line="{pt(role.leading)}" w:lineRule="exact"/>')
    ppr += f'<w:ind w:left="0" w:right="0" w:firstLine="{round(role.first_indent_cm * 1440 / 2.54)}"/>'
    ppr += f'<w:jc w:val="{_JC[role.align]}"/>'
    if outline is not None:
        ppr += f'<w:outlineLvl w:val="{outline}"/>'
    b = "<w:b/><w:bCs/>" if role.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'
    i = "<w:i/><w:iCs/>" if role.italic else '<w:i w:val="0"/><w:iCs w:val="0"/>'
    half = round(role.size * 2)
    rpr = f'{_fonts()}{b}{i}<w:color w:val="000000"/><w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    attrs = ' w:default="1"' if default else ""
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    nxt = '<w:next w:val="Normal"/>' if style_id != "Normal" else ""
    return (f'<w:style {W_NS} w:type="paragraph"{attrs} w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'{base}{nxt}<w:uiPriority w:val="{9 if outline is not None else 1}"/><w:qFormat/>'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")


def install(document) -> None:
    """Define the decree's styles in a python-docx Document (its default template)."""
    styles = document.styles.element
    _defaults(styles)
    for role, (style_id, name) in STYLE_IDS.items():
        _replace(styles, _style_xml(style_id, name, ROLES[role], outline=_OUTLINE.get(role),
                                    default=role == "body", based_on=None if role == "body" else "Normal"))
    rule = Role(size=1, leading=RULE_HEIGHT)
    _replace(styles, _style_xml(RULE, "ND30 Đường kẻ", rule))
    number = Role(size=13, leading=15, align="center")
    _replace(styles, _style_xml(PAGE_NUMBER, "ND30 Số trang", number))
    decree_font_everywhere(styles)


def decree_font_everywhere(styles) -> None:
    """Word's own styles the document does not use (Heading 3–9, Title, Subtitle, Quote …) name the
    theme's fonts (Cambria, Calibri) and colours: an official who applies one in Word would leave
    the decree's font. Each names Times New Roman, in black, instead."""
    w = f"{{{NS_W}}}"
    for fonts in styles.iter(f"{w}rFonts"):  # the styles and the document defaults
        for attr in list(fonts.attrib):
            del fonts.attrib[attr]
        for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
            fonts.set(f"{w}{attr}", FONT)
    for color in styles.iter(f"{w}color"):
        for attr in list(color.attrib):
            del color.attrib[attr]
        color.set(f"{w}val", "000000")


def decree_theme(theme_xml: bytes) -> bytes:
    """The theme's heading and body fonts (what a style without a font of its own falls back to)
    set to Times New Roman."""
    import re

    return re.sub(rb'(<a:(?:majorFont|minorFont)>\s*<a:latin typeface=")[^"]*(")',
                  rb"\1" + FONT.encode() + rb"\2", theme_xml)


def _defaults(styles) -> None:
    """Document defaults: Times New Roman, Vietnamese, no theme fonts that would override them."""
    defaults = styles.find(f"{{{NS_W}}}docDefaults")
    if defaults is not None:
        styles.remove(defaults)
    styles.insert(0, parse_xml(
        f"<w:docDefaults {W_NS}><w:rPrDefault><w:rPr>{_fonts()}<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"
        '<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "</w:pPrDefault></w:docDefaults>"))


def _replace(styles, xml: str) -> None:
    new = parse_xml(xml)
    style_id = new.get(f"{{{NS_W}}}styleId")
    for old in styles.findall(f"{{{NS_W}}}style"):
        if old.get(f"{{{NS_W}}}styleId") == style_id:
            old.addprevious(new)
            styles.remove(old)
            return
    styles.append(new)

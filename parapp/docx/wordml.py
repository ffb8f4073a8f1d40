"""WordprocessingML written as text: paragraphs, runs and table parts.

A 2,000-row table built through python-docx's object API takes many seconds
(every cell lookup walks the table); written as text and parsed once by lxml
it takes a fraction of one. Element order inside pPr, rPr, tblPr and tcPr
follows the schema, which Word enforces.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = f'xmlns:w="{NS_W}"'
TWIPS_PER_PT = 20
TWIPS_PER_MM = 1440 / 25.4

# Characters XML 1.0 cannot carry; a pasted text may hold them.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def pt(points: float) -> int:
    return round(points * TWIPS_PER_PT)


def mm(millimetres: float) -> int:
    return round(millimetres * TWIPS_PER_MM)


def text(s: str) -> str:
    return escape(_INVALID.sub("", s))


def rpr(*, bold: bool | None = None, italic: bool | None = None, size: float | None = None) -> str:
    out = ""
    if bold is not None:
        out += "<w:b/><w:bCs/>" if bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'
    if italic is not None:
        out += "<w:i/><w:iCs/>" if italic else '<w:i w:val="0"/><w:iCs w:val="0"/>'
    if size is not None:
        half = round(size * 2)
        out += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    return f"<w:rPr>{out}</w:rPr>" if out else ""


def run(s: str, props: str = "") -> str:
    """A run; a line break in the text stays a line break, a tab a tab."""
    if not s:
        return ""
    pieces = []
    for i, line in enumerate(s.split("\n")):
        if i:
            pieces.append("<w:br/>")
        for k, chunk in enumerate(line.split("\t")):
            if k:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append(f'<w:t xml:space="preserve">{text(chunk)}</w:t>')
    return f"<w:r>{props}{''.join(pieces)}</w:r>"


def ppr(style: str, *, keep_next: bool = False, keep_lines: bool = False, border_bottom: float | None = None,
        spacing: tuple[float | None, float | None] | None = None, line: float | None = None,
        ind: tuple[float, float] | None = None, hanging: float | None = None, first_line: float | None = None,
        jc: str | None = None, mark: str = "") -> str:
    """Paragraph properties in schema order. Lengths in twips; `border_bottom` in points."""
    out = f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        out += "<w:keepNext/>"
    if keep_lines:
        out += "<w:keepLines/>"
    if border_bottom is not None:
        eighths = max(2, round(border_bottom * 8))
        out += f'<w:pBdr><w:bottom w:val="single" w:sz="{eighths}" w:space="0" w:color="000000"/></w:pBdr>'
    if spacing is not None or line is not None:
        attrs = ""
        if spacing is not None:
            before, after = spacing
            if before is not None:
                attrs += f' w:before="{before}"'
            if after is not None:
                attrs += f' w:after="{after}"'
        if line is not None:
            attrs += f' w:line="{line}" w:lineRule="exact"'
        out += f"<w:spacing{attrs}/>"
    if ind is not None or hanging is not None or first_line is not None:
        attrs = ""
        if ind is not None:
            attrs += f' w:left="{ind[0]}" w:right="{ind[1]}"'
        if hanging is not None:
            attrs += f' w:hanging="{hanging}"'
        if first_line is not None:
            attrs += f' w:firstLine="{first_line}"'
        out += f"<w:ind{attrs}/>"
    if jc:
        out += f'<w:jc w:val="{jc}"/>'
    return f"<w:pPr>{out}{mark}</w:pPr>"


def para(s: str, style: str, props: str = "", **kw) -> str:
    return f"<w:p>{ppr(style, **kw)}{run(s, props)}</w:p>"


def page_field(style: str, *, right_indent: int = 0) -> str:
    """A paragraph holding Word's PAGE field: the page's number, computed by Word."""
    ind = f'<w:ind w:left="0" w:right="{right_indent}"/>' if right_indent else ""
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ind}</w:pPr>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>2</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def table_open(widths: list[int], *, borders: bool, cell_margins: tuple[int, int, int, int]) -> str:
    """<w:tbl> up to its first row: fixed layout, as wide as its columns, at the margin.

    `cell_margins`: top, left, bottom, right in twips."""
    top, left, bottom, right = cell_margins
    edges = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for e in ("top", "left", "bottom", "right", "insideH", "insideV")) if borders else \
        "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
            f"<w:tblBorders>{edges}</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            f'<w:tblCellMar><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
            f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'
            f'<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            f'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>')


def row(cells: list[str], *, header: bool = False, cant_split: bool = True) -> str:
    props = ("<w:cantSplit/>" if cant_split else "") + ("<w:tblHeader/>" if header else "")
    return f"<w:tr>{'<w:trPr>' + props + '</w:trPr>' if props else ''}{''.join(cells)}</w:tr>"


def cell(width: int, paragraphs: str, *, span: int = 1, v_center: bool = False) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if v_center:
        props += '<w:vAlign w:val="center"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs or '<w:p/>'}</w:tc>"

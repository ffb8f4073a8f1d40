"""Write a parapp.document Document as a .docx in Word's own terms.

Each part of the document is a Word section: A4 portrait or landscape with the
decree's margins, a header holding Word's PAGE field centred on the page, a
different (empty) first-page header so a part's first page has no number,
and numbering restarted at 1, so each appendix is numbered on its own as in
the PDF. The same document always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.shared import Mm
from lxml import etree

from parapp.document import page
from parapp.document.model import Appendix, Closing, Document, Header, KinhGui, Para, Title
from parapp.docx import blocks
from parapp.docx import wordml
from parapp.docx.styles import PAGE_NUMBER, RULE, install

MM_PER_PT = 25.4 / 72
# Where Word puts the top of a 13 pt line whose baseline sits where the PDF draws the number.
NUMBER_ASCENT_MM = 11.5 * MM_PER_PT


def write_document(doc: Document) -> bytes:
    d = new_docx()
    install(d)
    _settings(d)
    body = d.element.body
    for child in list(body):
        if child.tag != body.get_or_add_sectPr().tag:
            body.remove(child)  # the template's empty paragraph
    contents = []
    for i, part in enumerate(doc.parts):
        if i:
            d.add_section(WD_SECTION.NEW_PAGE)
            _shrink_break_paragraph(body)
        _page_setup(d.sections[-1], part.orientation)
        body.get_or_add_sectPr().addprevious(etree.Comment(_marker(i)))
        contents.append("".join(_block(b, part.orientation) for b in part.blocks))
    _fill(d, contents)
    _properties(d, doc)
    _theme_fonts(d)
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_dates(buf.getvalue(), doc.date)


def _block(b, orientation: str) -> str:
    if isinstance(b, Para):
        return blocks.para(b)
    if isinstance(b, Header):
        return blocks.header(b)
    if isinstance(b, Title):
        return blocks.title(b)
    if isinstance(b, KinhGui):
        return blocks.kinh_gui(b)
    if isinstance(b, Closing):
        return blocks.closing(b)
    if isinstance(b, Appendix):
        return blocks.appendix(b, orientation)
    raise TypeError(f"no Word layout for {type(b).__name__}")


def _marker(i: int) -> str:
    return f"parapp-part-{i}"


def _fill(d, contents: list[str]) -> None:
    """Put each part's blocks where its marker is, parsing the document once.

    Moving a large parsed table into python-docx's tree costs lxml seconds of
    namespace fix-ups; parsing the finished text as one document costs a tenth
    of a second."""
    xml = etree.tostring(d.element, encoding="unicode")
    for i, content in enumerate(contents):
        xml = xml.replace(f"<!--{_marker(i)}-->", content, 1)
    d.part._element = parse_xml(xml)  # noqa: SLF001 - the part serialises this element on save


def _shrink_break_paragraph(body) -> None:
    """Word ends a section with a paragraph that holds its properties: make it 1 pt high,
    so it never pushes a signature or a table row onto another page."""
    p = body.get_or_add_sectPr().getprevious()
    ppr = p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:pStyle {wordml.W_NS} w:val="{RULE}"/>'))


def _page_setup(section, orientation: str) -> None:
    landscape = orientation == "landscape"
    m = page.margins(orientation)
    w, h = page.A4_MM
    section.start_type = WD_SECTION.NEW_PAGE
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(h), Mm(w)) if landscape else (Mm(w), Mm(h))
    section.top_margin, section.bottom_margin = Mm(m.top), Mm(m.bottom)
    section.left_margin, section.right_margin = Mm(m.left), Mm(m.right)
    section.gutter = 0
    # The number's baseline where the PDF puts it: half the top margin plus a third of its size.
    baseline = m.top / 2 + page.PAGE_NUMBER_SIZE / 3 * MM_PER_PT
    section.header_distance = Mm(baseline - NUMBER_ASCENT_MM)
    section.footer_distance = Mm(m.bottom / 2)
    section.different_first_page_header_footer = True
    sect = section._sectPr  # noqa: SLF001 - python-docx has no API for w:pgNumType
    for old in sect.findall(f"{{{wordml.NS_W}}}pgNumType"):
        sect.remove(old)
    numbering = parse_xml(f'<w:pgNumType {wordml.W_NS} w:fmt="decimal" w:start="1"/>')
    cols = sect.find(f"{{{wordml.NS_W}}}cols")
    (cols.addprevious if cols is not None else sect.get_or_add_pgMar().addnext)(numbering)
    # The number is centred on the sheet, as the PDF's: the paragraph gives up the left margin's surplus.
    shift = wordml.mm(m.left - m.right)
    header = section.header
    header.is_linked_to_previous = False
    _only_paragraph(header, wordml.page_field(PAGE_NUMBER, right_indent=max(0, shift)))
    first = section.first_page_header
    first.is_linked_to_previous = False
    _only_paragraph(first, f'<w:p><w:pPr><w:pStyle w:val="{PAGE_NUMBER}"/></w:pPr></w:p>')


def _only_paragraph(header, xml: str) -> None:
    el = header._element  # noqa: SLF001 - the header part's w:hdr
    for child in list(el):
        el.remove(child)
    el.append(parse_xml(xml.replace("<w:p>", f"<w:p {wordml.W_NS}>", 1)))


def _settings(d) -> None:
    """Word 2013 layout (tables at the margin, not hung into it by their cell margin)."""
    settings = d.settings.element
    for c in settings.iter(f"{{{wordml.NS_W}}}compatSetting"):
        if c.get(f"{{{wordml.NS_W}}}name") == "compatibilityMode":
            c.set(f"{{{wordml.NS_W}}}val", "15")
    lang = settings.find(f"{{{wordml.NS_W}}}themeFontLang")
    if lang is not None:
        lang.set(f"{{{wordml.NS_W}}}val", "vi-VN")


def _theme_fonts(d) -> None:
    """The theme's fonts, and the template's second copy of the styles (stylesWithEffects, read by
    Word 2010), in the decree's font too."""
    from parapp.docx.styles import decree_font_everywhere, decree_theme

    for part in d.part.package.iter_parts():
        name = str(part.partname)
        if name.startswith("/word/theme/"):
            part._blob = decree_theme(part.blob)  # noqa: SLF001 - a plain XML part python-docx keeps as bytes
        elif name == "/word/stylesWithEffects.xml":
            root = etree.fromstring(part.blob)
            decree_font_everywhere(root)
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)  # noqa: SLF001


def _properties(d, doc: Document) -> None:
    cp = d.core_properties
    when = dt.datetime(doc.date.year, doc.date.month, doc.date.day)
    cp.title, cp.subject = doc.title, doc.title
    cp.author = cp.last_modified_by = doc.author or "ParApp"
    cp.created = cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.language = "vi-VN"
    cp.comments = "ParApp"
    cp.keywords = cp.category = ""


def _fixed_dates(data: bytes, day: dt.date) -> bytes:
    """The zip's member dates set to the document's own date: the same document, the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(max(day.year, 1980), day.month, day.day, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(fixed, src.read(info.filename))
    return out.getvalue()

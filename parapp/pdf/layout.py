"""Page geometry of the decree (parapp.document.page) in points, the document
template and its small flowables.

Portrait A4: margins top 20, bottom 20, left 30, right 15 mm. Appendix pages
are landscape A4. Page numbers: centred in the top margin, from the second
page of each part (the report, then each appendix on its own).
"""

from __future__ import annotations

import calendar
import datetime as dt

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from parapp.document.page import LANDSCAPE_MARGINS
from parapp.document.page import PAGE_NUMBER_SIZE
from parapp.document.page import PORTRAIT_MARGINS

PORTRAIT = A4
LANDSCAPE = landscape(A4)
TOP, BOTTOM, LEFT, RIGHT = (PORTRAIT_MARGINS.top * mm, PORTRAIT_MARGINS.bottom * mm, PORTRAIT_MARGINS.left * mm,
                            PORTRAIT_MARGINS.right * mm)
# Landscape sheets are bound along their top edge, which takes the binding margin.
L_TOP, L_BOTTOM, L_LEFT, L_RIGHT = (LANDSCAPE_MARGINS.top * mm, LANDSCAPE_MARGINS.bottom * mm,
                                    LANDSCAPE_MARGINS.left * mm, LANDSCAPE_MARGINS.right * mm)
TEXT_WIDTH = PORTRAIT[0] - LEFT - RIGHT
L_TEXT_WIDTH = LANDSCAPE[0] - L_LEFT - L_RIGHT


class Rule(Flowable):
    """A solid horizontal rule of a given length, centred in the frame."""

    # The gaps are part of the flowable's own height: inside table cells
    # reportlab ignores spaceBefore, and the line would cut the descenders.
    def __init__(self, length: float, space_before: float = 3, space_after: float = 4, thickness: float = 0.6):
        super().__init__()
        self.length, self.thickness = length, thickness
        self.gap_above, self.gap_below = space_before, space_after

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, self.gap_above + self.thickness + self.gap_below

    def draw(self):
        x = (self._avail - self.length) / 2
        y = self.gap_below + self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, y, x + self.length, y)


class StartPart(Flowable):
    """Marks where a part (an appendix) begins: its pages are numbered on their own."""

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        # Our own attribute on the canvas (reportlab has none for it): the page this part starts on.
        self.canv.parapp_part_start = self.canv.getPageNumber()


def _number_page(canvas, doc) -> None:
    start = getattr(canvas, "parapp_part_start", 1)
    n = canvas.getPageNumber() - start + 1
    if n < 2:
        return  # none on a part's first page
    w, h = canvas._pagesize  # noqa: SLF001 - reportlab keeps it there
    canvas.saveState()
    canvas.setFont(doc.font.face("regular"), PAGE_NUMBER_SIZE)
    top = L_TOP if w > h else TOP
    canvas.drawCentredString(w / 2, h - top / 2 - PAGE_NUMBER_SIZE / 3, str(n))
    canvas.restoreState()


class ND30Doc(BaseDocTemplate):
    """A4 portrait pages, then landscape pages for appendices, numbered per part.

    Output is deterministic: fixed document ids (reportlab's invariant mode)
    and the creation date taken from the document, never from the clock, so a
    finalised report re-prints to the same bytes.
    """

    def __init__(self, target, font, doc_date: dt.date, title: str, author: str = "", start: str = "portrait",
                 subject: str = "", keywords: str = ""):
        self.font = font
        self.doc_date = doc_date
        portrait = Frame(LEFT, BOTTOM, TEXT_WIDTH, PORTRAIT[1] - TOP - BOTTOM, id="portrait",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        land = Frame(L_LEFT, L_BOTTOM, L_TEXT_WIDTH, LANDSCAPE[1] - L_TOP - L_BOTTOM, id="landscape",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        super().__init__(
            target, title=title, author=author, creator="ParApp", subject=subject or title, keywords=keywords,
            invariant=1, initialFontName=font.face("regular"), initialFontSize=14,
            pagesize=LANDSCAPE if start == "landscape" else PORTRAIT,
        )
        templates = [PageTemplate("portrait", [portrait], onPageEnd=_number_page, pagesize=PORTRAIT),
                     PageTemplate("landscape", [land], onPageEnd=_number_page, pagesize=LANDSCAPE)]
        self.addPageTemplates(templates if start == "portrait" else templates[::-1])

    def _startBuild(self, filename=None, canvasmaker=None):  # noqa: N802 - reportlab's name
        from reportlab.pdfgen import canvas as rl_canvas

        super()._startBuild(filename, canvasmaker or rl_canvas.Canvas)
        ts = self.canv._doc._timeStamp  # noqa: SLF001 - no public way to set the creation date
        d = self.doc_date
        ts.t = calendar.timegm(d.timetuple())
        ts.YMDhms = (d.year, d.month, d.day, 0, 0, 0)
        ts.dhh = ts.dmm = 0


def to_landscape() -> list[Flowable]:
    """Flowables that start the next page in landscape, as a new part."""
    from reportlab.platypus import PageBreak

    return [NextPageTemplate("landscape"), PageBreak(), StartPart()]


def to_portrait() -> list[Flowable]:
    """Flowables that start the next page in portrait, as a new part (a narrow appendix)."""
    from reportlab.platypus import PageBreak

    return [NextPageTemplate("portrait"), PageBreak(), StartPart()]

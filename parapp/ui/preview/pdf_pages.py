"""PDF pages as images (PDFium through pypdfium2), and printing at actual size.

Qt's own PDF module is only in the large PySide6-Addons wheel; pypdfium2 is
small and renders exactly what a PDF reader shows.
"""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QObject, QRectF, QThread, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter


# PDFium is not thread-safe: two previews rendering at once (each on its own thread), or a print
# beside a preview, brought the program down inside PDFium. Every call into it holds this lock.
PDFIUM = threading.RLock()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    with PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            return [doc[i].get_size() for i in range(len(doc))]
        finally:
            doc.close()


def render_page(doc: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    with PDFIUM:
        page = doc[index]
        try:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, as QImage wants
            img = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            copy = img.copy()  # own the pixels: the bitmap's buffer goes away with it
            bitmap.close()
        finally:
            page.close()
        return copy


class PageRenderer(QObject):
    """Renders every page in a worker thread, handing each image back as it is ready."""

    page_ready = Signal(int, QImage)
    finished = Signal()

    def __init__(self, pdf: bytes, dpi: float):
        super().__init__()
        self.pdf, self.dpi = pdf, dpi
        self._stop = False

    def run(self) -> None:
        with PDFIUM:
            doc = pdfium.PdfDocument(self.pdf)
            count = len(doc)
        try:
            for i in range(count):
                if self._stop:
                    break
                self.page_ready.emit(i, render_page(doc, i, self.dpi))
        finally:
            with PDFIUM:
                doc.close()
            self.finished.emit()

    def stop(self) -> None:
        self._stop = True


def start_rendering(pdf: bytes, dpi: float, parent: QObject) -> tuple[QThread, PageRenderer]:
    thread = QThread(parent)
    worker = PageRenderer(pdf, dpi)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.start()
    return thread, worker


def print_actual_size(pdf: bytes, printer: QPrinter) -> int:
    """Print every page at its real size on A4: never "fit to page", or the
    decree's margins would shrink. Returns the number of pages sent."""
    with PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        count = len(doc)
    painter = QPainter()
    try:
        printer.setFullPage(True)  # coordinates from the sheet's edge, not the printable area
        for i in range(count):
            with PDFIUM:
                w_pt, h_pt = doc[i].get_size()
            orientation = QPageLayout.Orientation.Landscape if w_pt > h_pt else QPageLayout.Orientation.Portrait
            printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                              QMarginsF(0, 0, 0, 0)))
            if i == 0:
                if not painter.begin(printer):
                    return 0
            else:
                printer.newPage()
            dpi = min(printer.resolution(), 300)
            img = render_page(doc, i, dpi)
            scale = printer.resolution() / 72
            painter.drawImage(QRectF(0, 0, w_pt * scale, h_pt * scale), img)
        return count
    finally:
        if painter.isActive():
            painter.end()
        with PDFIUM:
            doc.close()

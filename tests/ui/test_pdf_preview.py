import io

import pdfplumber
from PySide6.QtPrintSupport import QPrinter

from parapp.ui.pdf_preview import PdfPreview

from ..pdf.conftest import render


def test_preview_shows_every_page_then_saves_and_prints_actual_size(qtbot, tmp_path):
    pdf = render()
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        n = len(doc.pages)
    dlg = PdfPreview(pdf, "Báo cáo quý I.pdf", "Bản nháp")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: len(dlg.page_labels) == n, timeout=10000)
    first = dlg.page_labels[0].pixmap()
    assert abs(first.width() / first.height() - 210 / 297) < 0.01  # a real A4 page image
    last = dlg.page_labels[-1].pixmap()
    assert last.width() > last.height()  # the landscape appendix

    saved = dlg.save_pdf(str(tmp_path / "Bao cao"))
    assert saved.name == "Bao cao.pdf" and saved.read_bytes() == pdf

    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert dlg.print_pdf(printer) == n
    with pdfplumber.open(out) as doc:
        sizes = [(round(p.width), round(p.height)) for p in doc.pages]
        # the page image fills the sheet exactly: nothing scaled to fit a printable area
        img = doc.pages[0].images[0]
        assert (round(img["x0"]), round(img["top"]), round(img["x1"]), round(img["bottom"])) == (0, 0, 595, 842)
    assert sizes[0] == (595, 842) and sizes[-1] == (842, 595) and len(sizes) == n
    dlg.accept()

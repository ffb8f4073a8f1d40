import io

import pdfplumber
from PySide6.QtPrintSupport import QPrinter

from parapp.ui.preview.pdf_preview import PdfPreview

from ..pdf.conftest import render


def test_preview_shows_every_page_then_saves_and_prints_actual_size(qtbot, tmp_path):
    pdf = render()
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        n = len(doc.pages)
    dlg = PdfPreview(pdf, "Báo cáo quý I.pdf", "Bản nháp")
    qtbot.addWidget(dlg)
    # 30 s, not 10: the pages render on their own thread, and once, late in a full CI run, 10 s was not enough
    # (the file alone takes a few seconds). A render that never ends still fails here.
    qtbot.waitUntil(lambda: len(dlg.page_labels) == n, timeout=30000)
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


def test_saving_never_replaces_the_database_and_asks_before_replacing_a_pdf(qtbot, tmp_path, monkeypatch, ui_db,
                                                                              errors):
    # Issue 21, finding 2, in the window: the same rule as --out, and a question where the dialog asked none.
    from parapp.ui.preview import word_export

    said, asked = errors, []
    monkeypatch.setattr(word_export, "ask_yes_no", lambda parent, title, msg: asked.append(msg) or False)
    pdf = render()
    dlg = PdfPreview(pdf, "Báo cáo quý I.pdf", "Bản nháp")
    qtbot.addWidget(dlg)
    assert dlg.save_pdf(str(ui_db.path)).name == "parapp.db.pdf"  # the window adds .pdf: never the database itself
    disguised = tmp_path / "dữ liệu.pdf"  # a database under a PDF's name
    disguised.write_bytes(ui_db.path.read_bytes())
    before = disguised.read_bytes()
    assert dlg.save_pdf(str(disguised)) is None
    assert said and "không ghi đè" in said[0] and disguised.read_bytes() == before
    other = tmp_path / "Bảng tính.pdf"
    other.write_bytes(b"PK\x03\x04 not a pdf")
    assert dlg.save_pdf(str(other)) is None and other.read_bytes() == b"PK\x03\x04 not a pdf"
    old = tmp_path / "Báo cáo cũ.pdf"
    old.write_bytes(b"%PDF-1.4 the old one")
    assert dlg.save_pdf(str(tmp_path / "Báo cáo cũ")) is None  # ".pdf" added here: asked, and the answer was no
    assert asked and "Báo cáo cũ.pdf" in asked[0] and old.read_bytes() == b"%PDF-1.4 the old one"
    monkeypatch.setattr(word_export, "ask_yes_no", lambda parent, title, msg: True)
    assert dlg.save_pdf(str(tmp_path / "Báo cáo cũ")) == old and old.read_bytes() == pdf
    dlg.reject()


def test_previews_rendering_at_once_take_turns_in_pdfium():
    """PDFium is not thread-safe: two previews open at once (a report's, then a plan's) rendered on
    two threads together and brought the program down (seen by CI in the Word-export tests)."""
    import io
    import threading

    from reportlab.pdfgen import canvas

    from PySide6.QtCore import Qt

    from parapp.ui.preview.pdf_pages import PageRenderer

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(12):
        c.drawString(72, 720, f"Trang {n + 1}")
        c.showPage()
    c.save()
    pdf = buf.getvalue()
    got: list[list[int]] = []
    threads = []
    for _ in range(4):
        pages: list[int] = []
        got.append(pages)
        worker = PageRenderer(pdf, 60)
        worker.page_ready.connect(lambda i, _img, pages=pages: pages.append(i), Qt.ConnectionType.DirectConnection)
        threads.append((threading.Thread(target=worker.run), worker))
    for t, _ in threads:
        t.start()
    for t, _ in threads:
        t.join(timeout=60)
    assert got == [list(range(12))] * 4

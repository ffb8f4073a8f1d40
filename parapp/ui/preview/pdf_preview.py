"""Preview of a document's real pages, with Save, Xuất Word… (when the document has a
Word copy), Open in the PDF reader, and Print."""

from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from parapp.core.messages import N_, ParAppError, os_reason
from parapp.files import CannotWrite, safe_file_name, write_atomically
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets import file_dialogs
from parapp.ui.preview.pdf_pages import page_sizes, print_actual_size, start_rendering
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.open_file import file_saved
from parapp.ui.widgets.texts import show_error, tr

PREVIEW_DPI = 80
PAGE_MARGIN = 6  # the grey around each page


class TemporaryFolderUnusable(CannotWrite):
    """The copy "Mở bằng trình đọc PDF" writes could not go into this account's temporary folder."""

    def __init__(self, name: str, folder: str, detail):
        ParAppError.__init__(self, N_("errors", "Chưa mở được “{0}” bằng trình đọc PDF: ParApp ghi một bản vào thư mục "
                                                "tạm “{1}” nhưng không dùng được thư mục đó ({2}). Hãy bấm “Lưu PDF…” "
                                                "để lưu vào một thư mục khác rồi mở tệp từ đó, hoặc dọn chỗ trống cho "
                                                "thư mục tạm đó rồi làm lại."), name, folder, detail)


class PdfPreview(QDialog):
    def __init__(self, pdf: bytes, suggested_name: str, note: str = "", parent=None, word=None):
        super().__init__(parent)
        self.pdf = pdf
        self.word = word  # makes the .docx of the same document, when asked
        self.suggested_name = safe_file_name(suggested_name)
        self.setWindowTitle(tr("Xem trước: {0}").format(suggested_name))
        # Wide enough for a landscape appendix page (935 pixels at the preview's 80 dpi) without a
        # sideways scroll; a smaller screen gets what it has.
        fit_window(self, 1000, 900)
        sizes = page_sizes(pdf)
        self.n_pages = len(sizes)
        # The widest page (a landscape appendix) decides the zoom of all: the same for every page.
        self.widest = max((math.ceil(w * PREVIEW_DPI / 72) for w, _ in sizes), default=0)  # as PDFium renders
        self.zoom = 1.0
        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        self.page_images: list[QImage] = []
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(self.pages_box)
        scroll.setWidgetResizable(True)
        # The pages on grey, each as wide as it is: a portrait page among landscape ones was drawn
        # stretched to their width, white to the right, its edge lost (seen at 1366×768).
        self.pages_box.setObjectName("pages")
        scroll.setStyleSheet("QWidget#pages { background: #8a8a8a; }")
        self.progress = QProgressBar()
        self.progress.setRange(0, self.n_pages)
        self.progress.setFormat(tr("Đang dựng trang %v/%m"))
        self.info = QLabel(note)
        self.info.setWordWrap(True)
        save = QPushButton(tr("Lưu PDF…"))
        open_btn = QPushButton(tr("Mở bằng trình đọc PDF"))
        print_btn = QPushButton(tr("In…"))
        close = QPushButton(tr("Đóng"))
        save.clicked.connect(self.save_pdf)
        open_btn.clicked.connect(self.open_external)
        print_btn.clicked.connect(self.print_pdf)
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        buttons = [save, open_btn, print_btn, close]
        if word is not None:
            self.word_btn = QPushButton(tr("Xuất Word…"))
            self.word_btn.clicked.connect(lambda: self.export_word())
            buttons.insert(1, self.word_btn)
        for b in buttons:
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self.render_thread, self.worker = start_rendering(pdf, PREVIEW_DPI, self)
        self.worker.page_ready.connect(self._add_page)
        self.worker.finished.connect(lambda: self.progress.setVisible(False))

    def _add_page(self, index: int, image: QImage) -> None:
        label = QLabel()
        label.setStyleSheet(f"background: white; margin: {PAGE_MARGIN}px;")
        self.page_images.append(image)
        self.page_labels.append(label)
        self._show_page(label, image)
        self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.progress.setValue(index + 1)

    def fitting_zoom(self) -> float:
        """1, or less where the widest page would not fit the window's width: at 1366×768 the window
        gets 1000 pixels and a sideways scroll bar hid the last pixels of the landscape appendix (935
        at 80 dpi). Counted with the vertical scroll bar there, as it is once a page is in."""
        m = self.pages_layout.contentsMargins()
        bar = self.scroll.verticalScrollBar()
        across = self.scroll.width() - 2 * self.scroll.frameWidth() - bar.sizeHint().width()
        room = across - m.left() - m.right() - 2 * PAGE_MARGIN - 1  # the page's width is rounded
        return min(1.0, max(room, 100) / self.widest) if self.widest else 1.0

    def _show_page(self, label: QLabel, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        if self.zoom < 1:
            pixmap = pixmap.scaledToWidth(round(image.width() * self.zoom), Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(pixmap)

    def resizeEvent(self, event):  # noqa: N802 - Qt's name; the window's width decides the pages' zoom
        super().resizeEvent(event)
        zoom = self.fitting_zoom()
        if abs(zoom - self.zoom) > 0.001:
            self.zoom = zoom
            for label, image in zip(self.page_labels, self.page_images):
                self._show_page(label, image)

    def save_pdf(self, path: str | None = None) -> Path | None:
        chosen = not path
        if chosen:
            path = file_dialogs.ask_save(self, tr("Lưu PDF"), self.suggested_name, tr("Tệp PDF (*.pdf)"), suffix="pdf")
        if not path:
            return None
        target = Path(path if str(path).lower().endswith(".pdf") else f"{path}.pdf")
        from parapp.ui.preview.word_export import may_write

        if not may_write(self, path, target, "pdf"):
            return None
        if not attempt(self, lambda: write_atomically(target, self.pdf, kind="pdf")):
            return None
        if chosen:  # saved through the dialog: say where, and offer to open it
            file_saved(self, target, tr("Đã lưu PDF"))
        return target

    def export_word(self, path: str | None = None) -> Path | None:
        from parapp.ui.preview.word_export import export_word, word_name

        return export_word(self, self.word, word_name(self.suggested_name), path)

    def open_external(self) -> None:
        from parapp.store.evidence_copy import private_temp

        # This account's own folder: a shared /tmp/ParApp was the first account's (round 15).
        target = None

        def write() -> None:
            nonlocal target
            try:
                folder = private_temp()
            except OSError as exc:  # the folder named: asking tempfile again raised again (round 28B)
                raise TemporaryFolderUnusable(self.suggested_name, os.fsdecode(exc.filename or ""),
                                              os_reason(exc)) from None
            target = folder / self.suggested_name
            try:
                try:
                    write_atomically(target, self.pdf)
                except CannotWrite:
                    if not target.exists():
                        raise
                    # Windows: the viewer still shows the one opened before and refuses its replacement; opening the
                    # same document again failed "Không ghi được" (round 29B). Written in a folder beside it.
                    import tempfile

                    target = Path(tempfile.mkdtemp(dir=folder)) / self.suggested_name
                    write_atomically(target, self.pdf)
            except (CannotWrite, OSError) as exc:
                # ParApp's own folder, not one the clerk chose: "Hãy chọn thư mục khác" had no folder to choose, and
                # "Lưu PDF…" elsewhere went unsaid (round 35B, the temporary folder's disk full)
                detail = exc.args_[1] if isinstance(exc, CannotWrite) else os_reason(exc)
                raise TemporaryFolderUnusable(self.suggested_name, str(folder), detail) from None

        if not attempt(self, write) or target is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(os.fspath(target))):
            show_error(self, tr("Không mở được trình đọc PDF. Tệp đã được lưu tại: {0}").format(target))

    def print_pdf(self, printer: QPrinter | None = None) -> int:
        own = printer is None
        if own and not QPrinterInfo.availablePrinters():
            # Said, not silent: with no printer installed Qt's dialog may not even open.
            show_error(self, tr("Máy tính này chưa cài máy in nào. Hãy cài máy in của văn phòng, hoặc bấm “Lưu PDF…” "
                                "rồi in tệp PDF từ máy khác."), tr("Không in được"))
            return 0
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        if own:
            dlg = QPrintDialog(printer, self)
            dlg.setWindowTitle(tr("In văn bản"))
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return 0
        printed = print_actual_size(self.pdf, printer)
        if printed == 0:
            show_error(self, tr("Máy in “{0}” không nhận lệnh in. Hãy kiểm tra máy in đã bật và có giấy, rồi in lại; "
                                "hoặc bấm “Lưu PDF…” để in sau.").format(printer.printerName()), tr("Không in được"))
        return printed

    def done(self, result):
        self.worker.stop()
        self.render_thread.quit()
        self.render_thread.wait(5000)
        super().done(result)

"""Ctrl+P: what every page's print_shown() shares. The overview prints a one-page summary; the
register its filtered list as an ND30 table; the reports page its selected report; the plans
page the selected plan's task table; the figures, officials and change-log pages the table
they show; the PAR INDEX page its self-assessment report. Every preview offers Lưu PDF… and
Xuất Word… of the same document.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication

from parapp.ui.widgets.texts import tr


def preview_document(parent, doc, name: str) -> None:
    """The document as a PDF in the preview (made under a wait cursor), Word on request."""
    from parapp.docx.document_docx import write_document
    from parapp.pdf.document_pdf import render_document
    from parapp.pdf.fonts import choose
    from parapp.ui.preview.pdf_preview import PdfPreview

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        font = choose()
        pdf = render_document(doc, font)
    finally:
        QApplication.restoreOverrideCursor()
    PdfPreview(pdf, name, tr("Phông chữ: {0}.").format(font.name), parent,
               word=lambda: write_document(doc)).exec()


def commune(db) -> str:
    from parapp.store.settings import load_settings

    return load_settings(db).commune_name


def model_rows(model: QAbstractItemModel) -> tuple[list[str], list[list[str]]]:
    """A table model as the window shows it: its headers and every row's display texts."""
    cols = model.columnCount()
    head = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(cols)]
    rows = [[str(model.data(model.index(r, c)) or "") for c in range(cols)] for r in range(model.rowCount())]
    return head, rows


def preview_table(parent, db, today, title: str, lines: list[str], model: QAbstractItemModel, widths: list[int],
                  name: str, center_cols: set[int] | None = None) -> None:
    """A page's table as an ND30 list (printed words are Vietnamese whatever the interface language)."""
    from parapp.document.list_documents import table_document

    head, rows = model_rows(model)
    kw = {"center_cols": center_cols} if center_cols is not None else {}
    doc = table_document(title, lines, head, rows, widths, commune(db), today, **kw)
    preview_document(parent, doc, name)

"""Ctrl+P: a print preview of what the current page shows.

The overview prints a one-page summary; the register its filtered list as an
ND30 table; the reports page its selected report; the plans page the
selected plan's task table; the figures, officials and change-log pages the
table they show; the PAR INDEX page its self-assessment report. Every
preview offers Lưu PDF… and Xuất Word… of the same document.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication

from parapp.core.messages import ParAppError
from parapp.ui.widgets.texts import error_text, show_error, tr


def _preview(window, doc, name: str) -> None:
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
    PdfPreview(pdf, name, tr("Phông chữ: {0}.").format(font.name), window,
               word=lambda: write_document(doc)).exec()


def _commune(window) -> str:
    from parapp.store.settings import load_settings

    return load_settings(window.db).commune_name


def model_rows(model: QAbstractItemModel) -> tuple[list[str], list[list[str]]]:
    """A table model as the window shows it: its headers and every row's display texts."""
    cols = model.columnCount()
    head = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(cols)]
    rows = [[str(model.data(model.index(r, c)) or "") for c in range(cols)] for r in range(model.rowCount())]
    return head, rows


def print_page(window, index: int) -> None:
    from parapp.ui import main_window as mw

    page = window.page(index)
    try:
        if index == mw.PAGE_OVERVIEW:
            _print_overview(window)
        elif index == mw.PAGE_TASKS:
            page.print_list()
        elif index == mw.PAGE_REPORTS:
            if page.current() is None:
                window.statusBar().showMessage(tr("Hãy chọn một kỳ báo cáo để in."), 8000)
            else:
                page.print_current()
        elif index == mw.PAGE_PLANS:
            if page._current() is None:  # noqa: SLF001 - the page's own selection helper
                window.statusBar().showMessage(tr("Hãy chọn một kế hoạch để in bảng phân công."), 8000)
            else:
                page.print_plan()
        elif index == mw.PAGE_PAR:
            if page.cset is None:
                window.statusBar().showMessage(tr("Chưa có bộ tiêu chí của năm này để in."), 8000)
            else:
                page.print_report()
        else:
            _print_table_page(window, index, page)
    except ParAppError as exc:
        show_error(window, error_text(exc), tr("Không in được"))


def _print_overview(window) -> None:
    from parapp.core.overview import summarise
    from parapp.core.report_words import period_phrase
    from parapp.document.list_documents import overview_document
    from parapp.store.tasks import task_rows

    ov = summarise(task_rows(window.db), window.today)
    st = window._next_report()  # noqa: SLF001 - the window's own query
    nxt = ""
    if st is not None:  # printed words are Vietnamese whatever the interface language
        nxt = "Báo cáo tiếp theo: báo cáo {0}, hạn gửi {1}.".format(period_phrase(st.period),
                                                                       st.period.deadline.strftime("%d/%m/%Y"))
    doc = overview_document(ov, _commune(window), window.today, nxt)
    _preview(window, doc, "Tình hình nhiệm vụ CCHC ngày {0}.pdf".format(window.today.strftime("%d-%m-%Y")))


def _print_table_page(window, index: int, page) -> None:
    from parapp.document.list_documents import table_document
    from parapp.ui import main_window as mw

    head, rows = model_rows(page.model)
    if index == mw.PAGE_FIGURES:
        year = page.year.value()
        doc = table_document("Số liệu cải cách hành chính", [f"Năm {year}"], head, rows,
                             [60, 14] + [12] * (len(head) - 2), _commune(window), window.today,
                             center_cols=set(range(2, len(head))))
        name = f"Số liệu CCHC năm {year}.pdf"
    elif index == mw.PAGE_OFFICIALS:
        doc = table_document("Danh sách cán bộ, công chức", [], head, rows, [40, 45, 40, 22, 20], _commune(window),
                             window.today)
        name = "Danh sách cán bộ.pdf"
    else:
        since, until = page.since.date().toPython(), page.until.date().toPython()
        lines = ["Từ ngày {0} đến ngày {1}".format(since.strftime("%d/%m/%Y"), until.strftime("%d/%m/%Y"))]
        doc = table_document("Nhật ký thay đổi dữ liệu", lines, head, rows, [22, 16, 28, 40, 10, 90],
                             _commune(window), window.today)
        name = "Nhật ký thay đổi {0} – {1}.pdf".format(since.strftime("%d-%m-%Y"), until.strftime("%d-%m-%Y"))
    _preview(window, doc, name)

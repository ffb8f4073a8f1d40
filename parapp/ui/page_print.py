"""Ctrl+P: a print preview of what the current page shows.

The overview prints a one-page summary; the register its filtered list as an
ND30 table; the reports page its selected report; the plans page the
selected plan's task table; the figures, officials and change-log pages the
table they show; the PAR INDEX page its self-assessment report.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication

from parapp.core.messages import ParAppError
from parapp.ui.texts import error_text, show_error, tr


def _preview(window, doc, name: str) -> None:
    from parapp.list_printing import list_pdf
    from parapp.ui.pdf_preview import PdfPreview

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pdf, font = list_pdf(doc)
    finally:
        QApplication.restoreOverrideCursor()
    PdfPreview(pdf, name, tr("Phông chữ: {0}.").format(font), window, save_dir=_save_dir(window)).exec()


def _save_dir(window):
    path = getattr(window.db, "path", None)
    return path.parent if path else None


def _commune(window) -> str:
    from parapp.store.settings import load_settings

    return load_settings(window.db).commune_name


def model_table(model: QAbstractItemModel, weights: list[float] | None = None, center: set[int] | None = None):
    """A table model as the window shows it (display texts, every row) for a working list."""
    from parapp.pdf.list_pdf import ListTable

    cols = model.columnCount()
    head = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(cols)]
    rows = []
    for r in range(model.rowCount()):
        rows.append([str(model.data(model.index(r, c)) or "") for c in range(cols)])
    return ListTable(head, rows, weights or [1] * cols, center_cols=center or set())


def register_filter_lines(page) -> list[str]:
    """The register's filter, in words, for the printed list's heading."""
    parts = []
    if page.search.text().strip():
        parts.append(tr("tìm “{0}”").format(page.search.text().strip()))
    for combo in (page.area, page.status, page.lead, page.plan):
        if combo.currentIndex() > 0:
            parts.append(combo.currentText())
    if page.due_within.value():
        parts.append(page.due_within.text())
    return [tr("Lọc: {0}").format("; ".join(parts))] if parts else []


def print_page(window, index: int) -> None:
    from parapp.ui import main_window as mw

    page = window.page(index)
    try:
        if index == mw.PAGE_OVERVIEW:
            _print_overview(window)
        elif index == mw.PAGE_TASKS:
            _print_register(window, page)
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
    from parapp.list_printing import overview_doc
    from parapp.store.tasks import task_rows
    from parapp.ui.texts import fmt_date

    ov = summarise(task_rows(window.db), window.today)
    st = window._next_report()  # noqa: SLF001 - the window's own query
    nxt = ""
    if st is not None:
        # Printed words are Vietnamese whatever the interface language.
        nxt = "Báo cáo tiếp theo: báo cáo {0}, hạn gửi {1}.".format(period_phrase(st.period),
                                                                       st.period.deadline.strftime("%d/%m/%Y"))
    doc = overview_doc(ov, _commune(window), window.today, nxt)
    _preview(window, doc, "Tình hình nhiệm vụ CCHC ngày {0}.pdf".format(fmt_date(window.today).replace("/", "-")))


def _print_register(window, page) -> None:
    from parapp.list_printing import register_doc

    doc = register_doc(page.model.visible_rows(), _commune(window), window.today, register_filter_lines(page))
    _preview(window, doc, "Danh sách nhiệm vụ CCHC ngày {0}.pdf".format(window.today.strftime("%d-%m-%Y")))


def _print_table_page(window, index: int, page) -> None:
    from parapp.pdf.list_pdf import ListDoc
    from parapp.ui import main_window as mw

    if index == mw.PAGE_FIGURES:
        table = model_table(page.model, [60, 14] + [12] * (page.model.columnCount() - 2),
                            set(range(2, page.model.columnCount())))
        title, lines = "Số liệu cải cách hành chính", ["Năm {0}".format(page.year.value())]
        name = "Số liệu CCHC năm {0}.pdf".format(page.year.value())
    elif index == mw.PAGE_OFFICIALS:
        table = model_table(page.model, [40, 45, 40, 22, 20])
        title, lines, name = "Danh sách cán bộ, công chức", [], "Danh sách cán bộ.pdf"
    else:
        table = model_table(page.model, [22, 16, 28, 40, 10, 90])
        since, until = page.since.date().toPython(), page.until.date().toPython()
        title = "Nhật ký thay đổi dữ liệu"
        lines = ["Từ ngày {0} đến ngày {1}".format(since.strftime("%d/%m/%Y"), until.strftime("%d/%m/%Y"))]
        name = "Nhật ký thay đổi {0} – {1}.pdf".format(since.strftime("%d-%m-%Y"), until.strftime("%d-%m-%Y"))
    doc = ListDoc(title, _commune(window), window.today, lines=lines, tables=[table])
    _preview(window, doc, name)

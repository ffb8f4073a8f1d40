"""The register's printed list (Ctrl+P on the register, "In danh sách…"): the tasks it shows,
in its order, under its filter in words."""

from __future__ import annotations

from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.texts import tr


def list_scope(page):
    """The register page's filter in words for the printed list (names, not ids; Vietnamese data)."""
    from parapp.document.register_document import ListScope

    def name(combo) -> str:
        return combo.currentText() if combo.currentData() is not None else ""

    f = page.current_filter()
    return ListScope(text=f.text, area=name(page.area), status=f.status, lead=name(page.lead), plan=name(page.plan),
                     due_within_days=f.due_within_days)


def preview_register_list(page) -> None:
    """Preview the tasks the register shows, in its order, with Lưu PDF… and Xuất Word…."""
    from parapp.services.printing import register_docx, register_pdf
    from parapp.ui.preview.pdf_preview import PdfPreview

    rows = page.model.visible_rows()
    scope = list_scope(page)
    done = attempt(page, lambda: register_pdf(page.db, rows, page.today, scope), tr("Không in được"))
    if not done:
        return
    printed = done.value
    note = tr("{0} nhiệm vụ đang hiện trong sổ, theo thứ tự đang xếp – phông chữ: {1}.").format(len(rows), printed.font)
    name = f"Danh sách nhiệm vụ CCHC ngày {page.today:%d-%m-%Y}.pdf"  # accents kept
    PdfPreview(printed.pdf, name, note, page,
               word=lambda: register_docx(page.db, rows, page.today, scope).docx).exec()

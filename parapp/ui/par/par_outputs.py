"""The PAR INDEX page's outputs: the self-assessment report in the preview (PDF, Word) and the
score table as an Excel file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from parapp.ui.widgets import file_dialogs
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.open_file import file_saved
from parapp.ui.widgets.texts import tr, trc


def preview_report(parent, db, year: int, today: dt.date) -> None:
    from parapp.services.par_outputs import par_docx, par_pdf
    from parapp.ui.preview.pdf_preview import PdfPreview

    done = attempt(parent, lambda: par_pdf(db, year, today), tr("Không in được"))
    if not done:
        return
    printed = done.value
    notes = [tr("Phông chữ: {0}.").format(printed.font)]
    notes += [trc(getattr(w, "context", "par"), w.template).format(*w.args) if hasattr(w, "template") else w
              for w in printed.warnings]
    PdfPreview(printed.pdf, f"Báo cáo tự đánh giá Chỉ số CCHC năm {year}.pdf", " ".join(notes), parent,
               word=lambda: par_docx(db, year, today).docx).exec()


def export_xlsx(parent, db, year: int, path: str | None = None) -> None:
    """Ask where (unless told), never over the database or a file of another kind, then say where it went."""
    from parapp.files import write_atomically
    from parapp.services.par_outputs import par_xlsx
    from parapp.ui.preview.word_export import may_write

    interactive = not path
    if not path:
        name = f"Bảng điểm Chỉ số CCHC năm {year}.xlsx"
        path = file_dialogs.ask_save(parent, tr("Lưu bảng điểm"), name, tr("Excel (*.xlsx)"), suffix="xlsx")
    if not path:
        return
    target = Path(path if str(path).lower().endswith(".xlsx") else f"{path}.xlsx")
    if not may_write(parent, path, target, "xlsx"):
        return
    if not attempt(parent, lambda: write_atomically(target, par_xlsx(db, year), kind="xlsx", data_dir=db.data_dir,
                                                    protect=[db.path]), tr("Không lưu được")):
        return
    if interactive:
        file_saved(parent, target)


def say_remedy_made(window, db, dlg) -> None:
    """The remediation plan just made, in the status bar: by its title, its row number in the database is no number a
    plan bears (round 22A)."""
    if hasattr(window, "statusBar"):
        from parapp.store import plans

        window.statusBar().showMessage(tr("Đã lập kế hoạch khắc phục: {0} nhiệm vụ trong “{1}” (xem ở trang Kế "
                                          "hoạch).").format(len(dlg.created), plans.get_plan(db, dlg.plan_id).title),
                                       8000)

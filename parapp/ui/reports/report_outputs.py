"""What a report becomes, shared by the reports page and the report editor: its PDF in the
preview (made off the GUI thread: a long report takes a while), and the figures check before
a draft is frozen."""

from __future__ import annotations


from parapp.ui.widgets.operation import attempt, run_long
from parapp.ui.widgets.texts import tr, trc, warning_text


def figures_settled(parent, db, report_id: int, period, today) -> bool:
    """Before a draft is frozen: if its figures changed since it was saved, say which and ask
    whether to bring them up to date first, freeze it as saved, or not freeze it. False: not now."""
    from parapp.services.stale_drafts import changed_figures, refresh_figures

    changes = changed_figures(db, report_id, period, today)
    if not changes:
        return True
    choice = ask_about_figures(parent, changes)
    if choice == "refresh":
        if not attempt(parent, lambda: refresh_figures(db, report_id, period, today)):
            return False
    return choice in ("refresh", "keep")


def behind_note(db, report_id: int | None, period, today) -> str:
    """"" or what the editor's banner and the preview say of a saved draft the figures, the register or the schedule
    have moved on from. A fresh-eyes walk (round 43) printed, previewed and sent to Word a quý IV draft saved before a
    Biểu 06 import and the carrying of five tasks: the old figures, not a word (only "Chốt" asked; the command line
    says it on every print)."""
    from parapp.services.stale_drafts import changed_figures

    changes = changed_figures(db, report_id, period, today) if report_id is not None else []
    if not changes:
        return ""
    listed = _listed(changes[:3]) + ("; …" if len(changes) > 3 else "")
    if getattr(db, "readonly", False):  # that window does not open here, nothing is stored (round 45B: sent there)
        return tr("Bản nháp này được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({0}); dữ liệu đang "
                  "mở chỉ đọc nên bản in là bản nháp như đã lưu. Muốn cập nhật, hãy mở dữ liệu ở nơi ghi được (chép "
                  "cả thư mục dữ liệu vào máy) rồi bấm “Cập nhật các mục chưa sửa” trong cửa sổ soạn báo cáo.").format(
            listed)
    return tr("Bản nháp này được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({0}). Bấm “Cập nhật "
              "các mục chưa sửa” trong cửa sổ soạn báo cáo để đưa vào; các mục đã sửa tay được giữ nguyên.").format(
        listed)


def _listed(changes) -> str:
    return "; ".join(trc("report", c.message.template).format(
        *(trc("report", a.template) if hasattr(a, "template") else a for a in c.message.args)) for c in changes)


def ask_about_figures(parent, changes) -> str | None:
    """"refresh", "keep" or None (cancelled)."""
    from PySide6.QtWidgets import QMessageBox

    from parapp.ui.widgets.screen_fit import fit_window

    listed = "\n".join("• " + _listed([c]) for c in changes[:8])
    from parapp.services.stale_drafts import NameChange, SectionChange, WindowChange

    if any(isinstance(c, WindowChange) for c in changes):  # the schedule moved the period's dates
        title, text = tr("Kỳ báo cáo đã thay đổi"), tr("Bản nháp được lưu trước khi lịch báo cáo hoặc số liệu thay "
                                                      "đổi:\n{0}\n\nCập nhật bản nháp trước khi chốt? Các mục đã sửa "
                                                      "tay được giữ nguyên.")
    elif all(isinstance(c, SectionChange) for c in changes):  # work carried, done or dropped since
        title, text = tr("Sổ nhiệm vụ đã thay đổi"), tr("Bản nháp được lưu trước khi sổ nhiệm vụ thay đổi:\n{0}\n\n"
                                                       "Cập nhật bản nháp trước khi chốt? Các mục đã sửa tay được "
                                                       "giữ nguyên.")
    elif any(isinstance(c, NameChange) for c in changes):  # the commune named since: not only figures
        title, text = tr("Thông tin đã thay đổi"), tr("Bản nháp được lưu trước khi số liệu hoặc tên xã thay đổi:\n{0}"
                                                      "\n\nCập nhật bản nháp trước khi chốt? Các mục đã sửa tay được "
                                                      "giữ nguyên.")
    else:
        title, text = tr("Số liệu đã thay đổi"), tr("Bản nháp được lưu trước khi số liệu thay đổi:\n{0}\n\nCập nhật "
                                                    "số liệu vào bản nháp trước khi chốt? Các mục đã sửa tay được giữ "
                                                    "nguyên.")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text.format(listed), QMessageBox.StandardButton.NoButton,
                      parent)
    refresh = box.addButton(tr("Cập nhật rồi chốt"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("Chốt như bản nháp đã lưu"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(refresh)
    box.setEscapeButton(cancel)
    fit_window(box)
    box.exec()
    return {refresh: "refresh", keep: "keep"}.get(box.clickedButton())


def preview_period_pdf(parent, db, period, today) -> None:
    """Show what would be printed for a period: final, else latest draft, else a fresh draft."""
    from parapp.services.printing import report_pdf

    kind, year = period.kind.value, period.year
    run_long(parent, lambda: report_pdf(db, kind, year, today), tr("Đang dựng bản PDF của báo cáo…"),
             tr("Không in được"), done=lambda printed: _show_report_pdf(parent, db, period, today, printed))


def _show_report_pdf(parent, db, period, today, printed) -> None:
    from parapp.core.report_words import period_phrase
    from parapp.services.printing import report_docx
    from parapp.ui.preview.pdf_preview import PdfPreview

    what = {"final": tr("Báo cáo đã chốt"), "draft": tr("Bản nháp đã lưu"),
            "fresh": tr("Bản nháp tạo mới từ sổ nhiệm vụ (chưa lưu)")}[printed.source]
    note = tr("{0} – phông chữ: {1}.").format(what, printed.font)
    if printed.source != "final":
        note += " " + tr("Số và ngày văn bản để trống cho văn thư điền.")
    else:
        note += " " + tr("Đây là bản để ký: ký số trên chính tệp PDF này (“Lưu PDF…”), rồi bấm “Gắn bản đã ký…” "
                         "ở trang Báo cáo.")
    for w in printed.warnings:
        note += " " + warning_text(w)
    if printed.source == "draft":
        note += " " + behind_note(db, printed.report_id, period, today)
    name = f"Báo cáo CCHC {period_phrase(period)}.pdf"
    kind, year = period.kind.value, period.year
    PdfPreview(printed.pdf, name, note, parent,
               word=lambda: report_docx(db, kind, year, today).docx).exec()

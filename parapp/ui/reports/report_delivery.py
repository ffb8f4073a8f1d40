"""What the reports page does after finalising: the number the clerk gives (where the office numbers
its documents), the signed copy attached and opened, the sending recorded, and the list of what is
still to send. The checks are the services' (parapp.services.delivery); here they are asked and said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QWidget

from parapp.core.dates import vietnam_time
from parapp.store import report_records
from parapp.store.signed_copies import SCAN
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.texts import ask_yes_no, fmt_date, inform, show_error, tr, warning_text


def state_text(st: report_records.PeriodStatus) -> str:
    """dự thảo, đã chốt, đã ký, đã gửi: where the period's report stands."""
    if st.state == report_records.STATE_SENT:
        return tr("Đã gửi {0}").format(fmt_date(st.sent_on))
    if st.state == report_records.STATE_SIGNED:
        if st.signed and st.signed.kind == SCAN:
            return tr("Đã ký (bản quét)")
        return tr("Đã ký số ({0})").format(st.signed.signed_by) if st.signed else tr("Đã ký số")
    if st.state == report_records.STATE_FINAL:
        return tr("Đã chốt")
    if st.state == report_records.STATE_DRAFT:
        return tr("Dự thảo") if st.drafts == 1 else tr("Dự thảo ({0} bản)").format(st.drafts)
    return tr("Chưa làm")


def number_text(st: report_records.PeriodStatus) -> str:
    return st.report.number if st.report else ""


def period_name(st: report_records.PeriodStatus) -> str:
    """'Quý I năm 2026', 'Năm 2026' (English: 'Q1 2026')."""
    from parapp.ui.change_log.log_words import period_label

    return period_label(st.period.kind.value, st.period.year)


def awaiting_text(rows: list[report_records.PeriodStatus], today: dt.date) -> str:
    """The line at the top of the page: the finalised reports not yet sent, with their deadlines."""
    if not rows:
        return tr("Chờ gửi: không có báo cáo đã chốt nào chưa gửi.")
    items = []
    for st in rows:
        days = (st.period.deadline - today).days
        when = (tr("quá hạn {0} ngày").format(-days) if days < 0 else tr("hạn hôm nay") if days == 0
                else tr("còn {0} ngày").format(days))
        signed = tr("đã ký") if st.state == report_records.STATE_SIGNED else tr("chưa gắn bản đã ký")
        items.append(tr("{0} – hạn {1}, {2} ({3})").format(period_name(st), fmt_date(st.period.deadline), when,
                                                          signed))
    return tr("Chờ gửi ({0}): {1}").format(len(rows), "; ".join(items))


def ask_number(parent: QWidget, db) -> tuple[bool, str | None]:
    """Where the office numbers its documents, the clerk gives the number as the report is finalised
    (left empty: written by hand). (False, None) when she cancels."""
    from parapp.store.settings import load_settings

    if load_settings(db).numbering != "office":
        return True, None
    from parapp.ui.widgets.screen_fit import fit_window

    dlg = QInputDialog(parent)
    dlg.setWindowTitle(tr("Số văn bản"))
    dlg.setLabelText(tr("Số văn bản văn thư cấp cho báo cáo này (ví dụ 39 hoặc 39/BC-UBND).\n"
                        "Để trống nếu sẽ ghi số bằng tay."))
    dlg.setOkButtonText(tr("Chốt báo cáo"))
    dlg.setCancelButtonText(tr("Hủy"))
    fit_window(dlg)
    ok = bool(dlg.exec())
    text = dlg.textValue()
    return (True, text.strip() or None) if ok else (False, None)


def attach_signed_copy(parent: QWidget, db, st: report_records.PeriodStatus, path: str | None = None) -> bool:
    """Gắn bản đã ký…: a digitally signed PDF, checked; a file with no signature may go in as a scan."""
    from parapp.pdf.signed_pdf import NO_SIGNATURE, NOT_PDF, SignedPdfRefused
    from parapp.services import delivery

    if st.report is None:
        show_error(parent, tr("Chỉ báo cáo đã chốt mới có bản đã ký. Hãy chốt báo cáo trước."))
        return False
    if not path:
        from parapp.ui.widgets import file_dialogs

        # where "Lưu PDF…" put the report to be signed: the signing tool saves the signed copy beside it (33E: the
        # dialog opened in the evidence folder, and the clerk had to look for it)
        chosen = file_dialogs.ask_open(parent, tr("Chọn bản báo cáo đã ký"),
                                       tr("PDF đã ký số hoặc bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;"
                                          "Mọi tệp (*)"), purpose=file_dialogs.DOCUMENTS)
        path = str(chosen) if chosen else None
    if not path:
        return False
    kind, year = st.period.kind.value, st.period.year
    title = tr("Không gắn được bản đã ký")

    def signed():
        try:
            return delivery.attach_signed(db, db.data_dir, kind, year, Path(path))
        except SignedPdfRefused as exc:
            if exc.reason not in (NO_SIGNATURE, NOT_PDF):
                raise
            return None  # no signature at all: perhaps a scan of the paper signed by hand

    done = attempt(parent, signed, title)
    if not done:
        return False
    a = done.value
    if a is None:
        if not ask_yes_no(parent, tr("Gắn bản đã ký"),
                          tr("Tệp “{0}” không có chữ ký số. Nếu đây là bản giấy đã ký tay, đóng dấu rồi quét lại, "
                             "gắn nó như bản quét (không kiểm tra chữ ký)?").format(Path(path).name)):
            return False
        done = attempt(parent, lambda: delivery.attach_scan(db, db.data_dir, kind, year, Path(path)), title)
        if not done:
            return False
        a = done.value
    inform(parent, tr("Đã gắn bản đã ký"), attached_text(a))
    return True


def attached_text(a) -> str:
    if a.copy.kind == SCAN:
        return tr("Đã gắn bản quét (ký tay, đóng dấu trên giấy) vào báo cáo. Bản quét không có chữ ký số nên không "
                  "kiểm tra được.")
    lines = [tr("Tệp này đã là bản ký số của báo cáo.") if a.already else
             tr("Bản ký số khớp từng byte với báo cáo đã chốt, mọi chữ ký còn nguyên vẹn.")]
    for s in a.signatures:
        when = signed_when(s.signed_at)
        lines.append(tr("• {0}, ký lúc {1}").format(s.signer, when) if not s.document_timestamp
                     else tr("• Dấu thời gian {0}, lúc {1}").format(s.signer, when))
        if s.chain_known:
            lines.append("   " + tr("Chứng thư đã xác minh tới chứng thư gốc đã cài."))
        else:
            lines.append("   " + tr("Chưa xác minh được chuỗi chứng thư (cấp bởi {0}).").format(s.issued_by))
    lines += [warning_text(w) for w in getattr(a, "warnings", [])]
    if not all(s.chain_known for s in a.signatures):
        lines.append(tr("Để xác minh chuỗi chứng thư, chép chứng thư gốc của Ban Cơ yếu Chính phủ (tệp .cer, .crt) "
                        "vào thư mục:\n{0}").format(a.trust_dir))
    return "\n".join(lines)


def signed_when(iso: str | None) -> str:
    if not iso:
        return tr("không rõ thời gian")
    t = vietnam_time(dt.datetime.fromisoformat(iso))  # the day the document is dated by, whatever this PC's zone
    return f"{fmt_date(t.date())} {t:%H:%M}"


def open_signed_copy(parent: QWidget, db, st: report_records.PeriodStatus) -> None:
    """Open a copy of the signed file under its own name: the kept file stays as it was attached."""
    from parapp.ui.preview.word_export import open_file

    if st.signed is None:
        show_error(parent, tr("Báo cáo này chưa có bản đã ký."))
        return
    c = st.signed
    from parapp.store.evidence_copy import opening_copy

    done = attempt(parent, lambda: opening_copy(c.path(db.data_dir), c.sha256, c.original_name),
                   tr("Không mở được bản đã ký"))
    if not done:
        return
    copy = done.value
    open_file(parent, copy)


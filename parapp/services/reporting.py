"""Finalising a report: it is frozen with the font, the print options and the PDF it will always print as."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from parapp.core.messages import ValidationError
from parapp.pdf.fonts import choose
from parapp.pdf.report_pdf import render_report
from parapp.services.printing import clipped_for_print, options_for_final
from parapp.store import report_records

if TYPE_CHECKING:
    from sqlite_utils import Database


def finalize_report(db: Database, report_id: int, today: dt.date, number: str | None = None) -> str:
    """Freeze the draft; the font chosen now is recorded with it, so printing it later (even from
    read-only media, even on another PC) never writes and prints the same lines. The print options
    (names, signer, number and date or their blanks) are frozen too, and the SHA-256 of the PDF made
    now is kept: the signed copy that comes back is checked against it. Returns the content hash."""
    rec = report_records.get_report(db, report_id)
    if rec.is_final:
        raise report_records.ReportFrozen()
    _refuse_before_window(rec, today)
    font = choose()
    try:
        o = options_for_final(db, today, number)
    except ValidationError:
        if number:
            raise
        # The commune's details are not entered yet: the report prints with the settings of the day.
        return report_records.finalize(db, report_id, today, font=font.name)
    pdf = render_report(clipped_for_print(rec.draft), o, font, today)
    return report_records.finalize(db, report_id, today, font=font.name, print_options=o.to_json(),
                            pdf=(hashlib.sha256(pdf).hexdigest(), len(pdf)))


def _refuse_before_window(rec: report_records.ReportRecord, today: dt.date) -> None:
    """A report may be finalised before its window closes (its figures "ước thực hiện"), never before it opens:
    a "năm 2031" report frozen in 2026 (a year typed wrong) stood for ever among the reports to send."""
    from parapp.core.messages import N_
    from parapp.core.periods import PeriodKind
    from parapp.core.report_words import day, period_phrase

    start = rec.draft.period.get("window_start")
    if start and today < dt.date.fromisoformat(start):
        raise ValidationError(N_("errors", "Chưa thể chốt báo cáo {0}: số liệu của kỳ này tính từ ngày {1}, chưa "
                                           "đến. Hãy kiểm tra lại kỳ và năm báo cáo, hoặc chốt khi đã vào kỳ."),
                              period_phrase(PeriodKind(rec.period_kind), rec.year),
                              day(dt.date.fromisoformat(start)))

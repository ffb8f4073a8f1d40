"""What the reminder says, in the interface's language."""

from __future__ import annotations

from parapp.core.reminders import NOTICE_DAYS, Reminders, ReportItem
from parapp.core.report_words import period_phrase
from parapp.ui.widgets.texts import fmt_date, fmt_number, tr, trc


def period_words(period) -> str:
    """A period in a sentence of the window: "quý I năm 2026"; in the English window "Q1 2026" (round 21A: the
    English overview and reminder said "the report for năm 2026")."""
    from parapp.core.periods import KIND_LABELS
    from parapp.ui.i18n import current

    if current() == "vi":
        return period_phrase(period)
    return f"{trc('periods', KIND_LABELS[period.kind])} {period.year}"


def report_words(r: ReportItem, today) -> str:
    days = (r.deadline - today).days
    when = tr("hôm nay") if days == 0 else (tr("còn {0} ngày").format(days) if days > 0
                                            else tr("đã quá hạn {0} ngày").format(-days))
    state = {"not_started": tr("chưa soạn"), "draft": tr("đang là bản nháp"),
             "final": tr("đã chốt, chưa gửi"), "signed": tr("đã ký, chưa gửi")}.get(r.state, "")
    return tr("Báo cáo {0}: hạn gửi {1} ({2}), {3}").format(period_words(r.period), fmt_date(r.deadline), when, state)


def overdue_words(rem: Reminders) -> str:
    return tr("{0} nhiệm vụ quá hạn").format(fmt_number(len(rem.overdue)))


def week_words(rem: Reminders) -> str:
    if rem.days == NOTICE_DAYS:
        return tr("{0} nhiệm vụ đến hạn trong tuần này").format(fmt_number(len(rem.due_soon)))
    return tr("{0} nhiệm vụ đến hạn trong {1} ngày tới").format(fmt_number(len(rem.due_soon)), rem.days)


def first_report(rem: Reminders) -> ReportItem | None:
    """The report to speak of: the one already late, else the next due."""
    return (rem.reports_late or rem.reports_due or [None])[0]


def notice_title(rem: Reminders) -> str:
    return tr("ParApp – nhắc việc ngày {0}").format(fmt_date(rem.today))


def notice_lines(rem: Reminders) -> list[str]:
    """The notification's lines: what is overdue, what falls due this week, which report is due."""
    lines = []
    if rem.overdue:
        lines.append(overdue_words(rem))
    if rem.due_soon:
        lines.append(week_words(rem))
    reports = rem.reports_late + rem.reports_due
    for r in reports[:2]:
        lines.append(report_words(r, rem.today))
    if len(reports) > 2:
        lines.append(tr("… và {0} báo cáo khác").format(len(reports) - 2))
    return lines


def notice_text(rem: Reminders) -> str:
    return "\n".join(notice_lines(rem) + [tr("Bấm vào đây để xem.")])

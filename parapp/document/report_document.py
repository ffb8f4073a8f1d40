"""A periodic report (a Draft) as an ND30 document: the report, then its
appendices (the figures in portrait, the tasks grouped by area in landscape),
each numbered on its own."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from parapp.core.nd30_text import NBSP, keep_last_words, number_line, short_body, signer_block, vn_upper
from parapp.core.report_model import Draft, Section
from parapp.document import nd30_blocks as nb
from parapp.document.model import Appendix, Closing, Document, KinhGui, Para, Part, Table, Title
from parapp.document.options import LAYOUT, PrintOptions
from parapp.document.page import ROLES


def summary_of(draft: Draft) -> str:
    t = draft.title
    return t[len("Báo cáo "):][:1].upper() + t[len("Báo cáo ") + 1:] if t.lower().startswith("báo cáo ") else t


def date_text(o: PrintOptions) -> str:
    return nb.date_text(o.place_name, o.date, o.month_year)


def body_paras(draft: Draft, layout: int = LAYOUT) -> list[Para]:
    out = [Para(p) for p in draft.opening.paragraphs]
    # a report finalised with the first layout keeps its justified headings: it must print as it was hashed
    suffix = "_justified" if layout < 2 else ""

    def section(s: Section, level: int):
        title = keep_last_words(vn_upper(s.title) if level == 1 else s.title)
        out.append(Para(title, ("heading1" if level == 1 else "heading2") + suffix))
        for i, p in enumerate(s.paragraphs):
            # A lead-in ("…, nguyên nhân chủ yếu:") keeps with its first line; not in reports hashed before layout 3.
            # From layout 4 one that leads into subsections ("…, trọng tâm là các nhiệm vụ sau:" then "1. …") keeps
            # with the first of them too (round 25C: it ended the year report's page 6 alone).
            followed = i + 1 < len(s.paragraphs) or (layout >= 4 and bool(s.subsections))
            leads = layout >= 3 and p.rstrip().endswith(":") and followed
            out.append(Para(p, "body_lead" if leads else "body"))
        for sub in s.subsections:
            section(sub, level + 1)

    for s in draft.sections:
        section(s, 1)  # an emptied section prints its heading only; the editor warns about it first
    return out


def closing_sentence(summary: str, commune_name: str) -> str:
    return "Trên đây là báo cáo " + summary[:1].lower() + summary[1:] + " của " + short_body(commune_name) + "./."


def report_document(draft: Draft, o: PrintOptions, doc_date: dt.date) -> Document:
    summary = summary_of(draft)
    blocks: list = [
        nb.header(parent=o.parent, commune_name=o.commune_name, number=number_line(o.number, o.symbol),
                  date_line=date_text(o)),
        Title("BÁO CÁO", summary),
    ]
    if o.recipients:
        blocks.append(KinhGui(list(o.recipients)))
    body = body_paras(draft, o.layout)
    # The signature block never stands alone on a page: it keeps the last lines with it,
    # and a heading left with nothing under it (an emptied last section) goes with them.
    tail = [Para(closing_sentence(summary, o.commune_name))]
    while body and ROLES[body[-1].role].keep_with_next:
        tail.insert(0, body.pop())
    sign = nb.signature(signer_block(o.chairman, o.vice_chairmen, o.signer), o.cc, o.drafting_unit)
    parts = [Part("portrait", blocks + body + [Closing(tail, sign)])]
    labels = appendix_labels(draft)
    if draft.figures:
        parts.append(Part("portrait", [figures_appendix(draft, o, labels["figures"])]))
    if draft.appendix:
        parts.append(Part("landscape", [tasks_appendix(draft, o, labels["tasks"])]))
    # What a signing tool, the e-office and a reader's Properties show: the trích yếu as the subject.
    return Document(draft.title, o.commune_name, doc_date, parts, subject=summary, keywords=keywords(draft, o))


def keywords(draft: Draft, o: PrintOptions) -> str:
    number = nb.number_only(o.number, o.symbol).strip("\u00a0") if o.number else o.symbol
    return "; ".join(x for x in ("Báo cáo", "cải cách hành chính", "CCHC", period_words(draft),
                                 short_body(o.commune_name), number) if x)


def appendix_labels(draft: Draft) -> dict[str, str]:
    """'Phụ lục' alone, or 'Phụ lục I' and 'Phụ lục II' when the report has both."""
    both = bool(draft.figures) and bool(draft.appendix)
    return {"figures": "Phụ lục I" if both else "Phụ lục", "tasks": "Phụ lục II" if both else "Phụ lục"}


def kem_theo(o: PrintOptions) -> str:
    # The commune's name never splits across lines ("UBND xã / Ba Giang").
    return (f"(Kèm theo Báo cáo số {nb.number_only(o.number, o.symbol)} "
            f"{date_text(replace(o, place_name=''))} của {short_body(o.commune_name).replace(' ', NBSP)})")


def period_words(draft: Draft) -> str:
    return summary_of(draft).split("hành chính ", 1)[-1]


def _areas(rows, cells):
    """Rows under a title row per reform area. The title rows carry no number of their own: the
    body numbers the areas it speaks of, and the same area must not be II.4 there and V here."""
    return nb.grouped(rows, lambda r: r.group, cells, numbered=False)


def figures_appendix(draft: Draft, o: PrintOptions, label: str) -> Appendix:
    # A rate's unit is its column's "%": the cell holds the number alone.
    data, groups = _areas(draft.figures, lambda f: ["", f.name, f.unit,
                                                    f.text.removesuffix("%") if f.unit == "%" else f.text])
    n = 0
    for i, row in enumerate(data):  # numbered 1, 2, … through the table, whatever the groups
        if i not in groups:
            n += 1
            row[0] = str(n)
    # One line a figure, tight: the whole table (the service index's rates too) fits on its page.
    table = Table(["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"], [11, None, 36, 21], data,
                  center_cols={0, 2, 3}, group_rows=groups, padding=(0.5, 1.5))
    title = keep_last_words(vn_upper("Số liệu kết quả thực hiện cải cách hành chính " + period_words(draft)), 3)
    return Appendix(label, [title], kem_theo(o), table)


def tasks_appendix(draft: Draft, o: PrintOptions, label: str) -> Appendix:
    rows, groups = _areas(draft.appendix, lambda r: [r.stt, r.content, r.lead, r.deadline, r.status, r.result])
    # The result cites documents by number, date and summary: it gets the room.
    table = Table(["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Kết quả, ghi chú"],
                  [11, 80, 44, 24, 26, None], rows, center_cols={0, 3}, group_rows=groups)
    title = keep_last_words(vn_upper("Danh sách nhiệm vụ cải cách hành chính " + period_words(draft)), 3)
    return Appendix(label, [title], kem_theo(o), table)

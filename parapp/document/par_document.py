"""The PAR INDEX self-assessment as an ND30 document: a short explanatory
report signed TM. Ủy ban nhân dân, and the scoring table as its landscape
appendix (groups and the total in bold, with their sums)."""

from __future__ import annotations

import datetime as dt

from parapp.core.nd30_text import number_line, short_body, signer_block, vn_upper
from parapp.core.par.points import format_points
from parapp.core.par.report_text import report_text
from parapp.core.par.tree import CriteriaSet
from parapp.document import nd30_blocks as nb
from parapp.document.model import Appendix, Closing, Document, KinhGui, Para, Part, Table, Title
from parapp.document.options import ParPrintOptions


def table_rows(cset: CriteriaSet, with_official: bool) -> tuple[list[list[str]], list[int]]:
    """The appendix's rows and which of them are groups (bold); the last row is the total."""
    rows: list[list[str]] = []
    groups: list[int] = []
    for _depth, n in cset.walk():
        if n.is_group:
            groups.append(len(rows))
        self_pts = format_points(n.self_total) if n.is_group and n.scored else format_points(n.self_milli)
        row = [n.display_label, n.name, format_points(n.max_total), self_pts]
        if with_official:
            off = format_points(n.official_total) if n.is_group and n.has_official else format_points(n.official_milli)
            row.append(off)
        row += ["\n".join(n.evidence), n.explanation]
        rows.append(row)
    total = ["", "Tổng cộng", format_points(cset.max_total), format_points(cset.self_total)]
    if with_official:
        total.append(format_points(cset.official_total))
    rows.append(total + ["", ""])
    return rows, groups


def _date_text(o: ParPrintOptions, place: str) -> str:
    return nb.date_text(place, o.date, o.month_year)


def scoring_table(cset: CriteriaSet) -> Table:
    official = cset.has_official
    head = ["STT", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá"]
    widths: list[float | None] = [14, 85, 17, 19]
    if official:
        head.append("Điểm thẩm định")
        widths.append(19)
    head += ["Tài liệu kiểm chứng", "Giải trình"]
    widths += [45, None]
    rows, groups = table_rows(cset, official)
    numbers = set(range(2, 5 if official else 4))
    return Table(head, widths, rows, center_cols={0} | numbers, bold_rows=set(groups) | {len(rows) - 1})


def par_document(cset: CriteriaSet, o: ParPrintOptions, doc_date: dt.date) -> Document:
    text = report_text(cset, o.commune_name, o.superior)
    blocks: list = [
        nb.header(parent=o.parent, commune_name=o.commune_name, number=number_line(o.number, "BC-UBND"),
                  date_line=_date_text(o, o.place_name)),
        Title("BÁO CÁO", text.summary),
    ]
    if o.recipients:
        blocks.append(KinhGui(list(o.recipients)))
    blocks.append(Para(text.opening))
    for heading, paragraphs in text.sections:
        blocks.append(Para(vn_upper(heading), "heading1"))
        blocks += [Para(p) for p in paragraphs]
    # The decree's signature for a report of the committee: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH.
    blocks.append(Closing([Para(text.closing)], nb.signature(signer_block(o.chairman, [], "chairman"), o.cc,
                                                             o.drafting_unit)))
    kem_theo = (f"(Kèm theo Báo cáo số {nb.number_only(o.number, 'BC-UBND')} {_date_text(o, '')} "
                f"của {short_body(o.commune_name)})")
    appendix = Appendix("Phụ lục", [vn_upper(text.appendix_title)], kem_theo, scoring_table(cset))
    title = "Báo cáo " + text.summary[:1].lower() + text.summary[1:]
    return Document(title, o.commune_name, doc_date, [Part("portrait", blocks), Part("landscape", [appendix])])

"""The words of the explanatory report that goes with the self-assessment
table (the PDF renderer lays them out; no reportlab here)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parapp.core.par.points import format_points
from parapp.core.par.tree import CriteriaSet, Node
from parapp.core.vntext import clean


@dataclass
class ReportText:
    summary: str                       # the trích yếu under BÁO CÁO
    opening: str
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    closing: str = ""
    appendix_title: str = ""


def _pct(part: int, whole: int) -> str:
    if not whole:
        return "0%"
    v = round(part * 1000 / whole) / 10
    return (f"{v:.1f}".rstrip("0").rstrip(".") + "%").replace(".", ",")


def numbered_by_area(cset: CriteriaSet) -> bool:
    """A set whose criteria are numbered again in each area (I: 1, 2; II: 1, 2): its numbers need their area."""
    return any(cset.printed_more_than_once(n.display_label) for n in cset.leaves())


def criterion_ref(cset: CriteriaSet, n: Node, by_area: bool) -> str:
    """A criterion as the appendix's table prints it. A set numbered again in each area printed "Tiêu chí 1.2" in
    part II where the table has "2" under "I" (round 22B): there each number is cited with its area; a sub-item
    printed "b)" is cited by its code, "8b"."""
    label = n.display_label
    if by_area and label != n.code:
        # "b)" under "2" under "A" was cited by its derived code "1.2b", printed nowhere (round 25C): "2b thuộc lĩnh
        # vực A", as a set numbered through cites "8b"
        area = cset.area_of(n)
        letter = re.fullmatch(r"([a-zđ])\)?", label)
        parent = next((p for _, p in area.walk() if any(c is n for c in p.children)), None) if letter else None
        if letter and parent is not None and parent is not area and re.fullmatch(r"\d+(\.\d+)*", parent.label):
            return f"{parent.label}{letter.group(1)} thuộc lĩnh vực {area.display_label}"
    if label == n.code or not re.fullmatch(r"\d+(\.\d+)*", label):
        return n.code
    return f"{label} thuộc lĩnh vực {cset.area_of(n).display_label}" if by_area else label


def report_text(cset: CriteriaSet, commune: str, superior: str) -> ReportText:
    y = cset.year
    summary = f"Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {y}"
    cited = clean(superior) or (f"Ủy ban nhân dân tỉnh {cset.province}" if cset.province else "cấp trên")
    opening = (f"Thực hiện hướng dẫn của {cited} về việc tự đánh giá, chấm điểm xác định Chỉ số cải cách hành "
               f"chính năm {y}; {commune} báo cáo kết quả tự đánh giá, chấm điểm như sau:")
    total = (f"Tổng điểm tự đánh giá: {format_points(cset.self_total)}/{format_points(cset.max_total)} điểm "
             f"(đạt {_pct(cset.self_total, cset.max_total)}).")
    areas = [total]
    # Where part II names criteria by their area ("1 thuộc lĩnh vực A"), part I names the areas the same way.
    by_area = numbered_by_area(cset)
    for i, a in enumerate(cset.areas, start=1):
        head = f"- Lĩnh vực {a.display_label} ({a.name})" if by_area else f"{i}. {a.name}"
        areas.append(f"{head}: {format_points(a.self_total)}/{format_points(a.max_total)} điểm.")
    unscored = cset.unscored()
    if unscored:
        named = ", ".join(criterion_ref(cset, n, by_area) for n in unscored)
        areas.append(f"Còn {len(unscored)} tiêu chí chưa tự chấm điểm: {named}.")
    losses = []
    for n in cset.leaves():  # what the commune itself admits losing; the province's scoring comes later
        if n.self_milli is None or n.max_milli is None or n.self_milli >= n.max_milli:
            continue
        why = f". Nguyên nhân: {n.explanation.rstrip('.')}." if n.explanation else "."
        losses.append(f"- Tiêu chí {criterion_ref(cset, n, by_area)} ({n.name}): đạt "
                      f"{format_points(n.self_milli)}/{format_points(n.max_milli)} điểm{why}")
    if not losses:
        losses = ["Các tiêu chí đã chấm đều đạt điểm tối đa."]
    sections = [
        ("I. Kết quả tự đánh giá, chấm điểm", areas),
        ("II. Các tiêu chí chưa đạt điểm tối đa và nguyên nhân", losses),
        ("III. Đề xuất, kiến nghị", [f"{commune} kính đề nghị {cited} xem xét, thẩm định kết quả tự đánh giá, "
                                     f"chấm điểm Chỉ số cải cách hành chính năm {y} của đơn vị."]),
    ]
    closing = f"Trên đây là báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {y} của {commune}./."
    return ReportText(summary, opening, sections, closing,
                      f"Bảng tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {y}")

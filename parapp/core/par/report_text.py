"""The words of the explanatory report that goes with the self-assessment
table (the PDF renderer lays them out; no reportlab here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from parapp.core.par.points import format_points
from parapp.core.par.tree import CriteriaSet
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


def report_text(cset: CriteriaSet, commune: str, superior: str) -> ReportText:
    y = cset.year
    summary = f"Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {y}"
    cited = clean(superior) or (f"Ủy ban nhân dân tỉnh {cset.province}" if cset.province else "cấp trên")
    opening = (f"Thực hiện hướng dẫn của {cited} về việc tự đánh giá, chấm điểm xác định Chỉ số cải cách hành "
               f"chính năm {y}; {commune} báo cáo kết quả tự đánh giá, chấm điểm như sau:")
    total = (f"Tổng điểm tự đánh giá: {format_points(cset.self_total)}/{format_points(cset.max_total)} điểm "
             f"(đạt {_pct(cset.self_total, cset.max_total)}).")
    areas = [total]
    for i, a in enumerate(cset.areas, start=1):
        areas.append(f"{i}. {a.name}: {format_points(a.self_total)}/{format_points(a.max_total)} điểm.")
    unscored = cset.unscored()
    if unscored:
        areas.append(f"Còn {len(unscored)} tiêu chí chưa tự chấm điểm: {', '.join(n.code for n in unscored)}.")
    losses = []
    for n in cset.leaves():  # what the commune itself admits losing; the province's scoring comes later
        if n.self_milli is None or n.max_milli is None or n.self_milli >= n.max_milli:
            continue
        losses.append(f"- Tiêu chí {n.code} ({n.name}): đạt {format_points(n.self_milli)}/{format_points(n.max_milli)} "
                      f"điểm" + (f". Nguyên nhân: {n.explanation.rstrip('.')}." if n.explanation else "."))
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

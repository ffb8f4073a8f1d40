"""Lost points turned into work: one remediation task per scored criterion
below its maximum, in a plan for the following year (sample plans 000, 003),
or for the year it is made in when that is later."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parapp.core.par.points import format_points
from parapp.core.par.report_text import criterion_ref, numbered_by_area
from parapp.core.par.tree import CriteriaSet, Loss


@dataclass
class RemedyTask:
    code: str
    content: str
    cause: str
    note: str
    lost_milli: int
    criterion_id: int | None
    area_name: str
    area_label: str = ""     # the area's code as the province printed it (I, II …)
    par_code: str = ""       # the code the plan's task carries (plans_code); "" when plans cannot carry it


def plan_year(scored_year: int, today: dt.date) -> int:
    """The year the plan is for: the one after the year scored, or, when the plan is made later than
    that year (last year's set, remedied this year), the year it is made in — never a year already over."""
    return max(scored_year + 1, today.year)


def plan_title(plan_for: int) -> str:
    return f"Kế hoạch khắc phục, nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm {plan_for}"


def content_for(code: str, name: str) -> str:
    """A remediation task worded as the sample plans word theirs (“khắc phục hạn chế, cải thiện …”),
    naming the criterion so the official can rewrite it as the concrete action."""
    return f"Khắc phục hạn chế, nâng cao kết quả tiêu chí {code} “{name}”"


def deadline_text(plan_for: int) -> str:
    return f"Trong năm {plan_for}"


def _score_words(loss: Loss) -> str:
    n = loss.node
    parts = []
    if n.self_milli is not None:
        parts.append(f"tự đánh giá {format_points(n.self_milli)}")
    if n.official_milli is not None:
        parts.append(f"điểm thẩm định {format_points(n.official_milli)}")
    return "; ".join(parts)


def plans_code(cset: CriteriaSet, node) -> str:
    """The code a plan's task carries ("Mã số TCTP": 2.1.3, 1.1a). An area scored itself (no criteria under it) is
    known by its number, as plans number areas; a code plans cannot carry (five levels, three digits) is left out,
    the task's content naming the criterion as printed. Round 26D: an area "II" scored itself made `par remedy`
    refuse the whole plan, "Mã tiêu chí “II” không đúng dạng"."""
    from parapp.core.validation import is_par_code

    if any(a is node for a in cset.areas):
        return str(next(i for i, a in enumerate(cset.areas, start=1) if a is node))
    return node.code if is_par_code(node.code) else ""


def remedy_tasks(cset: CriteriaSet) -> list[RemedyTask]:
    out = []
    # Named as the appendix prints it ("tiêu chí 2 thuộc lĩnh vực A" in a set numbered again in each area), as the PAR
    # report names it: the derived code "1.2" is printed nowhere in the province's set (round 25C).
    by_area = numbered_by_area(cset)
    for loss in cset.losses():
        n = loss.node
        lost, mx = format_points(loss.lost_milli), format_points(n.max_milli)
        note = f"Năm {cset.year} mất {lost}/{mx} điểm ({_score_words(loss)})."
        cause = n.explanation or f"Năm {cset.year} đạt {format_points(loss.score_milli)}/{mx} điểm."
        out.append(RemedyTask(n.code, content_for(criterion_ref(cset, n, by_area), n.name), cause, note,
                              loss.lost_milli, n.id, loss.area.name, loss.area.display_label, plans_code(cset, n)))
    return out

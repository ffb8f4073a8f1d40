"""Where the commune stands, as real reports state it in part I: how much of the
year's plans is done ("hoàn thành 25/43 nhiệm vụ, đạt 58,1%") and the last
PAR INDEX result (self-score, the province's score, the rank)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parapp.core.report_words import count, day, pct


@dataclass(frozen=True)
class PlanCompletion:
    """The tasks of the year's CCHC plans, counted on a day (dropped tasks are not counted)."""

    year: int
    as_of: dt.date
    done: int
    total: int
    standing: int = 0  # the plans' standing work ("thường xuyên", "hằng năm"): listed in the appendix, not counted


@dataclass(frozen=True)
class ParResult:
    """A year's PAR INDEX as recorded: points as printed ("91,5"), None where not recorded."""

    year: int
    max_points: str
    self_points: str | None = None
    official_points: str | None = None
    rank: str = ""                   # "12/96"


def completion_sentence(c: PlanCompletion, body: str, level: str) -> str:
    """'Tính đến ngày 14/3/2026, Ủy ban nhân dân xã đã hoàn thành 7/43 nhiệm vụ theo các kế hoạch cải cách
    hành chính năm 2026 của xã, đạt 16,3%.'"""
    # The standing work left out is said: the appendix lists it, and "29/40" beside an appendix of 43 tasks left the
    # chairman asking how 40 was reached (a reviewer reading the demo's year report as he would).
    left_out = (f" (không tính {count(c.standing)} nhiệm vụ thực hiện thường xuyên, hằng năm)"
                if c.standing else "")
    return (f"Tính đến ngày {day(c.as_of)}, {body} đã hoàn thành {count(c.done)}/{count(c.total)} nhiệm vụ theo "
            f"các kế hoạch cải cách hành chính năm {c.year} của {level}, đạt {pct(c.done, c.total)}{left_out}.")


def plausible_rank(rank: str) -> bool:
    """'12/96': a place among a count of communes, the place no larger than the count. Since the 2025 merger a
    province ranks far fewer communes than before, and a rank typed from an old list ('45/19') is refused."""
    import re

    m = re.fullmatch(r"\s*0*(\d{1,4})\s*/\s*0*(\d{1,4})\s*", rank)
    if m is None:
        return False
    return 1 <= int(m.group(1)) <= int(m.group(2))


def par_sentence(r: ParResult, level: str) -> str | None:
    """'Kết quả Chỉ số cải cách hành chính năm 2025 của xã: tự đánh giá đạt 91,5/100 điểm; kết quả thẩm định
    đạt 87,5/100 điểm, xếp thứ 12/96.' (only what is recorded; None when nothing is)."""
    parts = []
    if r.self_points is not None:
        parts.append(f"tự đánh giá đạt {r.self_points}/{r.max_points} điểm")
    if r.official_points is not None:
        official = f"kết quả thẩm định đạt {r.official_points}/{r.max_points} điểm"
        if r.rank and plausible_rank(r.rank):
            official += f", xếp thứ {r.rank}"
        parts.append(official)
    elif r.rank and plausible_rank(r.rank):
        parts.append(f"xếp thứ {r.rank}")
    if not parts:
        return None
    return f"Kết quả Chỉ số cải cách hành chính năm {r.year} của {level}: {'; '.join(parts)}."

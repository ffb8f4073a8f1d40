"""The period a sheet's or a section's name states: "Quý II", "Q2-2026", "6 tháng", "Lũy kế 11 tháng".

A workbook of a sheet a period often names each sheet for its period with no year; a table of sections side by side
names each section so. Split from parapp.core.figures_period (the period a file's text states) by meaning.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parapp.core.figures_period import _QUARTERS, _ROMAN, StatedPeriod, find_period
from parapp.core.periods import PeriodKind
from parapp.core.vntext import fold, nfc

# Round 39D: a table named for a count of months that is no period of ours ("Lũy kế 11 tháng", a sheet or a section
# beside "Tháng 10 | Tháng 11"): "Tệp không ghi kỳ báo cáo", and the --period year the user then gave stored eleven
# months' figures as the year's. Not "Tháng 11" (a month), nor 3, 6, 9 or 12 months.
_MONTHS_COUNTED = re.compile(r"(?<!thang )\b(?:0?[124578]|1[01])\s*thang\b(?!\s*\d)")


def span_in_name(name: str) -> StatedPeriod | None:
    """The span a sheet's or a section's name states: a period with its year, or a count of months no period is."""
    found = find_period(name)
    if found is None and _MONTHS_COUNTED.search(fold(nfc(name or ""))):
        return StatedPeriod(" ".join(name.split()))
    return found


# A sheet named for its period with no year ("Quý II", "QUY 2", "Q2-2026", "6 tháng"): which period it holds, for a
# workbook of a sheet a period whose tables state nothing (round 21; --period chose the table with most figures).
_NAME_KINDS = [
    (re.compile(r"\b(?:quy|q)\s*[.\-_]?\s*(iv|iii|ii|i|[1-4])\b"), None),
    (re.compile(r"\b0?6\s*thang\b(?!\s*cuoi)"), PeriodKind.H1),
    (re.compile(r"\b0?9\s*thang\b"), PeriodKind.NINE_MONTHS),
    (re.compile(r"^\s*(?:ca\s+)?nam(?:\s*\d{4})?\s*$"), PeriodKind.YEAR),
]


# Quarters listed or spanned ("Quý I - III", "Quý I+II", "Quý I, II", "Q1 và Q2"): a cumulative sheet, no one quarter's
# (round 22C: `--period q1` stored the figures of "Quý I - III", the table read first, as the first quarter's).
_QUARTER_RUN = re.compile(r"\b(?:quy|q)\s*[.\-_]?\s*(?:iv|iii|ii|i|[1-4])\s*(?:-|–|—|\+|,|&|/|;|\bva\b|\bden\b|\btoi\b)"
                          r"\s*(?:het\s+)?(?:(?:quy|q)\s*)?(?:iv|iii|ii|i|[1-4])\b")


def period_in_name(name: str) -> PeriodKind | None:
    """The one figures period a sheet's name names, if it names exactly one."""
    folded = fold(nfc(name or ""))
    if _QUARTER_RUN.search(folded):
        return None
    found = set()
    for pat, kind in _NAME_KINDS:
        for m in pat.finditer(folded):
            found.add(kind or _QUARTERS[_ROMAN[m.group(1)] - 1])
    return found.pop() if len(found) == 1 else None


# Round 41D: sections for "this period" and "to date" under a title naming a quarter and the months to it or the year
# ("Kỳ này | Lũy kế từ đầu năm" under "BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030"): --period year stored the quarter's section
_TO_DATE = re.compile(r"^(?:so lieu |tong )?luy ke\b")
_THIS_TIME = re.compile(r"^(?:so lieu |thuc hien )?(?:ky nay|trong ky|ky bao cao|quy nay)\b")


def _settled(two: StatedPeriod, title: str) -> StatedPeriod | None:
    """The one of the two periods `two` names that the section titled `title` is of, or None."""
    assert two.also is not None
    named = period_in_name(title)
    quarter, longer = (two, two.also) if two.kind in _QUARTERS else (two.also, two)
    if named is None and quarter.kind in _QUARTERS and longer.kind not in _QUARTERS:
        words = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(nfc(title))).split())
        named = longer.kind if _TO_DATE.match(words) else quarter.kind if _THIS_TIME.match(words) else None
    return replace(two, also=None) if named is two.kind else two.also if named is two.also.kind else None


def settle_sections(reads: list) -> None:
    """Each section of a table under a title naming two periods ("Quý IV | Cả năm", "Kỳ này | Lũy kế" under "BÁO CÁO
    QUÝ IV VÀ CẢ NĂM 2030") given the one of the two it names: round 41D, the quarter's section was read as the year's
    (5 stored for the year where the sheet's year shows 18); a section naming neither keeps what it had."""
    two = next((r.stated for r in reads if r.stated and r.stated.kind and r.stated.also and r.stated.also.kind), None)
    if two is None:
        return
    for r in reads:
        if r.stated is None or r.stated is two:
            r.stated = _settled(two, r.title) or r.stated

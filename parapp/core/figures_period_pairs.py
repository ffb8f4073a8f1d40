"""A title naming two periods for one year, the year written once ("BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030"). Split from
parapp.core.figures_period (the period a file's text states) by meaning, with the patterns both read with."""

from __future__ import annotations

import re
from dataclasses import replace

from parapp.core.periods import PeriodKind

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTERS = [PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4]
# Round 39D: after a dash, a comma, a dot, a bracket or "Năm:" too ("BÁO CÁO QUÝ I - NĂM 2030" was the year by the words
# below, quý I's figures stored as the year's)
_YEAR = r"\s*(?:[/\-–.,(]\s*)?(?:nam\s*:?\s*)?(\d{4})"

# Round 41D: a title naming a quarter or a half with the year, the year written once ("BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030",
# "… quý IV/2030 và năm 2030"): read as the one whose year is written, whichever the figures are of. Both are named
# (`StatedPeriod.also`), and `contradiction` asks which (as for a range against a period named).
# Round 41D F1: "… quý III và 9 tháng năm 2030", "quý II và 6 tháng đầu năm 2030" (the quarter and the months to it)
# were the 9 months' or the half year's; "9 tháng, ước thực hiện cả năm 2030" ("ước": the year estimated) the year's
# Round 42D: joined by a semicolon, a dash or a slash ("quý IV - cả năm 2030", "quý II/6 tháng đầu năm 2030"), and the
# year said to be summed up ("quý IV và lũy kế năm 2030", "… và tổng kết năm 2030"): one of the two was read alone. A
# dash or a slash before a bare "năm" is the quarter's year ("QUÝ I - NĂM 2030", 39D): `_soft_ok` wants "cả năm" or
# the months after one
_JOIN = (r"(?P<join>\s*(?:va|&|\+|[,;]|(?P<soft>[-–/]))\s*"
         r"(?:uoc\s+(?:thuc\s+hien\s+|tinh\s+)?|(?:luy\s+ke|tong\s+ket)\s+)?)")
_SOFT_NEXT = re.compile(r"(?:(?:ca|toan)\s+nam|(?:0?6|0?9|sau|chin)\s+thang)\b")


def _soft_ok(m: re.Match, folded: str) -> bool:
    return not m.group("soft") or _SOFT_NEXT.match(folded, m.end("join")) is not None
# "Q4 và cả năm", "sáu tháng và cả năm" too: the spellings figures_period_text writes only before a year (41D)
_PART_BEFORE = re.compile(r"\b(?:(?:quy|q)\s*[.\-_]?\s*(iv|iii|ii|i|[1-4])|(0?6|0?9|sau|chin)\s+thang"
                          rf"(?:\s+dau\s+nam)?)(?:{_YEAR})?{_JOIN}"
                          r"(?:(?:ca|toan)\s+)?(?:nam\s*:?\s*)?$")  # "… quý IV và năm 2030" read from its year
_YEAR_AFTER = re.compile(rf"{_JOIN}(?P<year>(?:ca\s+|toan\s+|(?P<months>0?6|0?9)\s+thang\s+(?:dau\s+)?)?nam\s*:?\s*"
                         r"(?P<figure>\d{4}))\b")


_WRAPPED = re.compile(r"\s*(?:va|&|\+|,)\s")
# Round 43D: the longer period first, the quarter after it with the year ("Báo cáo cả năm và quý IV năm 2030", "6 tháng
# đầu năm và quý II năm 2030", "9 tháng, quý III năm 2030"): the quarter alone was read, the year's figures (if so)
# stored as the quarter's. A dash or a slash joins here too: what stands before it is no quarter's year
_WHOLE_BEFORE = re.compile(rf"\b(?:(?:ca|toan|tong\s+ket)\s+nam|(?P<months>0?6|0?9|sau|chin)\s+thang(?:\s+dau\s+nam)?)"
                           rf"{_JOIN}$")


def paired(folded: str, kind: PeriodKind, year: int, start: int, end: int) -> tuple[PeriodKind, int, int] | None:
    """The other period named beside the one read at `start`–`end` of `folded` for the same year, and where it is
    written: the year after a quarter or a half ("quý IV/2030 và năm 2030"), a quarter or a half before the year."""
    line = folded.rfind("\n", 0, start) + 1
    line_end = len(folded) if (e := folded.find("\n", end)) < 0 else e
    # a title wrapped before the join ("… quý IV\nvà cả năm 2030", Word's title in paragraphs): one line more
    if line and _WRAPPED.match(folded, line, start):
        line = folded.rfind("\n", 0, line - 1) + 1
    if line_end < len(folded) and folded[end:line_end].strip() == "" and _WRAPPED.match(folded, line_end + 1):
        line_end = len(folded) if (e := folded.find("\n", line_end + 1)) < 0 else e
    after = _YEAR_AFTER.match(folded, end, line_end)
    if kind is not PeriodKind.YEAR and after and int(after.group("figure")) == year and _soft_ok(after, folded):
        months = after.group("months")
        if months is None:
            return PeriodKind.YEAR, after.start("year"), after.end("year")
        if kind in _QUARTERS:  # "quý III/2030 và 9 tháng năm 2030"
            return PeriodKind.H1 if "6" in months else PeriodKind.NINE_MONTHS, after.start("year"), after.end("year")
    before = _PART_BEFORE.search(folded, line, start)
    if before and int(before.group(3) or year) == year and _soft_ok(before, folded) and (
            kind is PeriodKind.YEAR or kind in (PeriodKind.H1, PeriodKind.NINE_MONTHS) and before.group(1)):
        part = (_QUARTERS[_ROMAN[before.group(1)] - 1] if before.group(1) else
                PeriodKind.H1 if before.group(2)[-1] in "6u" else PeriodKind.NINE_MONTHS)
        return part, before.start(), before.start("join")
    whole = _WHOLE_BEFORE.search(folded, line, start) if kind in _QUARTERS else None
    if whole:
        months = whole.group("months")
        part = PeriodKind.YEAR if months is None else PeriodKind.H1 if months[-1] in "6u" else PeriodKind.NINE_MONTHS
        return part, whole.start(), whole.start("join")
    return None


# Round 42D: one quarter named apart from the year the title ends with ("Báo cáo kết quả quý IV công tác CCHC năm 2030"
# was the year's by "báo cáo … năm 2030"); 43D: "Q4" too, the first half or nine months ("6 tháng đầu năm công tác CCHC
# năm 2030" was no period of ours, refused with --period h1 too), and two named ("quý IV và cả năm công tác CCHC năm
# 2030" was quý IV alone; "quý III và quý IV …", "quý IV so với quý III …" the year): both, the import asks which
_APART = re.compile(r"\b(?:quy\s+|q\s*[.\-_]?\s*(?=[1-4]\b))(?P<q>iv|iii|ii|i|[1-4])\b"
                    r"|\b(?:(?:0?6|sau)\s+thang(?:\s+dau\s+nam)?|nua\s+dau\s+nam)\b(?!\s+cuoi)(?P<h1>)"
                    r"|\b(?:0?9|chin)\s+thang(?:\s+dau\s+nam)?\b(?!\s+cuoi)(?P<m9>)|\b(?:ca|toan)\s+nam\b(?P<year>)")


def apart(folded: str, line: int, year_at: int, stated):
    """`stated` (the title's "báo cáo … năm 2030") as the period(s) its line names before the year."""
    kinds: list[PeriodKind] = []
    for m in _APART.finditer(folded, line, year_at):
        kind = (_QUARTERS[_ROMAN[m.group("q")] - 1] if m.group("q") else PeriodKind.H1 if m.group("h1") is not None
                else PeriodKind.NINE_MONTHS if m.group("m9") is not None else PeriodKind.YEAR)
        kinds += [kind] if kind not in kinds else []
    if not kinds or len(kinds) > 2:
        return stated
    one = replace(stated, kind=kinds[0])
    return one if len(kinds) == 1 else replace(one, also=replace(stated, kind=kinds[1], also=None))


# Round 45D: a title naming the year reported, then the next one without a join 39D–43D know ("Báo cáo tổng kết năm
# 2025, triển khai nhiệm vụ năm 2026", "… và những nhiệm vụ năm 2026"): read by the year ending it, 2025's figures
# stored as 2026's. Not a date's year ("ngày 05 tháng 01 năm 2026 về kết quả năm 2025")
_TITLE_HEAD = re.compile(r"\b(?:bao\s+cao|thong\s+ke)\b")
_YEAR_NAMED = re.compile(r"\bnam\s*:?\s*(\d{4})\b")
_DATE_BEFORE = re.compile(r"\bthang\s*\d{1,2}\s*[,.]?\s*$")


def year_reported(folded: str, line: int, year_at: int, stated):
    """`stated` (the title's "báo cáo … năm 2026") as the year before when its title names that year first, and where
    the year reported is written."""
    head = next((m.end() for m in _TITLE_HEAD.finditer(folded, line, year_at) if year_at - m.end() <= 90), None)
    for m in _YEAR_NAMED.finditer(folded, head or year_at, year_at):
        if not _DATE_BEFORE.search(folded, head or year_at, m.start()):
            if int(m.group(1)) + 1 == stated.year:
                return replace(stated, year=stated.year - 1), m.start(1)
            break
    return stated, year_at

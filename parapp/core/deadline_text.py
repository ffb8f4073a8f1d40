"""Deadlines as plans write them ("Quý I/2017", "Trước ngày 01/6/2020",
"Hàng năm"), and the due date derived from them.

The text is always kept as written; the derived date is a convenience. Text
that cannot be read as a date gives no due date: it is never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from parapp.core.dates import month_end, quarter_end
from parapp.core.deadline_forms import BLANK_DATE, LUNAR_MONTH, narrowed, within, words_as_figures, years_as_written
from parapp.core.deadline_spans import ROMAN_Q as _ROMAN_Q
from parapp.core.deadline_spans import span_end as _span_end
from parapp.core.deadline_spans import year_of as _year
from parapp.core.status import Recurrence
from parapp.core.vntext import fold, without_raised
from parapp.core.years import year_ok



@dataclass(frozen=True)
class Deadline:
    text: str
    due: dt.date | None
    recurrence: Recurrence = Recurrence.NONE

    @property
    def understood(self) -> bool:
        return self.due is not None


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_Y = r"(?:\s*/\s*|\s+nam\s+|\s*-\s*)(\d{4}|\d{2})"
_DATE = r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}|\d{2}))?"

_P_QUARTER = re.compile(r"quy\s+(iv|iii|ii|i|[1-4])\b(?:" + _Y + r")?")
_P_BEFORE_MONTH = re.compile(r"truoc\s+thang\s+(\d{1,2})(?:" + _Y + r")?")
_P_MONTH = re.compile(r"thang\s+(\d{1,2})(?:" + _Y + r")?")
_P_BEFORE_DATE = re.compile(r"truoc\s+(?:ngay\s+)?" + _DATE)
_P_DATE = re.compile(r"(?:ngay\s+)?" + _DATE)
_P_HALF = re.compile(r"6\s+thang\s+dau\s+nam(?:\s+(\d{4}))?")
_P_YEAR = re.compile(r"(?:trong\s+)?nam\s+(\d{4})")
_P_PART_OF = re.compile(r"\b(?:dau|giua)\s+$")  # "đầu năm 2027", "giữa năm 2027": no day of that year said
# "Đầu quý II/2027", "Tuần 1 tháng 3/2027": due at the quarter's or month's end, weeks or months late (round 27C): asked
# Round 28C: "Tuần thứ 2 tháng 3", "Tuần đầu tiên của tháng 3", "Thượng/Trung tuần tháng 3" too ("từ đầu …" a span)
# and "Ngày đầu tiên của tháng 6", "Tuần 2, tháng 3", "Tuần 2-3 tháng 3"
_P_PART_OF_UNIT = re.compile(r"(?<!\btu )\b(?:dau(?:\s+tien)?|giua|(?:thuong|trung)\s+tuan"
                             r"|tuan\s+(?:thu\s+)?(?:dau(?:\s+tien)?|nhat|hai|ba|tu|\d(?:\s*[-–,]\s*\d)?))(?:\s+cua)?"
                             r"[\s,]+$")
# Round 22B: "Trước quý III" was due 30/9 (the quarter's end), "Trước năm 2027" 31/12/2027: before it is the day before
# it begins, as "Trước tháng 11" has always been.
_P_BEFORE_QUARTER = re.compile(r"truoc\s+quy\s+(iv|iii|ii|i|[1-4])\b(?:" + _Y + r")?")
_P_BEFORE_YEAR = re.compile(r"truoc\s+nam\s+(\d{4})\b")
# "Ngày 15 tháng 7 năm 2026", the decree's own way of writing a date, was read as "tháng 7" (due 31/7): written as
# "ngay 15/7/2026" before it is read.
# Round 22C: "Ngày 15 tháng 3/2026" too.
# Round 23B: with "ngày" left out after "Trước", "Đến", "Hạn" or at the start ("Trước 15 tháng 7 năm 2026", as "Trước
# 15/7" leaves it out) it was still read as "tháng 7", due 31/7; "6 tháng đầu năm" (no month number) is not a date.
_DATE_IN_WORDS = re.compile(r"(\bngay\s+|\b(?:truoc|den|han(?:\s+chot)?|cham\s+nhat)\s+|^)(\d{1,2})\s+thang\s+(\d{1,2})"
                            r"(?:(?:\s*/\s*|\s+nam\s+)(\d{4}))?\b")


# Round 23B: "Ngày 5/1 năm 2027" (figures, then the year in words) was due 05/01 of the plan's year; "Quý I năm sau",
# "Tháng 1 năm tới" (the plan's next year) were due in the plan's own year, a year early ("các năm sau" is no year).
_DM_YEAR = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s+nam\s+(\d{4})\b")
# "tới" as "đến": "Từ tháng 3 tới tháng 6/2027" was due 31/3/2026 (the start, in the plan's year), "Hằng tháng tới tháng
# 6/2027" ran to 31/12/2026 (round 29C); only before what ends a span: not "năm tới" (next year), "tối đa"
_TOI = re.compile(r"\btoi\b(?=\s+(?:het|cuoi|thang|quy|ngay|nam\s+\d|\d))")
_NEXT_YEAR = re.compile(r"(?<!\bcac )(?<!\bnhung )\bnam\s+(?:sau|toi|ke\s+tiep|tiep\s+theo)\b")  # 28C: "kế tiếp"


def _as_figures(m: re.Match) -> str:
    """"ngay 15 thang 7 nam 2026" as "ngay 15/7/2026", "truoc 15 thang 7" as "truoc 15/7"."""
    return f"{m.group(1)}{m.group(2)}/{m.group(3)}" + (f"/{m.group(4)}" if m.group(4) else "")


# At the end in brackets or after a comma too: "Giai đoạn 2026 - 2030 (hằng năm)" was one task due 31/12/2030 once spans
# of years were read, "Hằng năm, giai đoạn 2026 - 2030" yearly work (round 22C).
# Standing work with a start written and no end: it was one-off work due at the start's month end, late the month
# after and, not recurring, chased on into the next year.
_P_STANDING_FROM = re.compile(r"^\s*thuong\s+xuyen[\s,;(]*(?:ke\s+|bat\s+dau\s+)?tu\s+"
                              r"((?:(?!\bden\b|\btoi\b).)*?)[\s).;]*$")
_P_STANDING = re.compile(r"\s*thuong\s+xuyen\b")
# "Quý I - Quý IV (Thường xuyên)": a grid's cell merged over the quarters, its words after them (32C) (round 33C: a
# one-off task due 31/12, the standing work lost)
_P_STANDING_AFTER = re.compile(r"\(\s*thuong\s+xuyen\s*\)[\s.;]*$")
_P_SPAN_WORDS = re.compile(r"\bden\b|\btoi\b|\d\s*[-–—]\s*\d")
_P_RECURRING = re.compile(r"^\s*(hang|hng)\s+nam\b|^\s*thuong\s+xuyen\b|\bhang\s+nam[\s).;]*$"
                          r"|[(,;]\s*thuong\s+xuyen[\s).;]*$")
# Anywhere in the text: "Ngày 20 hằng tháng", "Trước ngày 15 hằng tháng" (a monthly report's usual wording) had no
# due date, the import asking for each (left by rounds 16B and 18B, read since round 21).
_P_QUARTERLY = re.compile(r"\bhang\s+quy\b")
_P_MONTHLY = re.compile(r"\bhang\s+thang\b")  # as quarterly (round 17B)
# A deadline, then upkeep: "Hoàn thành trước 31/3/2026, sau đó cập nhật hằng tháng" is due 30/3, what follows is no
# end of it (round 22C: "hằng tháng" anywhere made it monthly to 31/12, so it could never be late).
_P_UPKEEP = re.compile(r"\b(?:sau\s+do|duy\s+tri|tiep\s+tuc)\b")
# Round 22B: "Hằng tháng trong quý I", "Hằng tháng, đến hết quý III", "Hằng quý trong năm 2027" ran to 31/12 of the
# plan's year, so quý I's monthly work stood in the quý I report's list of quý II's work. Ends at what bounds it.
_P_EVERY_UNTIL = re.compile(r"\b(?:trong|den(?:\s+(?:het|cuoi))?)\s+(quy\s+(?:iv|iii|ii|i|[1-4])\b(?:" + _Y + r")?"
                            r"|thang\s+\d{1,2}\b(?:" + _Y + r")?|nam\s+\d{4})")
# "Năm 2026 - 2027", "Giai đoạn 2026 - 2030": due at the span's end (it was the end of its first year). Longer than
# ten years is no plan's span: not read.
_P_YEARS = re.compile(r"(?:\bnam|\bgiai\s+doan|^)\s*(\d{4})\s*(?:-|–|—|\bden\b(?:\s+(?:het\s+)?nam)?)\s*(\d{4})\b")
_MAX_YEARS_SPAN = 10
# "Đến hết năm", "Trong năm", "Cuối năm" with no year: the plan's year, as "Quý I" with none is.
_P_THIS_YEAR = re.compile(r"^(?:(?:den|toi)\s+(?:het|cuoi)\s+|trong\s+|cuoi\s+|ca\s+|6\s+thang\s+cuoi\s+)nam\s*"
                          r"(?:\([^()\d]*\)\s*)?$")  # "… (tổng kết)": a grid cell's words (round 32C)
_P_NINE_MONTHS = re.compile(r"^(?:trong\s+)?9\s+thang\s+dau\s+nam(?:\s+(\d{4}))?\s*$")
# "hằng năm" beside a day: yearly work with that day ("Trước ngày 15/12 hằng năm" was one task due 14/12, round 22B)
_P_YEARLY_ANY = re.compile(r"\bhang\s+nam\b")

# "Tháng 3-2026", "Quý I - 2026": the year after a dash, written as after "/" before spans are read; "Tháng 3-2026 -
# tháng 6-2026" was due at its start, 31/3 (round 22C; with "đến" it was read since round 21).
_DASH_YEAR = re.compile(r"\b(thang\s+\d{1,2}|quy\s+(?:iv|iii|ii|i|[1-4]))\s*[-–—]\s*(\d{4})\b")
# "Quý I đầu năm 2027", "Tháng 01 đầu năm 2027" in a 2026 plan took the plan's year: 31/3/2026 (round 24D); so did
# "Quý I của năm 2027", "Quý I, năm 2027", "Quý I (năm 2027)", "Quý I/năm 2027" (round 25C)
_EARLY_YEAR = re.compile(r"\b(thang\s+\d{1,2}|quy\s+(?:iv|iii|ii|i|[1-4]))\s*[,(/]?\s*(?:(?:dau|cua|trong)\s+)?"
                         r"(nam\s+\d{4})\b")
# "Quý I, quý II/2027", "Tháng 1 và đầu tháng 2/2027": the year written once, after a list, is its first item's too;
# in a 2026 plan the first (the one due) took the plan's year, 31/3/2026 (round 25C). A span ("Quý I - quý II/2027")
# is read by _span_end; a list that crosses the year ("Quý IV, đầu quý I/2027") begins in the year before.
_N = r"(?:iv|iii|ii|i|\d{1,2})"
_LIST = (r"\b(thang|quy)\s+(" + _N + r")\b(?!\s*(?:/|\bnam\b)\s*\d)((?:(?:\s*(?:,|;|\bva\b)\s*(?:(?:dau|giua|cuoi)\s+)?"
         r"|\s*[-–—]\s*(?:dau|giua|cuoi)\s+)(?:\1\s+)?" + _N + r"\b){1,11})")  # bounded: "Quý I, "×5000 took 3.5 s
_LIST_YEAR = re.compile(_LIST + r"(?:\s*/\s*|\s+nam\s+)(\d{4})\b")
# Quarterly or monthly work naming its quarters in a list ends at the last: "Hằng quý (quý I, II, III, IV năm 2027)"
# ran to 31/3 (round 25C)
_LIST_LAST = re.compile(_LIST)


def _list_year(m: re.Match) -> str:
    def number(n: str) -> int:
        return _ROMAN_Q.get(n, 0) if m.group(1) == "quy" else int(n)
    last = m.group(3).split()[-1].lstrip(",;-–—")  # the list ends with its last number
    if not number(last):
        return m.group(0)  # "quý 9" is no quarter
    year = int(m.group(4)) - (1 if number(m.group(2)) > number(last) else 0)
    return f"{m.group(1)} {m.group(2)}/{year}{m.group(3)}/{m.group(4)}"


# A span of two years each with its word, "Năm 2026 - Năm 2027", or of a year's two halves: to the end (round 31C: due
# at the first's end, a year or six months early).
_YEARS_SPAN = re.compile(r"\bnam\s+(\d{4})\s*[-–—]\s*nam\s+(\d{4})\b")
_HALVES_SPAN = re.compile(r"\b6\s+thang\s+dau\s+nam(?:\s+\d{4})?\s*[-–—]\s*6\s+thang\s+cuoi\s+nam((?:\s+\d{4})?)\b")


def _parse(text: str | None, plan_year: int) -> Deadline:
    """Derive the due date from a deadline as written in a plan.

    Rules (Y is the year written, or the plan's year when none is):
    Quý N/Y → the quarter's last day; Tháng M/Y → the month's last day;
    a span ("Tháng 6 - 9/Y", "Quý II - III/Y", "Từ D/M đến D/M/Y") → its end;
    trước tháng M/Y → the last day of the month before; trước (ngày) D/M/Y →
    the day before; a date D/M/Y, "chậm nhất ngày", "đến ngày", "hạn" → that
    day; Trong năm Y / Năm Y → 31/12/Y; Năm Y1 - Y2 → 31/12/Y2; Đến hết năm, Trong năm → 31/12 of the
    plan's year; 6 tháng đầu năm Y → 30/6/Y; Hàng năm, Thường xuyên → every year, due 31/12 of the plan's
    year; "hằng tháng"/"hằng quý" anywhere (Ngày 20 hằng tháng) → every month/quarter, "hằng năm" beside a day
    (Trước ngày 15/12 hằng năm) → every year by that day; a deadline then upkeep ("…, sau đó/duy trì …") → the
    deadline; 6 tháng cuối năm, Cả năm → 31/12, 9 tháng đầu năm → 30/9; a "trước …" with no year that falls
    before the plan's year → asked; else no date.
    """
    raw = (text or "").strip()
    # "Quý Ⅱ" (U+2161): the year alone (28C); a raised footnote mark "15/3¹" read as "15/31" (31C)
    f = _TOI.sub("den", " ".join(fold(_nfkc(without_raised(raw))).replace("*", " ").split()))
    if BLANK_DATE.search(f):
        return Deadline(raw, None)
    f = within(_HALVES_SPAN.sub(r"ca nam\1", _YEARS_SPAN.sub(r"nam \1 - \2", f)))  # "Năm 2026 - Năm 2027" (31C)
    f = _NEXT_YEAR.sub(f"nam {plan_year + 1}", f)
    f = years_as_written(_DM_YEAR.sub(r"\1/\2/\3", _DATE_IN_WORDS.sub(_as_figures, words_as_figures(f))))
    f = _LIST_YEAR.sub(_list_year, _DASH_YEAR.sub(r"\1/\2", _EARLY_YEAR.sub(r"\1 \2", f)))
    f = narrowed(_span_end(f, plan_year))
    if not f or LUNAR_MONTH.search(f):
        return Deadline(raw, None)
    d = _until(raw, f, plan_year) or _read(raw, f, plan_year)
    if d.due is not None and d.recurrence is Recurrence.NONE and not _P_UPKEEP.search(f) and (
            _P_YEARLY_ANY.search(f) or (_P_STANDING.match(f) or _P_STANDING_AFTER.search(f))
            and (d.due.month, d.due.day) == (12, 31)):
        # "Thường xuyên từ tháng 10/2026 đến hết năm": standing work to its year's end, as "Thường xuyên" (27D)
        return Deadline(raw, d.due, Recurrence.YEARLY)
    if d.recurrence in (Recurrence.MONTHLY, Recurrence.QUARTERLY):
        folded = _TOI.sub("den", " ".join(fold(_nfkc(raw)).replace("*", " ").split()))  # years and words read (28C)
        end = _recurring_end(raw, years_as_written(_NEXT_YEAR.sub(f"nam {plan_year + 1}", folded)), plan_year)
        if end is not None:
            return Deadline(raw, end, d.recurrence)
    return d


# Monthly or quarterly work whose end is written: "Hằng tháng đến tháng 6/2026", "Hằng quý năm 2027", "Hằng tháng từ
# tháng 1 đến tháng 6", "Hằng tháng giai đoạn 2026 - 2027" ran to 31/12 of the plan's year whatever the end written
# (round 22C). Only an end counts: "Hằng tháng, từ 01/7/2026" (a start), "Ngày 20 hằng tháng" (the day) still run to
# the plan's year's end.
_EVERY_WORDS = re.compile(r"\bhang\s+(?:thang|quy)\b")
_END_WRITTEN = re.compile(r"\bden\b|\bnam\s+\d{4}|\d{4}\s*(?:-|–|—)\s*\d{4}")


def _recurring_end(raw: str, folded: str, plan_year: int) -> dt.date | None:
    rest = _BARE_YEAR.sub(r"nam \1", " ".join(_EVERY_WORDS.sub(" ", folded).split()))  # "Hằng quý 2027" (27C)
    reduced = _span_end(_LIST_LAST.sub(lambda m: f"{m.group(1)} {m.group(3).split()[-1].lstrip(',;-–—')}", rest),
                        plan_year)
    if not reduced or not (_END_WRITTEN.search(rest) or reduced != rest):
        return None
    try:
        d = _until(raw, reduced, plan_year) or _read(raw, reduced, plan_year)
    except (ValueError, OverflowError):  # "Hằng tháng năm 99999": the work is still monthly, to the plan's year's end
        return None
    ok = d.due is not None and d.recurrence is Recurrence.NONE and year_ok(d.due.year)
    return d.due if ok else None


# "Từ <start> đến (hết|cuối) <end>" whose two ends are written differently: due at the end. Round 16: "Từ ngày
# 01/3/2026 đến hết năm 2026" was due 01/3/2026, "Từ quý II đến tháng 9" 30/6, "Từ 15/6 đến hết tháng 9" 15/6 — the
# spans of one unit having been read at their end since round 14, these still were at their start.
_UNTIL = re.compile(r"\bden\s+(?:(?:het|cuoi)\s+)?")
_FROM = re.compile(r"(?:^|[\s,(])tu\s")
_TO_END_OF_YEAR = re.compile(r"^nam\b(?!\s*\d)")
# A start that is nothing but a time, with no "Từ": "Tháng 3 - 2026 đến tháng 6 - 2026" was due 31/3 (round 21).
_BARE_START = re.compile(r"^\s*(?:thang\s+\d{1,2}|quy\s+(?:iv|iii|ii|i|[1-4])|(?:ngay\s+)?" + _DATE + r")(?:"
                         + _Y + r")?\s*$")


# "Từ tháng 3/2026 đến 2027": the year alone after "đến" is that year's end, as "đến năm 2027" is; the start was taken
# for the due date (round 22C).
_BARE_YEAR = re.compile(r"^(\d{4})\b(?!\s*[-/–—])")


def _until(raw: str, f: str, plan_year: int) -> Deadline | None:
    m = _UNTIL.search(f)
    if m is None or m.start() == 0:
        return None
    if not _FROM.search(f[:m.start()]) and not _BARE_START.match(f[:m.start()]):
        return None  # "Hoàn thành trước 30/6, duy trì đến hết năm": due 29/6, what follows is no end of it
    start = _read(raw, f[:m.start()], plan_year)
    rest = _BARE_YEAR.sub(r"nam \1", f[m.end():])
    if start.due is None or start.recurrence is not Recurrence.NONE or not rest:
        return None
    if _TO_END_OF_YEAR.match(rest) and f[m.start():m.end()].strip() != "den":  # "đến hết năm", "đến cuối năm"
        return Deadline(raw, dt.date(start.due.year, 12, 31))
    for year in (start.due.year, start.due.year + 1):  # no year written after "đến": the start's, or the next
        end = _read(raw, rest, year)
        if end.due is not None and end.recurrence is Recurrence.NONE and end.due >= start.due:
            return Deadline(raw, end.due)
        if re.search(r"\d{4}", rest):
            break
    return None


def _before(raw: str, start: dt.date, plan_year: int, *, written: bool) -> Deadline:
    """Due the day before `start`; with no year written, a day before the plan's year is asked ("Trước quý I" of a
    2026 plan was due 31/12/2025, overdue the day the plan was imported: round 23B)."""
    due = start - dt.timedelta(days=1)
    return Deadline(raw, None if not written and due.year < plan_year else due)


def _read(raw: str, f: str, plan_year: int) -> Deadline:
    """The due date of the folded text `f` (a span already read as its end)."""
    upkeep = _P_UPKEEP.search(f)
    if upkeep and upkeep.start() > 0:
        deadline = _read(raw, f[:upkeep.start()], plan_year)
        if deadline.due is not None and deadline.recurrence is Recurrence.NONE:
            return deadline
    # "Thường xuyên từ tháng 10/2026": standing work from October on, as "Hằng tháng từ …" is (round 27D); a span
    # read as its end ("… từ tháng 3 đến tháng 6") keeps it
    m = _P_STANDING_FROM.match(f)
    if m and not _P_SPAN_WORDS.search(fold(raw)):
        start = _read(raw, m.group(1), plan_year).due
        return Deadline(raw, dt.date(max(plan_year, start.year if start else 0), 12, 31), Recurrence.YEARLY)
    for pattern, every in ((_P_QUARTERLY, Recurrence.QUARTERLY), (_P_MONTHLY, Recurrence.MONTHLY)):
        if pattern.search(f):
            half = _P_HALF.search(f)  # "Hằng tháng 6 tháng đầu năm": until 30/6, not 31/12
            last = dt.date(_year(half.group(1), plan_year), 6, 30) if half else dt.date(plan_year, 12, 31)
            bound = _P_EVERY_UNTIL.search(f)
            if bound and not half:
                try:  # "Hằng quý đến quý I/99999" made the whole deadline not understood (round 22C)
                    end = _read(raw, bound.group(1), plan_year).due
                except (ValueError, OverflowError):
                    end = None
                last = end if end is not None and year_ok(end.year) else last
            return Deadline(raw, last, every)

    m = _P_BEFORE_DATE.search(f)
    if m:
        d = _safe_date(_year(m.group(3), plan_year), int(m.group(2)), int(m.group(1)))
        if d:
            return Deadline(raw, d - dt.timedelta(days=1))
    m = _P_BEFORE_MONTH.search(f)
    if m:
        month, year = int(m.group(1)), _year(m.group(2), plan_year)
        if 1 <= month <= 12:
            return _before(raw, dt.date(year, month, 1), plan_year, written=bool(m.group(2)))
    m = _P_BEFORE_QUARTER.search(f)
    if m:
        first = dt.date(_year(m.group(2), plan_year), 3 * _ROMAN_Q[m.group(1)] - 2, 1)
        return _before(raw, first, plan_year, written=bool(m.group(2)))
    m = _P_BEFORE_YEAR.search(f)
    if m:
        return Deadline(raw, dt.date(int(m.group(1)) - 1, 12, 31))
    m = _P_QUARTER.search(f)
    if m and _P_PART_OF_UNIT.search(f[:m.start()]):
        return Deadline(raw, None)
    if m:
        return Deadline(raw, quarter_end(_year(m.group(2), plan_year), _ROMAN_Q[m.group(1)]))
    m = _P_HALF.search(f)
    if m:
        return Deadline(raw, dt.date(_year(m.group(1), plan_year), 6, 30))
    m = _P_DATE.search(f)
    if m:
        d = _safe_date(_year(m.group(3), plan_year), int(m.group(2)), int(m.group(1)))
        if d:
            return Deadline(raw, d)
    m = _P_MONTH.search(f)
    if m and _P_PART_OF_UNIT.search(f[:m.start()]):
        return Deadline(raw, None)
    if m:
        month = int(m.group(1))
        if 1 <= month <= 12:
            return Deadline(raw, month_end(_year(m.group(2), plan_year), month))
    if _P_RECURRING.search(f):
        return Deadline(raw, dt.date(plan_year, 12, 31), Recurrence.YEARLY)
    m = _P_YEARS.search(f)
    if m and 0 < int(m.group(2)) - int(m.group(1)) <= _MAX_YEARS_SPAN:
        return Deadline(raw, dt.date(int(m.group(2)), 12, 31))
    m = _P_NINE_MONTHS.match(f)
    if m:
        return Deadline(raw, dt.date(_year(m.group(1), plan_year), 9, 30))
    if _P_THIS_YEAR.match(f):
        return Deadline(raw, dt.date(plan_year, 12, 31))
    m = _P_YEAR.search(f)
    if m and _P_PART_OF.search(f[:m.start()]):
        return Deadline(raw, None)  # "Đầu năm 2027" was due 31/12/2027, a year late; asked, as "Đầu năm" is (round 24D)
    if m:
        # "Năm 2018 và các năm tiếp theo": due that year, then every year.
        rec = Recurrence.YEARLY if "nam tiep theo" in f else Recurrence.NONE
        return Deadline(raw, dt.date(int(m.group(1)), 12, 31), rec)
    return Deadline(raw, None)


def parse_deadline(text: str | None, plan_year: int) -> Deadline:
    """As _parse reads it; a date in a year outside 2000–2100 ("Quý I/99999", "Năm 1999") is one not
    understood: the preview then asks for the date rather than store 31/03/9999."""
    try:
        d = _parse(text, plan_year)
    except (ValueError, OverflowError):  # a year no calendar holds
        return Deadline(" ".join(str(text or "").split()), None)
    if d.due is not None and not year_ok(d.due.year):
        return Deadline(d.text, None)
    return d

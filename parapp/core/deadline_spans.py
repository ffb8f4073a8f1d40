"""Spans of months, quarters and dates in a plan's deadline ("Tháng 6 - 9/2026", "Quý IV/2026 - Quý I", "Từ 01/12/2026
đến 31/01"): the work is due at the span's end. Split from deadline_text, which reads the rest of a deadline."""

from __future__ import annotations

import re

ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def year_of(raw: str | None, default: int) -> int:
    """A year as written ("2027", or "27" for 2027), else `default`."""
    if not raw:
        return default
    y = int(raw)
    return y + 2000 if y < 100 else y


# A span of time: the work is due at its end. Round 14: "Tháng 6 - 9/2026" was due 30/6 (its start), "Từ 01/3 đến
# 30/6/2026" 01/3, and "Tháng 9-10/2026" 30/09/2010 ("-10" read as the year, as in "Tháng 9-26"). A list ("Tháng 3, 6,
# 9, 12", "15/6 và 15/12": a report due in each) is not a span: its first is the next due, as before.
# Round 15: a span across the new year ("Tháng 12/2025 - 2/2026", "Từ tháng 10/2026 đến tháng 3/2027") and one "đến
# hết tháng 6" were still due at their start, the first overdue the day a 2026 plan was imported; "Quý IV/2026 - Quý
# I" was due 31/3/2026, before it began.
_TO = r"\s*(?:-|–|—|\bden\b(?:\s+(?:het|cuoi)\b)?)\s*"
_IN_YEAR = r"(?:\s*/\s*|\s+nam\s+)"
_MONTHS = re.compile(r"\bthang\s+(\d{1,2})(?:" + _IN_YEAR + r"(\d{4}))?" + _TO
                     + r"(?:thang\s+)?(\d{1,2})(?!\d)(?!\s*/\s*\d{1,2}\s*/)(?=(?:" + _IN_YEAR + r"(\d{4}|\d{2})\b)?)")
_TO_YEAR_END = re.compile(r"\bthang\s+\d{1,2}(?:" + _IN_YEAR + r"(\d{4}))?\s*(?:-|–|—|\bden\b)\s*(?:het|cuoi)\s+nam\b"
                          r"(?:\s+(\d{4}))?")
_QUARTERS = re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4])(?:" + _IN_YEAR + r"(\d{4}))?" + _TO
                       + r"(?:quy\s+)?(iv|iii|ii|i|[1-4])\b(?=(?:" + _IN_YEAR + r"(\d{4}|\d{2})\b)?)")
_DATES = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}|\d{2}))?" + _TO
                    + r"(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}|\d{2})\b)?(?!\s*/)")


def span_end(f: str, plan_year: int) -> str:
    """The end of a span of months, quarters or dates, in place of the span (folded text). One that ends in a month
    before it starts ends in the next year: "Tháng 11 - 2" of a 2026 plan is due 28/02/2027."""
    def span(unit: str, first: int, last: int, m: re.Match) -> str:
        """The span's end ("thang 9", "quy i/2027"), or the span as written when it is none (it ends before it
        starts: "Quý IV/2026 - Quý I" is due 31/3/2027, not 31/3/2026)."""
        if m.group(4):  # the end's year is written after it, and stays there
            end = year_of(m.group(4), 0)
            start = int(m.group(2)) if m.group(2) else (end if first < last else end - 1)
        elif m.group(2):  # "Tháng 12/2025 - 2": the end in the next year
            start = int(m.group(2))
            end = start if first < last else start + 1
        else:
            start, end = plan_year, plan_year if first < last else plan_year + 1
        if not (start, first) < (end, last) or end - start > 1:
            return m.group(0)  # not a span
        return f"{unit} {m.group(3)}" + ("" if m.group(4) or not (m.group(2) or end != start) else f"/{end}")

    def months(m: re.Match) -> str:
        first, last = int(m.group(1)), int(m.group(3))
        return span("thang", first, last, m) if 1 <= first <= 12 and 1 <= last <= 12 else m.group(0)

    def quarters(m: re.Match) -> str:
        return span("quy", ROMAN_Q[m.group(1)], ROMAN_Q[m.group(3)], m)

    def year_end(m: re.Match) -> str:  # "Từ tháng 3 đến hết năm 2026"
        year = m.group(2) or m.group(1)
        return f"thang 12/{year}" if year else "thang 12"

    f = _TO_YEAR_END.sub(year_end, f)
    for _ in range(12):  # one pair at a time ("Tháng 3 - 6 - 9"), bounded
        shorter = _QUARTERS.sub(quarters, _MONTHS.sub(months, f))
        if shorter == f:
            break
        f = shorter
    def dates(m: re.Match) -> str:  # "Từ 01/12/2026 đến 31/01": 31/01/2027
        if m.group(6):
            return f"{m.group(4)}/{m.group(5)}/{m.group(6)}"
        start_year = year_of(m.group(3), plan_year)
        later = (int(m.group(5)), int(m.group(4))) < (int(m.group(2)), int(m.group(1)))
        return f"{m.group(4)}/{m.group(5)}/{start_year + 1 if later else start_year}"

    return _DATES.sub(dates, f)

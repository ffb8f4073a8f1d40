"""Ways a plan writes a deadline's year that the deadline reader (deadline_text) takes once written its own way.

Round 26C: in a 2026 plan "Tháng 01.2027" and "Quý I.2027" were due 31/1/2026 and 31/3/2026 (the year after the dot
dropped, the plan's taken: overdue on import, a year early); "15.3.2027" and "15-3-2027" had no due date; and
"15/3 và 15/9/2027" was due 15/3/2026, the year written once after a list of dates given to the last date alone
(round 25C gave it to lists of months and quarters)."""

from __future__ import annotations

import re

# "15.3.2027", "15-03-2027": a date with its parts joined by dots or dashes, the same sign twice; "Tháng 3-6-2027"
# (months 3 to 6) is no date.
_DMY = re.compile(r"(?<![\d/.\-])(?<!thang )(?<!quy )(\d{1,2})([.\-])(\d{1,2})\2(\d{4})\b")
# "Tháng 01.2027", "Quý I.2027", "Quý I, II. 2027": the year after a dot, as after "/"
_DOT_YEAR = re.compile(r"\b(iv|iii|ii|i|\d{1,2})\s*\.\s*(\d{4})\b")
# "15/3 và 15/9/2027", "15/3, 15/6, 15/9 và 15/12/2027": the year written after the list is its first date's too
_NO_YEAR = r"(?!\d|\s*/)"
_SEP = r"\s*(?:,|;|\bva\b)\s*(?:ngay\s+)?"
_DM = r"\d{1,2}\s*/\s*\d{1,2}"
_DATE_LIST_YEAR = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})" + _NO_YEAR + r"((?:" + _SEP + _DM
                             + _NO_YEAR + r")*" + _SEP + r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b)")


def _date_list_year(m: re.Match) -> str:
    year = int(m.group(6))
    first, last = (int(m.group(2)), int(m.group(1))), (int(m.group(5)), int(m.group(4)))
    # a list crossing the year ("15/12 và 15/01/2027") begins in the year before
    return f"{m.group(1)}/{m.group(2)}/{year - 1 if first > last else year}{m.group(3)}"


def years_as_written(f: str) -> str:
    """The folded deadline `f` with those years written after "/"."""
    f = _DOT_YEAR.sub(r"\1/\2", _DMY.sub(r"\1/\3/\4", f))
    return _DATE_LIST_YEAR.sub(_date_list_year, f)

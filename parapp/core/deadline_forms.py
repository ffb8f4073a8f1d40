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
# "Quý IV 2027", "Tháng 6 2027", "Quý II, 2027": the year after a space or a comma, as after "/" (round 27C: due in
# the plan's year, a year early)
# "Quý I, II 2027", "Ngày 15 tháng 6 2027" ("15/6 2027") too
_Q = r"(?:iv|iii|ii|i|[1-4])\b"
_UNIT = (r"\b(quy\s+" + _Q + r"(?:\s*(?:,|va|[-–—])\s*" + _Q + r")*"
         r"|thang\s+\d{1,2}\b(?:\s*(?:,|va|[-–—])\s*\d{1,2}\b)*"
         r"|(?<![\d/])\d{1,2}\s*/\s*\d{1,2})")
_SPACE_YEAR = re.compile(_UNIT + r"(?:\s*,\s*|\s+)(\d{4})\b(?!\s*[/.\-–—]\s*\d)")
# Round 28C: "Quý II (2027)", "Tháng 6 (2027)": the year in brackets was dropped, due in the plan's year
_BRACKET_YEAR = re.compile(_UNIT + r"\s*\(\s*(\d{4})\s*\)")
# "15/3 và 15/9/2027", "15/3, 15/6, 15/9 và 15/12/2027": the year written after the list is its first date's too
# (a dozen dates at most: unbounded, "15/3, "×5000 took seconds)
_NO_YEAR = r"(?!\d|\s*/)"
_SEP = r"\s*(?:,|;|\bva\b)\s*(?:ngay\s+)?"
_DM = r"\d{1,2}\s*/\s*\d{1,2}"
_DATE_LIST_YEAR = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})" + _NO_YEAR + r"((?:" + _SEP + _DM
                             + _NO_YEAR + r"){0,11}" + _SEP + r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b)")


def _date_list_year(m: re.Match) -> str:
    year = int(m.group(6))
    first, last = (int(m.group(2)), int(m.group(1))), (int(m.group(5)), int(m.group(4)))
    # a list crossing the year ("15/12 và 15/01/2027") begins in the year before
    return f"{m.group(1)}/{m.group(2)}/{year - 1 if first > last else year}{m.group(3)}"


# "Tháng Sáu năm 2027", "Quý Hai/2027", "Sáu tháng đầu năm" in words: due 31/12/2027 (the year alone read) or asked.
# Only where a month stands, before a year or the text's end: "Hằng tháng từ tháng 3" is no "tháng Tư".
_MONTH_WORDS = {"hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
                "muoi": 10, "muoi mot": 11, "muoi hai": 12}
_QUARTER_WORDS = {"mot": "i", "nhat": "i", "hai": "ii", "ba": "iii", "bon": "iv", "tu": "iv"}
# Round 27C: also before a year after a space ("Tháng Sáu 2027"); "Tháng Năm" (May) before a year or at the end, but
# not in "hằng tháng năm 2027" (monthly in 2027): it was yearly work due 31/12, "Tháng Năm 2027" due 31/12/2027.
# Round 28C: and before "hằng năm" ("Tháng Sáu hằng năm" was yearly work due 31/12, "Tháng 6 hằng năm" 30/6)
_AFTER = r"(?=\s*(?:$|/\s*\d|[,;)\-–—]|nam\s+(?:\d{4}|sau|toi)\b|va\b|den\b|\d{4}\b|hang\s+nam\b|\(\s*\d{4}\s*\)))"
_MONTH_WORD = re.compile(r"\bthang\s+(muoi\s+mot|muoi\s+hai|hai|ba|tu|bon|nam(?=\s*(?:/\s*\d|nam\s+\d))"
                         r"|(?<!hang thang )(?<!hng thang )(?<!moi thang )(?<!\d thang )(?<!sau thang )(?<!chin thang )"
                         r"(?<!ba thang )(?<!ngay thang )(?<!cac thang )(?<!nhung thang )"  # not "ngày tháng năm"
                         r"nam(?=\s*(?:\d{4}|$|[,;]|va\b|hang\s+nam\b|\(\s*\d{4}\s*\)))"  # 28C: "Tháng Năm, tháng Mười"
                         r"|sau|bay|tam|chin|muoi)\b" + _AFTER)
_QUARTER_WORD = re.compile(r"\bquy\s+(mot|nhat|hai|ba|bon|tu)\b" + _AFTER)
# Round 28C: after a day, May is May: "Ngày 15 tháng Năm 2027" was due 31/12/2027 ("15 tháng năm" taken for a count)
_DAY_MAY = re.compile(r"((?:\b(?:ngay|truoc|den|han(?:\s+chot)?|cham\s+nhat)\s+(?:ngay\s+)?\d{1,2}"
                      r"|^(?:1[3-9]|2\d|3[01]))\s+thang\s+)nam"  # at the start, only a day no count of months is
                      r"(?=\s*(?:\d{4}\b|$|[,;)]|va\b|den\b|hang\s+nam\b|\(\s*\d{4}\s*\)))")
# "Ngày    tháng    năm 2027", "Ngày ... tháng ... năm 2027": a date form left blank (it was due 31/5/2027): asked
BLANK_DATE = re.compile(r"\bngay\s*[._…]*\s*thang\s*[._…]*\s*nam\b")
# "Tháng Giêng", "tháng Chạp" name the lunar year's first and last months as often as January and December: asked.
LUNAR_MONTH = re.compile(r"\bthang\s+(?:gieng|chap)\b")
_PART_WORD = re.compile(r"\b(sau|chin)(\s+thang\s+(?:dau|cuoi)\s+nam)\b")


# Each form and its figures; the figures importer reads a period written in words with them (round 27C)
WORD_FORMS = (
    (_DAY_MAY, lambda m: f"{m.group(1)}5"),
    (_MONTH_WORD, lambda m: f"thang {_MONTH_WORDS[' '.join(m.group(1).split())]}"),
    (_QUARTER_WORD, lambda m: f"quy {_QUARTER_WORDS[m.group(1)]}"),
    (_PART_WORD, lambda m: ("6" if m.group(1) == "sau" else "9") + m.group(2)),
)


def words_as_figures(f: str) -> str:
    """The folded deadline `f` with months and quarters in words as figures ("ngày 15 tháng Sáu năm 2027": the day
    was dropped, due 30/6, round 27C)."""
    for pattern, figures in WORD_FORMS:
        f = pattern.sub(figures, f)
    return f


def years_as_written(f: str) -> str:
    """The folded deadline `f` with those years written after "/", and months and quarters in words as figures."""
    f = _BRACKET_YEAR.sub(r"\1/\2", f)
    f = _SPACE_YEAR.sub(r"\1/\2", _DOT_YEAR.sub(r"\1/\2", _DMY.sub(r"\1/\3/\4", words_as_figures(f))))
    return _DATE_LIST_YEAR.sub(_date_list_year, f)


# "Quý I/2027 (trước ngày 25/3)", "Tháng 01/2027 (trước ngày 20/01)", "Năm 2027 (trước 30/11)": the day that narrows
# a quarter, a month or a year written with its year is of that year. In a 2026 plan they were due 24/3/2026,
# 19/01/2026, 29/11/2026 (round 26C). Only a day inside that quarter or month, and only when no other year is written:
# "Trước ngày 15/3 (báo cáo năm 2026)" is not narrowed.
_UNIT_YEAR = re.compile(r"\b(?:quy\s+(iv|iii|ii|i|[1-4])|thang\s+(\d{1,2}))\s*/\s*(\d{4})\b|^(?:trong\s+|ca\s+)?nam\s+"
                        r"(\d{4})\b")
_BARE_DM = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?!\s*/|\d)")
_QUARTER_OF = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# Round 29C: a quarter or a month after the year it is of, "Năm 2027 (Quý II)", "Năm 2027, tháng 6": due in the plan's
# year (30/6/2026 in a 2026 plan), a year early
_BARE_UNIT = re.compile(r"\b(quy\s+(?:iv|iii|ii|i|[1-4])|thang\s+\d{1,2})\b(?!\s*/|\s*(?:nam\s+)?\d)")
_BARE_PART = re.compile(r"\b(\d{1,2}\s+thang\s+(?:dau|cuoi)\s+nam)\b(?!\s*\d)")  # "Năm 2027 (6 tháng đầu năm)"


def narrowed(f: str) -> str:
    """The folded deadline `f` with such a day (or a quarter or month after "Năm 2027") given the year written."""
    unit = _UNIT_YEAR.search(f)
    if unit is None or len(set(re.findall(r"(?<!\d)\d{4}(?!\d)", f))) != 1:
        return f
    year = unit.group(3) or unit.group(4)
    if unit.group(4):
        f = _BARE_PART.sub(rf"\1 {year}", _BARE_UNIT.sub(rf"\1/{year}", f))

    def add(m: re.Match) -> str:
        month = int(m.group(2))
        inside = (unit.group(4) or (unit.group(1) and (month + 2) // 3 == _QUARTER_OF[unit.group(1)])
                  or (unit.group(2) and int(unit.group(2)) == month))
        return f"{m.group(1)}/{m.group(2)}/{year}" if inside else m.group(0)

    return _BARE_DM.sub(add, f)


# Round 33C: a grid's words in brackets after the period they are written under (32C) naming a day of that month or a
# month of that quarter: "Tháng 6 (Ngày 20)", "Tháng 3 (trước ngày 15)", "Quý I (Tháng 2), Quý III (Tháng 8)" were due
# at the period's end (30/6, 31/3, 31/3), up to two months after the day the plan set. A bare "(1)" is no day: a
# footnote's mark as a paste writes it.
_WITHIN = re.compile(r"\b(?:thang\s+(\d{1,2})|quy\s+(iv|iii|ii|i|[1-4]))(\s*/\s*\d{4})?\s*\(\s*(truoc\s+)?"
                     r"(?:(?<=truoc )(?:ngay\s+)?(\d{1,2})|ngay\s+(\d{1,2})|thang\s+(\d{1,2}))\s*\)")


def within(f: str) -> str:
    """The folded deadline `f` with such a day or month read as the date it names."""
    def as_date(m: re.Match) -> str:
        year, before = (m.group(3) or "").replace(" ", ""), m.group(4) or ""
        day = m.group(5) or m.group(6)
        if m.group(1) and day and 1 <= int(day) <= 31:
            return f"{before}{int(day)}/{int(m.group(1))}{year}"
        if m.group(2) and m.group(7) and (int(m.group(7)) + 2) // 3 == _QUARTER_OF[m.group(2)]:
            return f"{before}thang {int(m.group(7))}{year}"
        return m.group(0)
    return _WITHIN.sub(as_date, f)

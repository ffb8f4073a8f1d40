"""Which figures of a statistics table's rows add up to the commune's.

A table is often grouped and broken down: "I | TTHC cấp xã" over "1 | Hộ tịch", itself over "- Khai sinh", "- Khai
tử" (or 1.1, 1.2, a), b)). A row's figure already holds those of the rows under it: adding both counted them twice.
Where a row leaves a column empty, the rows under it hold that figure. Round 17B: 9 late dossiers were stored where
the table held 7 (parts added to their field), and 0 where a group row "I" left "Quá hạn" empty, its fields' 7 and a
second group's fields all left out, exit 0.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from parapp.core.figures_entry import parse_number
from parapp.core.figures_header import HeaderColumn
from parapp.core.figures_period import find_period
from parapp.core.importing import sources
from parapp.core.importing.model import Carried
from parapp.core.vntext import fold

# "Tổng số hồ sơ" too (round 19B: read as one more field, every figure stored twice), and "Tổng số hồ sơ tiếp nhận",
# "… đã giải quyết", "… trong kỳ", "Tổng số hồ sơ, trong đó:" (round 20B: the same); "… trực tuyến" is a part of it.
# Round 30D: "Toàn xã" / "Cả xã" alone (the commune as a whole) too, added as a field, every figure stored twice.
# "Tổng cộng cấp xã", "Tổng số TTHC", "Tổng số trong kỳ" and a footnote's mark ("Tổng cộng*", "Tổng cộng¹") too.
# Not "Cộng chung": folded it is "Công chứng", a field (round 31D: taken for the total, the other fields dropped).
TOTAL_LABEL = re.compile(r"^((tong cong|tong so|tong|cong(?! chung))(\s+(toan xa|chung|ca xa|cap xa|xa|cac linh vuc"
                         r"|trong ky|tthc|thu tuc hanh chinh|ho so( tthc| thu tuc hanh chinh)?"
                         r"( (da )?(tiep nhan|giai quyet|trong ky))?))?|toan xa|ca xa)"
                         r"\s*(,?\s*(trong do|gom|bao gom|chia ra)\b|[:.(*\u00b9\u00b2\u00b3\u2070-\u207e]|$)")
# A group's subtotal: "Cộng I", "Cộng mục I", "Tổng (II)", "Cộng lĩnh vực A:" (round 28D: added as a field, every figure
# counted twice). Not "Cộng (I + II)", the grand total.
SUBTOTAL_LABEL = re.compile(r"^(tong cong|tong|cong)(\s+(muc|linh vuc|nhom|phan))?\s*\(?\s*([ivxlc]{1,6}|[a-d]"
                            r"|\d{1,3}(\.\d{1,3}){0,3})\s*\)?\s*[:.]?\s*$")
# Round 29D: "Cộng 1" under field 1's parts (nested) was a field, its parts counted twice; "Cộng I+II", "Tổng I + II",
# "Cộng I, II" (the groups added up, without brackets) a field too, every figure stored twice; "I | Cộng" (the group's
# mark in the number column) a field as well.
GRAND_OF_GROUPS = re.compile(r"^(tong cong|tong|cong)\s*\(?\s*([ivxlc]{1,6}|[a-d])"
                             r"(\s*(\+|,|va|&)\s*([ivxlc]{1,6}|[a-d]))+\s*\)?\s*[:.]?\s*$")
# A page's subtotal, carried to the next: "Cộng trang", "Cộng chuyển trang sau", "Cộng trang trước chuyển sang" (round
# 29D: a field without a grand total, every figure of the page counted twice).
PAGE_TOTAL = re.compile(r"^(cong|tong)( so)?( (chuyen|mang))?( sang| qua)? trang( (truoc|sau|nay))?"
                        r"( (chuyen|mang) (sang|qua))?\s*[:.]?$")
_GROUP_MARK = re.compile(r"^([ivxlc]{1,6}|[a-d])[.)]?\s+")
_ROMAN = re.compile(r"^[ivxlc]+\.?$")
_TOP = re.compile(r"^\d{1,3}\.?$")
_SUB = re.compile(r"^\d{1,3}(?:\.\d{1,3}){1,4}\.?$")
# "a)", "a.", and "a/" (as Vietnamese documents letter their points), "(a)", "ii)" (round 30D: fields, counted twice)
_LETTER = re.compile(r"^([a-zđ]|[ivx]{1,4})[)./]$|^\([a-zđ]\)$")
_DAY_MONTH = re.compile(r"^\d{1,2}/\d{1,2}(/\d{4})?$")  # with the year too: the default date format (31D)
# Dashes and bullets: the em dash Word makes of "--", the figure dash, the minus, bullets pasted as text (round 30D).
_BULLETS = "-–—‒−+•·◦▪■●○►➢→"
_MARK = re.compile(rf"^[{_BULLETS}*]$|^[{_BULLETS}]\s")
# Round 31D: any other bullet a list pasted as text brings ("❖", "✓", "◆", "□", "⁃", "=>", "Ø" of Wingdings' arrow
# shown in a text font): a run of symbols, not letters, digits, brackets or quotes (fields, every figure counted twice).
# Round 34D: a symbol font's bullet in Unicode's private use area ("\uf0b7", "\uf0a7": a list copied from a PDF or a
# Word report into a sheet) too (fields, 25 stored for 15).
_SYMBOLS = {"Pd", "Po", "Pc", "Sm", "So", "Co"}
# nor an ellipsis ("…", "...": the rows a table leaves out, each a field of its own), a question mark, a quote
_NO_BULLET = "\"'%#&@.…?!,;:/\\"
_SYMBOL_LEAD = re.compile(r"^(\S+)\s+(?=\S)")
# A bullet typed without its space ("+Hộ tịch", "-Khai sinh", "\uf0b7Hộ tịch": round 34D, the parts counted again)
_GLUED = re.compile(r"^(\W+?)(?=[^\W\d_])")
# "1a", "1.a", "1a)", "1-1", "1.1a": a field's part printed with its number (round 31D: fields, counted twice).
_NUMBERED_PART = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}(?:\.?[a-zđ][).]?|-\d{1,3}\.?)$")
# A row's mark written at the start of its name (its number column empty, or none): a group "I. TTHC cấp xã", a part
# "- Khai sinh", "a) Khai sinh", "1.1. Khai sinh". Case tells "I." (a group) from "i)" (a part).
_MARKED_NAME = re.compile(rf"^(?:([IVXLC]{{1,6}}|[A-ZĐ](?=\.\s))\.|([{_BULLETS}*])"
                          r"|((?:[a-zđ]|[ivx]{1,4})[)./]|\([a-zđ]\))|(\d{1,3}(?:\.\d{1,3}){1,4}\.?(?=\s)))\s*(?=\S)")
_CAPITAL = re.compile(r"^[A-ZĐ]\.?$")  # "A", "B": a group, as "I", "II"
# "Trong đó:" (of which) opens a field's breakdown: it and the rows under it whose number is left empty are parts, up
# to the next numbered row (round 19B: " | Trong đó:" over " | Khai sinh", or "Trong đó: Khai sinh", were added to
# "1 | Hộ tịch" again, 4 late dossiers stored where the table held 2).
# A row's own number in the first cell, or opening it: "1", "1.2", "II", "A", "a)", "2. Đất đai". Round 20B: with no
# number column, the name there ("Khai sinh" under "Trong đó:") was taken for one, the breakdown ended, and its rows
# were counted again.
_NUMBER = re.compile(r"^(\d{1,3}(\.\d{1,3}){0,4}[.)]?|[IVXLC]{1,6}[.)]?|[A-ZĐ][.)]?|[a-zđ][./)])(\s|$)")
# "Chia ra:", "Bao gồm:", "Gồm:", "Cụ thể:", "Chia theo:" too (round 30D: the parts under them added to their field).
# Round 31D: "Trong số đó:", "Gồm có:", "Chi tiết:", "Phân ra:", "Phân theo:", "Chia theo lĩnh vực:" too.
_OPENERS = r"(chia theo|phan theo|phan loai|bao gom|gom|cu the|chi tiet)"
_OF_WHICH = re.compile(rf"^([-–+•*]\s*)?(trong (so )?do\b|(chia|phan) ra\b|{_OPENERS}\s*(:|$)"
                       rf"|{_OPENERS}\s[^:\d]{{1,30}}:)")


def _bullet(text: str) -> bool:
    """A bullet mark: symbols alone ("❖", "=>"), not a quote opening a name, or the Wingdings arrow "Ø"."""
    return text == "Ø" or bool(text) and all(unicodedata.category(ch) in _SYMBOLS and ch not in _NO_BULLET
                                             for ch in text)


def _symbol_marked(text: str) -> str | None:
    """The bullet opening a name ("❖ Khai sinh"), or None."""
    lead = _SYMBOL_LEAD.match(text)
    if lead and _bullet(lead.group(1)):
        return lead.group(1)
    glued = _GLUED.match(text)
    return glued.group(1) if glued and _bullet(glued.group(1)) else None


def _level(cells: list[str]) -> int | None:
    """How deep a row stands, from its first cell: a group (I, A), a field (1, or its name), a part (1.1, a), -).
    A mark may open the name, in the first cell or, that one empty, the next; with none there, a row whose number is
    left empty stands as a field. Round 18B: "| - Khai sinh" under "1 | Hộ tịch" was added to it again, and fields
    whose number was left empty to the group row above them (4 late dossiers stored where the table held 2)."""
    first = (cells[0] if cells else "").strip()
    if not first:
        first = cells[1].strip() if len(cells) > 1 else ""
        marked = _MARKED_NAME.match(first)
        if marked is None:
            if _symbol_marked(first) or _NUMBERED_PART.match(first.split(" ", 1)[0].lower()):
                return 8
            return None if not first or _total(fold(first)) else 1
        first = next(g for g in marked.groups() if g)
    elif _CAPITAL.match(first):
        return 0
    elif (marked := _MARKED_NAME.match(first)) and not _total(fold(first)):
        first = next(g for g in marked.groups() if g)
    elif _symbol_marked(first) or _NUMBERED_PART.match(first.split(" ", 1)[0].lower()):
        return 8
    if _CAPITAL.match(first):
        return 0  # "D. Khác" as "IV. Khác" (round 19B: "C." a Roman group, "D." its part, left out)
    if len(first) == 1 and first.islower():
        return 7  # "a", "b", "c" with no bracket: parts (round 30D: added to their field again); not "c", "i" Roman
    f = fold(first)
    if not f or _total(f):
        return None
    if _ROMAN.match(f):
        return 7 if first.islower() else 0  # "i", "ii.": a field's parts (round 31D: "ii" a group, a field lost)
    if _SUB.match(f):
        return f.rstrip(".").count(".") + 1
    if _DAY_MONTH.match(f):
        return 2  # "1.1" that Excel made 1 January, shown 1/1 (round 30D: a field, added to its own again)
    if _LETTER.match(f):
        return 7
    if _MARK.match(f) or _bullet(first):
        return 8
    return 1  # "1", or the field's name where the table has no number column


# The sum sign as the total's label: "∑", "Σ", "Σ cộng" (round 32D: a symbol, read as a bullet, the total one more row).
_SUM_SIGN = re.compile(r"^[\u2211\u03c3]\s*[:.]?\s*((cong|tong)( cong)?\s*[:.]?)?$")


def _total(label: str) -> bool:
    return bool(TOTAL_LABEL.match(label) or _SUM_SIGN.match(label) or SUBTOTAL_LABEL.match(label)
                or GRAND_OF_GROUPS.match(label) or PAGE_TOTAL.match(label))


def _subtotal(label: str) -> bool:
    """A group's subtotal: "Cộng I", "Cộng 1", or "Cộng" with the group's mark before it ("I | Cộng")."""
    mark = _GROUP_MARK.match(label)
    return bool(SUBTOTAL_LABEL.match(label) or PAGE_TOTAL.match(label) or (mark and _total(label[mark.end():])))


def totals_of(labels: list[str]) -> tuple[list[bool], list[bool]]:
    """Which rows (by their folded labels) are totals, no field, and which of those is a grand total: not a group's
    subtotal, marked ("Cộng I") or the same label under each group ("Cộng", "Cộng"). Round 28D: with subtotals and no
    grand total the largest subtotal was taken for it, the other groups' dossiers left out."""
    total = [_total(t) or _subtotal(t) for t in labels]
    said = Counter(t for t, is_total in zip(labels, total) if is_total)
    grand = [is_total and not _subtotal(t) and said[t] == 1 for t, is_total in zip(labels, total)]
    return total, grand


def without_parts(rows: list[sources.Row], counted: list[HeaderColumn]) -> list[sources.Row]:
    """`rows` with a figure left out where a row above it in its group already holds that column's figure."""
    if any(c.index == 0 for c in counted):
        return rows  # the first column holds figures ("1.250"), not the rows' numbers
    out: list[sources.Row] = []
    above: dict[int, list[str]] = {}
    of_which = False
    parts: dict[int, float] = {}  # what the rows of a "Trong đó" breakdown add up to so far
    merged = _merged_parts(rows, counted)
    deeper = _nested_bullets(rows, counted)
    last: tuple[int, str | None] = (1, None)  # the level and bullet of the row above
    same: set[int] = set()  # the rows under a breakdown bulleted as its field that add up to it: its parts
    host: tuple[int, str | None] = (1, None)  # those of the row a breakdown ("Trong đó:") stands under
    for at, (line, cells) in enumerate(rows):
        # a number merged down from the row above is no number of the row's own (round 32D: "1" over "Trong đó: Khai
        # sinh" hid the opener, the breakdown ended and each part was one more field)
        own = ["", *cells[1:]] if _carried_number(cells) else cells
        level = 8 if at in merged else _level(own)
        level = level + deeper.get(at, 0) if level == 8 else level
        name = fold(next((c.strip() for c in own[:2] if c.strip()), ""))
        # the breakdown stands under its row: one deeper than a bulleted field (round 33D: "- Hộ tịch" over "Trong đó:",
        # "+ Khai sinh", as deep as it, each part added to it again, 25 dossiers stored for 15)
        deep = max(8, host[0] + 1) if host[0] >= 8 else 8
        mark = _bullet_of(own)
        if _OF_WHICH.match(name):
            host = last if of_which is False else host
            deep = max(8, host[0] + 1) if host[0] >= 8 else 8
            of_which, level, parts = True, deep, _added({}, cells, counted)
            same = _same_bullet_parts(rows, at, host, above.get(host[0], []), counted) if host[0] >= 8 else set()
        elif level is not None and (level < 1 or (own and _NUMBER.match(own[0].strip()))):
            of_which = False  # a group, or a row with a number of its own (not a name in a table numbering none)
        elif of_which and host[0] >= 8 and level is not None and level <= host[0] and mark == host[1] \
                and at not in same:
            of_which = False  # bulleted as the field: the next field ("Trong đó: trực tuyến 6" over "- Chứng thực 3")
        elif of_which and level == 1:
            # a part while the parts still fit in the field above; past it, the next field of a table numbering none
            more = _added(parts, cells, counted)
            field = above.get(host[0] if host[0] >= 8 else 1, [])
            fits = all(parse_number(field[i]) is None or v <= (parse_number(field[i]) or 0)
                       for i, v in more.items() if i < len(field))
            of_which, level, parts = (True, deep, more) if fits else (False, level, {})
        elif of_which and level is not None and level > 1:
            parts = _added(parts, cells, counted)  # "- Khai sinh": a part, what the next unmarked row must fit beside
            level = max(level, deep) if host[0] >= 8 else level
        if level is not None and not of_which:
            last = (level, mark)
        if level is None:
            above = {}
            out.append((line, cells))
            continue
        held = {c.index for k, row in above.items() if k < level for c in counted
                if c.index < len(row) and parse_number(row[c.index]) is not None}
        above = {k: row for k, row in above.items() if k < level}
        above[level] = cells
        out.append((line, ["" if i in held else v for i, v in enumerate(cells)]))
    return out


def _same_bullet_parts(rows: list[sources.Row], at: int, host: tuple[int, str | None], field: list[str],
                       counted: list[HeaderColumn]) -> set[int]:
    """The rows after a breakdown's opener bulleted as its field ("- Hộ tịch", "Trong đó:", "- Khai sinh", "- Khai
    tử") that add up to the field's figures: its parts (round 33D: each one more field, 25 stored for 15); none where
    no run of them adds up (the next field, "- Chứng thực", after a one-line breakdown)."""
    own = _added({}, field, counted)
    sums: dict[int, float] = {}
    for k in range(at + 1, len(rows)):
        if _bullet_of(rows[k][1]) != host[1]:
            break
        sums = _added(sums, rows[k][1], counted)
        if own and any(own.values()) and all(abs(own[c] - sums.get(c, 0.0)) < 0.5 for c in own):
            return set(range(at + 1, k + 1))
    return set()


def _carried_number(cells: list[str]) -> bool:
    """The row's number cell is the one merged down from the row above, its name its own."""
    return bool(cells) and isinstance(cells[0], Carried) and bool(cells[0].strip()) \
        and not (len(cells) > 1 and isinstance(cells[1], Carried))


def _merged_parts(rows: list[sources.Row], counted: list[HeaderColumn]) -> set[int]:
    """The rows under a field whose number cell is merged down over them, where they add up to its figures: its parts
    (round 31D: "1" merged over "Hộ tịch", "Khai sinh", "Khai tử", each read as field 1, every figure counted twice).
    Rows that do not add up to it (the field's procedures, no sum above them) stay rows of their own."""
    out: set[int] = set()
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and _carried_number(rows[j][1]):
            j += 1
        first = rows[i][1]
        if j > i + 1 and first and first[0].strip() and not isinstance(first[0], Carried):
            block = _added({}, [""], counted)
            for k in range(i + 1, j):
                block = _added(block, rows[k][1], counted)
            own = _added({}, first, counted)
            if own and block and all(abs(own[c] - block.get(c, 0.0)) < 0.5 for c in own):
                out.update(range(i + 1, j))
        i = j
    return out


def _bullet_of(cells: list[str]) -> str | None:
    """The bullet opening a row ("+ Hộ tịch", "- Khai sinh", "❖"), in its first cell or, that one empty, the next."""
    first = next((c.strip() for c in cells[:2] if c.strip()), "")
    mark = first.split()[0] if first else ""
    if not (_bullet(mark) or mark in _BULLETS + "*") and (glued := _GLUED.match(mark)):
        mark = glued.group(1)
    return mark if mark and (_bullet(mark) or (len(mark) == 1 and mark in _BULLETS + "*")) else None


def _nested_bullets(rows: list[sources.Row], counted: list[HeaderColumn]) -> dict[int, int]:
    """How much deeper than a part a bulleted row stands: a run of rows opened by another bullet under a bulleted row
    whose figures they add up to ("+ Hộ tịch" over "- Khai sinh", "- Khai tử") is its parts (round 32D: a table with
    no number column bulleting fields "+" and their parts "-" counted the parts again, 25 dossiers stored for 15)."""
    marks = [_bullet_of(cells) for _, cells in rows]
    proven: set[tuple[str | None, str | None]] = set()
    for with_fits in (False, True):
        out: dict[int, int] = {}
        above: dict[int, int] = {}  # a nested row → the row it stands under
        for i in range(len(rows) - 1):
            # a bullet the row's own rows above use is theirs (round 33D: "+ Hộ tịch 6", "- Khai sinh 6", "+ Chứng
            # thực 6" nested each under the one before, deeper and deeper: 6 stored for 12, and minutes on long tables)
            mine, k = {marks[i]}, i
            while k in above:
                k = above[k]
                mine.add(marks[k])
            if marks[i] is None or marks[i + 1] is None or marks[i + 1] in mine:
                continue
            j, members = i + 1, []
            while j < len(rows) and marks[j] is not None and marks[j] not in mine:
                if marks[j] == marks[i + 1]:
                    members.append(j)  # the rows under it; others, bulleted otherwise, are theirs
                j += 1
            own = _added({}, rows[i][1], counted)
            block: dict[int, float] = {}
            for k in members:
                block = _added(block, rows[k][1], counted)
            adds = bool(own) and all(abs(own[c] - block.get(c, 0.0)) < 0.5 for c in own)
            fits = bool(own) and all(v <= own.get(c, 0.0) + 0.5 for c, v in block.items())
            # round 33D: where one run adds up, the table bullets its parts so: a run under the same bullets that fits
            # in its row is its parts too, only some named ("+ Hộ tịch" over "- Khai sinh" alone: 21 stored for 15)
            if adds and not with_fits and any(own.values()):  # a row of zeros proves nothing
                proven.add((marks[i], marks[i + 1]))
            if adds or with_fits and fits and (marks[i], marks[i + 1]) in proven:
                for k in members:
                    out[k], above[k] = out.get(i, 0) + 1, i
    return out


def _added(sums: dict[int, float], cells: list[str], counted: list[HeaderColumn]) -> dict[int, float]:
    out = dict(sums)
    for c in counted:
        v = parse_number(cells[c.index]) if c.index < len(cells) else None
        if v is not None:
            out[c.index] = out.get(c.index, 0.0) + v
    return out


def merged_once(rows: list[sources.Row], counted: list[HeaderColumn]) -> list[sources.Row]:
    """`rows` with a count merged down over several rows kept in its first row only: one figure, not one a row (round
    28D: a "Quá hạn" 4 merged over "Hộ tịch" and "Chứng thực" was added twice, 9 late dossiers stored for 5)."""
    at = {c.index for c in counted}
    return [(line, ["" if i in at and isinstance(v, Carried) else v for i, v in enumerate(cells)])
            for line, cells in rows]


def table_ends(rows: list[sources.Row]) -> int | None:
    """Where another table starts, when the same header is printed again under `rows` (round 29D: two quarters'
    tables of the same columns, one under the other, were added up: 20 dossiers stored for 15): at the line stating
    its period, or under a grand total ending the table. None: a page's header, the table goes on."""
    tail = len(rows)
    while tail > 0 and not any(c.strip() and parse_number(c) is not None for c in rows[tail - 1][1]):
        tail -= 1
    for k in range(tail, len(rows)):
        if find_period(" ".join(c for c in rows[k][1] if c.strip())):
            return k
    if tail:
        label = fold(" ".join(c for c in rows[tail - 1][1][:3] if c.strip() and parse_number(c) is None)).strip()
        if _total(label) and not _subtotal(label) and label.rstrip(":. ") != "cong":
            return len(rows)  # "Cộng" alone may be a group's subtotal, said again under each group (round 28D)
    return None

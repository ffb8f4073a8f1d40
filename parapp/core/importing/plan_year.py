"""The year a plan is for, as its file says: the date it was signed, the year its title names, or the year it names
most; and the note said when it is read into a plan of another year."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from parapp.core.importing import sources
from parapp.core.importing.plan_heading import without_year_mark
from parapp.core.messages import Msg, N_
from parapp.core.vntext import nfc, without_raised
from parapp.core.years import year_ok

# "(Kèm theo Kế hoạch số: 65 /KH-UBND, ngày 21 /8/2018 …)" under an appendix table names its own plan;
# other "Kế hoạch số …" in a text are usually plans it cites.
_PLAN_DATE = re.compile(r"k[eè]m\s+theo\s+k[eế]\s*ho[aạ]ch\s*s[oố]\D{0,6}\d+[^\n]{0,40}?"
                        r"\d{1,2}\s*/\s*(\d{1,2})\s*/\s*(\d{4})",
                        re.I)
_YEAR = re.compile(r"\b(20\d\d)\b")
_NAMED_YEAR = re.compile(r"\bn[aă]m\s+(20\d\d)\b", re.I)
# The date under the issuing body, "Ba Giang, ngày 25 tháng 12 năm 2026" (the day may be left blank for the e-office)
_SIGNED_ON = re.compile(r"ng[aà]y\s*\d{0,2}\s*th[aá]ng\s*(\d{1,2})\s*n[aă]m\s*(20\d\d)", re.I)
_HEAD = 1500  # the header block where that date stands
# A document cited by its number ("61/2018/NĐ-CP"), or a law by its year ("Luật Tổ chức chính quyền … năm 2015")
# and a standard by its version ("TCVN ISO 9001:2015", "TCVN 11041-2:2017": round 27C, a plan naming no year of its own
# was read as 2015's). The law ("pháp luật") is none: "Tuyên truyền pháp luật năm 2027" is the plan's year (44C F1: a
# task table naming 2027 only so was read as 2028's, every task a year late).
CITED = re.compile(r"\b\d+\s*/\s*20\d\d\s*/\s*[A-ZĐ]|\b(?:[Bb]ộ\s+)?(?<![Pp]háp\s)(?<!PHÁP\s)"
                   r"(?:[Ll]uật|LUẬT|Hiến\s+pháp|HIẾN\s+PHÁP)\b"
                   r"[^;\n.]{0,150}?\b[nN][ăĂ][mM]\s+20\d\d\b|\b(?:ISO|TCVN|IEC)\b[^;\n]{0,30}?\d\s*:\s*20\d\d\b")
_GROUNDS = re.compile(r"^\s*c[aă]n\s+c[uứ]\b", re.I | re.M)  # "Căn cứ …": the documents cited, after the title


def guess_year(text: str, default: int) -> int:
    """The plan's year: from "Kèm theo Kế hoạch số …, ngày …/…/YYYY", else the year most mentioned. Next year's
    plan is issued in the last months of this one ("ngày 25/12/2026" above "NHIỆM VỤ … NĂM 2027"): issued from
    October on and naming the next year at least as often as its own, it is the next year's (round 24D: read as
    2026, "Quý I" came in due 31/3/2026, every task overdue the day it was imported and counted in 2026)."""
    # "năm ２０２７" gave no year (round 28C); a footnote's raised mark after it ("NĂM 2027¹") is no digit of it (35C)
    # nor a mark copied from the signed PDF as a plain digit ("NĂM 20271", 36C)
    text = without_year_mark(unicodedata.normalize("NFKC", without_raised(nfc(text))))
    m = _PLAN_DATE.search(text)
    signed = m or _SIGNED_ON.search(text[:_HEAD])
    if signed:
        issued, month = int(signed.group(2)), int(signed.group(1))
        unsigned = _SIGNED_ON.sub(" ", text)
        # The title's year ("KẾ HOẠCH … năm 2026", the first year named under the date) is the plan's when it is the
        # year signed in, or the next one signed from October on. Round 25B: the year's own plan signed in May or in
        # October whose tasks look ahead ("Xây dựng Kế hoạch CCHC năm 2027", "Dự toán kinh phí năm 2027") was read as
        # next year's, every date a year late.
        head = unsigned[:_HEAD]
        title = _NAMED_YEAR.search(head[:g.start()] if (g := _GROUNDS.search(head)) else head)
        if title and (int(title.group(1)) == issued or (int(title.group(1)) == issued + 1 and month >= 10)):
            return int(title.group(1))
        named = Counter(int(y) for y in _NAMED_YEAR.findall(unsigned))
        if month >= 10 and named[issued + 1] and named[issued + 1] >= named[issued]:
            return issued + 1
    if m:
        return int(m.group(2))
    titled = None if signed else _title_year(text[:_HEAD])
    if titled:
        return titled
    # Round 25B: the years of documents cited are none of the plan's ("Nghị định 61/2018/NĐ-CP" cited three times in
    # a plan "NĂM 2026" made it 2018's, every task due eight years ago; "Luật … năm 2015" twice made it 2015's).
    years = Counter(int(y) for y in _YEAR.findall(CITED.sub(" ", text)))
    if not years:
        return default
    top = max(years.values())
    year = max(y for y, n in years.items() if n == top)
    if signed and not m and not issued <= year <= issued + 1 and not (
            (g := _GROUNDS.search(text)) and g.start() < signed.start()):
        # Signed under the issuing body in that year (not a date in the grounds), it is that year's plan. Round 26C:
        # "ngày 10 tháng 01 năm 2026" over grounds citing three documents of 2025 was read as 2025's, every task
        # a year overdue on import.
        return issued
    return year


OTHER_YEAR = N_("import", "Tệp ghi năm kế hoạch {0}, còn kế hoạch được chọn là năm {1}: các thời hạn được tính trong "
                          "năm {1} (“Thường xuyên” đến 31/12/{1}). Nếu chọn nhầm, hãy chọn kế hoạch năm {0} hoặc nhập "
                          "thành một kế hoạch mới.")


def other_year(notes: list, stated: int, plan_year: int) -> list:
    """The notes, with the file's own year (`stated`, 0 if it names none) said when the plan chosen is of another
    (38C: 2027's read into 2026's, unsaid), and not when it is that year's: the plan may be chosen, or the year
    changed, after the file is read (43C F5)."""
    notes = [n for n in notes if getattr(n, "template", None) != OTHER_YEAR]
    return notes + [Msg(OTHER_YEAR, stated, plan_year)] if stated and stated != plan_year and year_ok(stated) else notes


_TITLE = re.compile(r"^[\s#*_>]*(?:KẾ\s+HOẠCH|NHIỆM\s+VỤ|PHỤ\s+LỤC|DANH\s+MỤC|CHƯƠNG\s+TRÌNH)\b", re.M)
_CITING = re.compile(r"^[\s#*_>]*(?:c[aă]n\s+c[uứ]|th[uự]c\s+hi[eệ]n\s+(?:v[aă]n\s+b[aả]n|c[oô]ng\s+v[aă]n|"
                     r"k[eế]\s+ho[aạ]ch|quy[eế]t\s+[dđ][iị]nh|ch[iỉ]\s+th[iị]|ngh[iị]\s+quy[eế]t)\s+s[oố])", re.I)


def _title_year(head: str) -> int | None:
    """The year a plan's title names: "KẾ HOẠCH" and the three lines under it ("Cải cách hành chính năm 2026"), before
    the grounds it cites. Round 25B: a plan "NĂM 2026" whose grounds cite "Nghị quyết … ngày 15/7/2021 … giai đoạn
    2021-2030" and "Kế hoạch … ngày 20/01/2021" was read as 2021's, the year most mentioned."""
    t = _TITLE.search(head)
    if t is None:
        return None
    for n, line in enumerate([ln for ln in head[t.start():].splitlines() if ln.strip()][:4]):
        if _CITING.match(line) or _ITEM.match(line) or (n == 3 and len(line) > 150):
            # (a title wraps over three lines under "KẾ HOẠCH", its year on the last: round 26C, read as the year its
            # grounds cite most; a long fourth line is prose)
            break  # the grounds, or the first task ("1. Tổng kết năm 2025 – Tháng 1"): no title
        if _REMEDY.search(line):
            return None  # "khắc phục … Chỉ số CCHC năm 2025": the index assessed, its remedy's tasks a year on
        named = _NAMED_YEAR.search(line)
        if named:
            return int(named.group(1))
    return None


_ITEM = re.compile(r"^[\s#*_>]*(?:\d|[-+•–]|[IVX]+[.)]\s)")
# (the satisfaction index, "Chỉ số hài lòng" (SIPAS), is measured in the plan's own year: no remedy of a year before)
_REMEDY = re.compile(r"ch[iỉ]\s+s[oố](?!\s+h[aà]i\s+l[oò]ng)|par\s+index|kh[aắ]c\s+ph[uụ]c", re.I)


def cover_of(before: list[list[sources.Row]], text: str) -> str:
    """The first rows of the sheets before a plan table's that hold a plan's title ("KẾ HOẠCH … năm 2027" and the date
    signed), unless the table's sheet has its own title (or "Kèm theo … ngày"). Round 27C: a first sheet that was
    last year's report ("BÁO CÁO / Kết quả … năm 2025", signed 12/2025) made the 2027 plan on the next sheet 2025's.
    Round 28C: "Kèm theo … ngày 26/12/2026" gives the date signed, not the plan's year: with it the cover was left out
    and the 2027 plan read as 2026's. Only the table sheet's own title leaves the cover out now."""
    head = nfc(text)[:_HEAD]
    if _title_year(head):
        return ""
    sheets = ("\n".join("\t".join(c) for _, c in sheet[:40]) for sheet in before[:3])
    return "\n".join(t for t in sheets if _TITLE.search(t))


def with_header_tables(tables: list[list[sources.Row]], text: str,
                        above: list[sources.Row] | None = None) -> str:
    """A Word plan's text for its year, the tables above its own first: the document's header (the issuing body, "Số:
    …", "Ba Giang, ngày 25 tháng 12 năm 2026") is a borderless table of two columns. Round 25B: that date was never
    seen, and next year's plan signed in December, its "Căn cứ" naming this year, was read as this year's. Round 26C:
    so was the plan table's own title row above its header ("NHIỆM VỤ … NĂM 2027" merged across the table)."""
    tables_text = ["\n".join(" ".join(c for c in cells if c) for _, cells in rows[:6]) for rows in tables[:3]]
    # Round 27C: only the header's own tables; one of last year's results ("Kế hoạch năm 2026 | Kết quả năm 2026")
    # between the title and the plan's table stood before the title, and the plan "năm 2027" was read as 2026's.
    head = "\n".join([*(t for t in tables_text if _HEADER_TABLE.search(t) or _TITLE.search(t)),
                       *(" ".join(c for c in cells if c) for _, cells in (above or [])[:6])])
    return f"{head}\n{text}" if head else text


_HEADER_TABLE = re.compile(r"ng[aà]y\s*\d{0,2}\s*th[aá]ng|k[eè]m\s+theo|\bs[oố]\s*:|[UỦ]Y\s+BAN|UBND|C[OỘ]NG\s+H[OÒ]A",
                           re.I)

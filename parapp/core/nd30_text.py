"""Text rules of the national administrative format (Decree 30/2020, Appendix I)
that do not depend on any renderer: dates, the number line, the signer's
lines, point letters, the issuing body's two lines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parapp.core.messages import N_, ValidationError

# a, b, c, d, đ, e, g, h, … : Vietnamese alphabetical order, no f, j, w, z.
POINT_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
                 "u", "v", "x", "y"]
TYPE_SYMBOLS = {"báo cáo": "BC", "kế hoạch": "KH", "quyết định": "QĐ", "tờ trình": "TTr", "thông báo": "TB",
                "chương trình": "CTr"}
BLANK = "\u00a0" * 6  # a gap the records clerk fills by hand; no-break spaces keep its width


def vn_upper(text: str) -> str:
    return text.upper()


def day_text(day: int) -> str:
    """Days below 10 take a leading zero."""
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Months 1 and 2 take a leading zero; the others do not (ngày 29 tháng 6)."""
    return f"{month:02d}" if month <= 2 else str(month)


def place_date(place: str, d: dt.date | None, *, blank_day: bool = False, blank_month: bool = False,
               month: int | None = None, year: int | None = None) -> str:
    """'Ba Giang, ngày 05 tháng 01 năm 2024', or with the day (and month) left blank."""
    if d is None and (month is None or year is None):
        raise ValueError("a date, or a month and year, is needed")
    m = d.month if d else int(month or 0)
    y = d.year if d else year
    day = BLANK if blank_day or d is None else day_text(d.day)
    mon = BLANK if blank_month else month_text(m)
    prefix = f"{place}, " if place else ""
    return f"{prefix}ngày {day} tháng {mon} năm {y}"


def number_line(number: str | int | None, symbol: str) -> str:
    """'Số: 15/BC-UBND', 'Số: 05/BC-UBND' (below 10: a leading zero), or blank for the clerk."""
    if number in (None, ""):
        return f"Số:{BLANK}/{symbol}"
    s = str(number).strip()
    if "/" in s:  # the full number and symbol as the clerk gave it
        return f"Số: {s}"
    if s.isdigit() and int(s) < 10:
        s = f"{int(s):02d}"
    return f"Số: {s}/{symbol}"


def issuing_body_lines(commune_name: str) -> list[str]:
    """'Ủy ban nhân dân xã Ba Giang' → ['ỦY BAN NHÂN DÂN', 'XÃ BA GIANG']."""
    name = " ".join(commune_name.split())
    lower = name.lower()
    for head in ("ủy ban nhân dân", "uỷ ban nhân dân", "ubnd"):
        if lower.startswith(head):
            rest = name[len(head):].strip()
            return ["ỦY BAN NHÂN DÂN"] + ([vn_upper(rest)] if rest else [])
    return [vn_upper(name)]


def short_body(commune_name: str) -> str:
    """'Ủy ban nhân dân xã Ba Giang' → 'UBND xã Ba Giang' for the appendix line."""
    name = " ".join(commune_name.split())
    for head in ("Ủy ban nhân dân ", "Uỷ ban nhân dân ", "ỦY BAN NHÂN DÂN "):
        if name.startswith(head):
            return "UBND " + name[len(head):]
    return name


@dataclass(frozen=True)
class Signer:
    authority: list[str]   # the capitalised lines above the signature
    name: str


def signer_name(chairman: str, signer: str = "chairman") -> str:
    """Who signs: the chairman, or the vice-chairman named in "vice:<full name>"."""
    return signer[len("vice:"):].strip() if signer.startswith("vice:") else chairman


def signer_block(chairman: str, vice_chairmen: list[str], signer: str = "chairman") -> Signer:
    """TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH for the chairman signing for the committee;
    KT. CHỦ TỊCH / PHÓ CHỦ TỊCH for a vice-chairman signing in the chairman's stead.

    `signer` is "chairman" or "vice:<full name>"."""
    if signer.startswith("vice:"):
        name = signer_name(chairman, signer)
        if name not in vice_chairmen:
            raise ValidationError(
                N_("errors", "“{0}” không có trong danh sách Phó Chủ tịch. Hãy kiểm tra Thông tin của xã."), name)
        return Signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name)
    return Signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], chairman)


NBSP = "\u00a0"


_PERIOD = __import__("re").compile(
    r"(quý [IV]+ năm \d{4}|6 tháng (?:đầu|cuối) năm \d{4}|9 tháng năm \d{4}|năm \d{4})$", __import__("re").I)


def keep_last_words(text: str, n: int = 2) -> str:
    """Join a title's last words with no-break spaces, so that a line never ends it with a
    word alone ("… HÀNH / CHÍNH", "… NĂM / 2026")."""
    m = _PERIOD.search(text)
    if m:  # a period's name at the end stays on one line: "quý IV năm 2026"
        words = m.group(1).split(" ")
        if len(words) > 4:
            # "6 tháng cuối năm 2026" whole would leave a heading's first line stretched thin:
            # it may break once, between "6 tháng" and "cuối năm 2026".
            return text[:m.start()] + NBSP.join(words[:2]) + " " + NBSP.join(words[2:])
        return text[:m.start()] + m.group(1).replace(" ", NBSP)
    words = text.split(" ")
    if len(words) <= n:
        return text
    return " ".join(words[:-n]) + " " + NBSP.join(words[-n:])

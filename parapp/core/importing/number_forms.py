"""Numbers a prose plan writes other than "1." (round 40C, left by 39C): "1) Cải cách thể chế", "(1) …", "1.1) …"
from Word's list styles, "1: …", Word's circled "① …", "Một là, …", "Lĩnh vực 1: …". Each is an area's number where
the plan so numbers its areas, and an item's mark inside an area numbered otherwise or under a "1.1." heading: read as
"1." there, such items would be headings naming no area, their tasks lost."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from parapp.core.catalogue import Area, Catalogue, match_area
from parapp.core.vntext import fold

_NUMBER = r"\d{1,2}(?:\.\d{1,2}){0,3}"
_BRACKETED = re.compile(rf"^(?:\(({_NUMBER})\)|({_NUMBER})\))\s*(?=\S)(.*)$")
_COLON = re.compile(rf"^({_NUMBER})\s*:\s*(?=[^\W\d_])(.*)$")  # "1: Cải cách thể chế"; not "8: 00"
# Word's circled and bracketed digits: "①" … "⑳", "⑴", "⒈", "❶", "➀", "➊"
_CIRCLED = re.compile(r"^([\u2460-\u249b\u2776-\u2793])\s*(?=\S)(.*)$")
_AREA_WORD = re.compile(r"^lĩnh\s+vực\s+(\d{1,2})\s*[:.)\-–]\s*(?=\S)(.*)$", re.I)  # "Lĩnh vực 1: Cải cách …"
_ORDINALS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_ORDINAL = re.compile(rf"^({'|'.join(_ORDINALS)})\s+là\s*[,:]\s*(?=\S)(.*)$", re.I)  # "Một là, …", "Hai là: …"


@dataclass(frozen=True)
class Numbered:
    number: str  # "1", "1.1"
    words: str
    form: str  # how it is numbered: ")" for "1)", "()" for "(1)", ":", "①", "là" ("Một là"), "lĩnh vực"


def other_number(s: str) -> Numbered | None:
    """The number opening `s` in one of the forms read here, its words and its form; None for any other line."""
    m = _BRACKETED.match(s)
    if m:
        return Numbered(m.group(1) or m.group(2), m.group(3), "()" if m.group(1) else ")")
    if m := _COLON.match(s):
        return Numbered(m.group(1), m.group(2), ":")
    if m := _CIRCLED.match(s):
        return Numbered(str(int(unicodedata.numeric(m.group(1)))), m.group(2), "①")
    if m := _AREA_WORD.match(s):
        return Numbered(m.group(1), m.group(2), "lĩnh vực")
    if m := _ORDINAL.match(s):
        return Numbered(str(_ORDINALS.index(m.group(1).lower()) + 1), m.group(2), "là")
    return None


def heading_or_item(n: Numbered, *, inside: bool, area_form: str, names: bool, same: bool) -> str:
    """The line as the reader takes it: "1. words" (a heading), "a) words" (an item of the list it is in), or "" (as
    it came). `inside` an area (or under a post); `area_form`, how the area's heading was numbered; `names`, the words
    name an area; `same`, the area it is in."""
    sentence = len(n.words) > 150 or n.words.endswith(".") and len(n.words.split()) > 8
    heading = f"{n.number}. {n.words}"
    if n.form == "lĩnh vực":
        return heading  # says it is an area's
    if n.form == "là" and not (names and not same and not sentence):
        return f"a) {n.words}" if inside else ""  # an item of its area; "Một là, …" in the purpose's prose
    if not inside:
        # "1) Mục đích" under "I. MỤC ĐÍCH" reads as "1. Mục đích" does; a sentence so numbered is prose as it was
        return "" if sentence or "." in n.number else heading
    if n.form == area_form:
        if "." in n.number:
            return heading  # "1.1)" under "1)": numbered under the area, as "1.1." under "1."
        if names and not same and not sentence:
            return heading  # the next area: "2) Cải cách thủ tục hành chính" after "1) Cải cách thể chế"
    return f"a) {n.words}"


# a heading's or an item's number alone on its line: "II.", "1.", "1.2.", "a)", "b/", "ii)" (43C)
_LONE_MARK = re.compile(r"^(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2}){0,3}[.)]"
                        r"|(?:[a-zđ]|i{2,3}|iv|vi{1,3}|ix|xi{1,3}|xiv|xv)[.)/])$")


def marks_joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A number standing alone on its line read with the words on the next ("1." / "Cải cách thể chế"): a PDF's copy of
    Word's numbering, tab-aligned, comes out so. Round 41C: the plan was refused, its headings unseen."""
    out: list[tuple[int, str]] = []
    skip = False
    for at, (line_no, raw) in enumerate(lines):
        if skip:
            skip = False
            continue
        mark = raw.strip()
        words = lines[at + 1][1].strip() if at + 1 < len(lines) and _LONE_MARK.match(mark) else ""
        if words and not _LONE_MARK.match(words) and (words[:1].isupper() or words[:1] in "“\"("):
            out.append((line_no, f"{mark} {words}"))
            skip = True
        else:
            out.append((line_no, raw))
    return out


# A document's part numbered in Roman, whatever area its words name ("II. NHIỆM VỤ CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
_PART = re.compile(r"^(?:muc (?:dich|tieu)|yeu cau|nhiem vu|noi dung|giai phap|to chuc|kinh phi|che do|danh gia|ket qua"
                   r"|phan cong|quan diem|chi tieu|cac |mot so|tinh hinh|thuc trang|phu luc)")


def roman_area(catalogue: Catalogue, s: str) -> Area | None:
    """The area a Roman heading names ("II. Cải cách thủ tục hành chính"), not a part of the document."""
    words = s.split(".", 1)[1].strip()
    if len(words.split()) > 14 or _PART.match(fold(words)) or words.endswith((":", ";")):
        return None
    return match_area(catalogue, words)

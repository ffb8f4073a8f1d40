"""The numbers in a criteria table's first column: areas in Roman numerals
(I, II …) or plain numbers, criteria 1.1, sub-criteria 1.1.1, sub-items a), b),
and the dashes of scoring guidance.

Every criterion is known by its canonical code, the dotted Arabic form plans
use in "Mã số TCTP" (2.2.1); the label keeps what the table printed (II, 1.1).
"""

from __future__ import annotations

import re

from parapp.core.importing.par_cell import code_of
from parapp.core.vntext import clean, nfc

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN = re.compile(r"^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ARABIC = re.compile(r"^\d{1,3}(\.\d{1,3}){0,5}$")
_LETTER = re.compile(r"^([a-zđ])[)./]$|^\(([a-zđ])\)$")  # a), a., and a/ or (a) (round 30D: read as guidance)
_BULLET = re.compile(r"^[-+*•–—·o]+$")
# A code written at the start of the name cell: "1.1. Kế hoạch…", "II. CẢI CÁCH…", "2.3 Rà soát…"
# Round 33D: a dash or slash after a dotted code too ("1.2- Triển khai", "1.2/ …": read as code 1, refused "Mã 1 đã
# có"), and no code cut short before digits of its own ("1" of "1.2").
_LEADING = re.compile(r"^((?:[IVXLC]+)|(?:\d{1,3}(?:\.\d{1,3}){0,5}))"
                      r"(?:[.):](?!\d)\s*|\s*[-–—/]\s*(?=\S)|\s+(?=\S))(.*)$",
                      re.S)

ROMAN, ARABIC, LETTER, BULLET, NONE = "roman", "arabic", "letter", "bullet", "none"
COMPONENT = "component"  # "Tiêu chí thành phần 2" numbered under its criterion: that criterion's 2nd (build)
# Round 35D: "1 | Kế hoạch" over "Tiêu chí thành phần 1: …", "TCTP 2: …" read as criteria 1 and 2 beside it, refused.
_COMPONENT = re.compile(r"^(?:tiêu\s+chí\s+thành\s+phần|tctp|chỉ\s+số\s+thành\s+phần)(?:\s+số)?\s*[:.]?\s*(\d{1,2})"
                        r"(?![.,]?\d)", re.I)


def component(text: str) -> str | None:
    """The number of a component numbered without its criterion's: "2" of "Tiêu chí thành phần 2", "TCTP 2: …"."""
    m = _COMPONENT.match(nfc(clean(text)))
    return str(int(m.group(1))) if m else None
LETTERED = "lettered"  # an area lettered A, B, C, D, Đ (in a set that letters its areas: build._lettered)

# Capitals in Vietnamese order: a set lettering its areas A, B, C, D, Đ, E numbers them 1–6 (round 21; "C" was read
# as the Roman hundred and the set refused).
_VN_CAPITALS = "ABCDĐEGHIKLMNOPQRSTUVXY"
_AREA_LETTER = re.compile(r"^([A-ZĐ])[.)]?$")
_LEADING_LETTER = re.compile(r"^([A-ZĐ])[.)]\s*(\S.*)$", re.S)


def area_letter(text: str) -> str | None:
    """"B" from "B" or "B."; None for anything else."""
    m = _AREA_LETTER.match(clean(text).replace(" ", ""))
    return m.group(1) if m else None


def split_leading_letter(name: str) -> tuple[str, str] | None:
    """("B", "CẢI CÁCH THỂ CHẾ") from "B. CẢI CÁCH THỂ CHẾ"."""
    m = _LEADING_LETTER.match(clean(name))
    return (m.group(1), m.group(2).strip()) if m else None


def letter_value(letter: str) -> int:
    return _VN_CAPITALS.index(letter) + 1 if letter in _VN_CAPITALS else ord(letter) - ord("A") + 1


def roman_value(text: str) -> int | None:
    t = text.strip().rstrip(".").upper()
    if not t or not _ROMAN.match(t):
        return None
    total, prev = 0, 0
    for ch in reversed(t):
        v = _ROMAN_VALUES[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def to_roman(n: int) -> str:
    out = ""
    for v, s in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


# A footnote's mark or a bracket after a code: "1.1*", "1.1(*)", "1.1¹", "1.1)" (round 30D: no code, the criterion read
# as scoring guidance of the one above, its points gone where the groups' maxima are left to add up).
# Round 31D: a footnote numbered "1.1 (1)", "1.1*)", and a colon, semicolon, comma or dash typed after the code
# ("1.1:", "1.1 -") too; "Tiêu chí 1.1", "TC 1.1" (the word before the code, as plans write it, 30C): each was no code,
# criterion 1.1 and its points gone, not a word.
_CODE_MARK = re.compile(r"^(\d{1,3}(?:[.,]\d{1,3}){0,5}\.?)(\*+\)?|\(\*+\)|[\u00b9\u00b2\u00b3\u2070-\u207e]+|\)"
                        r"|\(\d{1,2}\)|\[\d{1,2}\])$")  # "1.1[1]": Word's footnote reference saved as HTML
_TRAILING = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){1,5})\.?[:;,\-–—]+$")  # a dotted code's: "1:" may be guidance
# A dotted code in brackets: "(1.2)", "[1.2]" (round 33D: no code, the criterion and its points gone, silent); a whole
# number in brackets, "(2)", is a numbered line of guidance.
_BRACKETED = re.compile(r"^[(\[](\d{1,3}(?:\.\d{1,3}){1,5})\.?[)\]]$")
_LEADING_BRACKETED = re.compile(r"^[(\[]\s*(\d{1,3}(?:\.\d{1,3}){1,5})\.?\s*[)\]]\s*(?=\S)")
# A footnote's mark after a dotted code opening the name cell: "1.2* Triển khai", "1.2(*) …", "1.2¹ …", "1.2[1] …"
# (round 34D: no code, the criterion read as guidance, its points gone, silent; the code column took them since 30D).
_LEADING_MARKED = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){1,5})\.?(?:\*+\)?|\(\*+\)|[\u00b9\u00b2\u00b3\u2070-\u207e]+"
                             r"|\[\d{1,2}\])[\s.:;,\-–—/]*(?=\S)")
# Points opening a line of guidance after a number typed with a dot: "1.5 điểm nếu …", "2.5/3 điểm", "1.5 đ" (round
# 34D: read as criterion 1.5, the level's points a criterion's); "1.3 Điểm tiếp nhận" (a place) is a criterion's name.
_POINTS = re.compile(r"(?:\d+(?:[.,]\d+)?\s*)?(?:điểm|đ)(?!\w)")
_COMMA_CODE = re.compile(r"^\d{1,3}(,\d{1,3}){1,5}$")  # "1,1": typed where the comma is the decimal mark


def classify(label: str) -> tuple[str, str]:
    """(kind, code as written without its trailing dot) for a first-column cell."""
    t = _TRAILING.sub(r"\1", code_of(clean(label)).replace(" ", ""))
    t = _BRACKETED.sub(r"\1", t)
    if not t:
        return NONE, ""
    if (marked := _CODE_MARK.match(t)) and (marked.group(2)[0] not in "()[" or "." in marked.group(1)
                                            or "*" in marked.group(2)):
        t = marked.group(1)  # not "1)" nor "1(2)": a numbered line of guidance
    if _COMMA_CODE.match(t.rstrip(".")):
        t = t.replace(",", ".")
    if (letter := _LETTER.match(t)) is not None:
        return LETTER, letter.group(1) or letter.group(2)
    bare = t.rstrip(".")
    if bare and roman_value(bare) is not None and bare == bare.upper():
        return ROMAN, bare
    if _ARABIC.match(bare):
        return ARABIC, ".".join(str(int(p)) for p in bare.split("."))
    if _BULLET.match(t):
        return BULLET, ""
    return NONE, ""


_NUMBERED_LETTER = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,5})\.?([a-zđ])[).]?$", re.I)


def numbered_letter(label: str) -> tuple[str, str] | None:
    """("8", "a") from "8a", "8a)", "8.a" or "8a.": a lettered sub-item printed with its criterion's number."""
    m = _NUMBERED_LETTER.match(clean(label).replace(" ", ""))
    return (".".join(str(int(p)) for p in m.group(1).split(".")), m.group(2).lower()) if m else None


def split_leading_code(name: str) -> tuple[str, str] | None:
    """("1.1", "Kế hoạch CCHC năm") from "1.1. Kế hoạch CCHC năm"; None when the
    text does not open with a code. A bare number needs its dot ("2. …"), so
    "100% hồ sơ…" or "3 cuộc kiểm tra" is not read as a code."""
    comp = component(name)
    bare = code_of(clean(name))  # "Tiêu chí 1.1. Kế hoạch", "TC 1.1: …" (round 31D: guidance, the criterion lost)
    bare = _LEADING_BRACKETED.sub(r"\1 ", bare)  # "(1.2) Triển khai"
    bare = _LEADING_MARKED.sub(r"\1 ", bare)  # "1.2* Triển khai"
    worded, name = bare != clean(name), bare
    m = _LEADING.match(name)
    if not m:
        return None
    code, rest = m.group(1), m.group(2).strip()
    if not rest:
        return None
    after = name[len(code):len(code) + 1]
    dash = name[len(code):].lstrip()[:1] in ("-", "–", "—") and comp is not None  # "TCTP 2 - Đủ …" (35D)
    if code.isdigit() and after != "." and not (worded and (after in ":)" and after or dash)):
        return None  # but "Tiêu chí 2: Báo cáo" (round 32D: guidance of the criterion above, its points gone)
    if roman_value(code) is not None and not (after in ".)" and after):
        return None  # "I" or "C" opening a sentence is a word, not a number
    if "." in code and (any(int(p) == 0 for p in code.split(".")) or after != "." and _POINTS.match(rest)):
        return None  # "0.5 điểm: ban hành chậm", "1.5 điểm nếu …": a level's points (round 34D: a criterion "1.5")
    return code, rest


def canonical(code: str) -> str:
    """The dotted Arabic code: "II" → "2", "1.01" → "1.1"."""
    kind, c = classify(code)
    if kind == ROMAN:
        return str(roman_value(c))
    return c if kind == ARABIC else clean(code)


def parent_codes(code: str) -> list[str]:
    """"2.1.3" → ["2.1", "2"]: the codes a criterion may hang under, nearest first."""
    parts = code.split(".")
    return [".".join(parts[:k]) for k in range(len(parts) - 1, 0, -1)]


def sort_key(code: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 10_000 + ord(p[0]) for p in code.split("."))


def lost_zero(before: str, code: str) -> str | None:
    """"1.10" for "1.1" printed right after "1.9" (and "1.20" for "1.2" after "1.19"): Excel keeps a code typed in a
    cell that is not text as a number, 1.10 as 1.1 (round 30D: the set refused, "Mã 1.1 đã có ở dòng trên")."""
    was, now = before.split("."), code.split(".")
    if len(now) < 2 or len(was) != len(now) or was[:-1] != now[:-1] or len(now[-1]) != 1 or not now[-1].isdigit():
        return None
    if not was[-1].isdigit() or int(was[-1]) != int(now[-1]) * 10 - 1:
        return None
    return ".".join([*now[:-1], now[-1] + "0"])

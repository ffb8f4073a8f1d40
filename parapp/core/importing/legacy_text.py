"""Vietnamese in the legacy 8-bit font encodings of old Word files.

Text typed in TCVN3 (ABC, fonts .VnTime…) or VNI (VNI-Times) fonts arrives,
once copied, as Latin-1 look-alikes: "C¸c" for "Các", "Caùc" for "Các". The
two share many bytes ("ï" is ù in TCVN3 and a tone mark in VNI), so neither
is told by its bytes alone: the text is read both ways, and the reading whose
words are real Vietnamese syllables wins ("Caùc" read as TCVN3 gives "Caực",
which no Vietnamese word is). Only a reading that clearly beats the text as it
came is taken; French or Latin text stays as it is.
"""

from __future__ import annotations

import re
import unicodedata

from parapp.core.importing.model import Carried, Spanned
from parapp.core.messages import Msg, N_

# TCVN 5712:1993 (VN3, "ABC") lower case, and the upper-case base letters.
_TCVN3 = {
    "µ": "à", "¸": "á", "¶": "ả", "·": "ã", "¹": "ạ",
    "¨": "ă", "»": "ằ", "¾": "ắ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ",
    "©": "â", "Ç": "ầ", "Ê": "ấ", "È": "ẩ", "É": "ẫ", "Ë": "ậ",
    "®": "đ",
    "Ì": "è", "Ð": "é", "Î": "ẻ", "Ï": "ẽ", "Ñ": "ẹ",
    "ª": "ê", "Ò": "ề", "Õ": "ế", "Ó": "ể", "Ô": "ễ", "Ö": "ệ",
    "×": "ì", "Ý": "í", "Ø": "ỉ", "Ü": "ĩ", "Þ": "ị",
    "ß": "ò", "ã": "ó", "á": "ỏ", "â": "õ", "ä": "ọ",
    "«": "ô", "å": "ồ", "è": "ố", "æ": "ổ", "ç": "ỗ", "é": "ộ",
    "¬": "ơ", "ê": "ờ", "í": "ớ", "ë": "ở", "ì": "ỡ", "î": "ợ",
    "ï": "ù", "ó": "ú", "ñ": "ủ", "ò": "ũ", "ô": "ụ",
    "\u00ad": "ư", "õ": "ừ", "ø": "ứ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ú": "ỳ", "ý": "ý", "û": "ỷ", "ü": "ỹ", "þ": "ỵ",
    "¡": "Ă", "¢": "Â", "§": "Đ", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư",
}
_TCVN3_TABLE = str.maketrans(_TCVN3)
# Bytes that only TCVN3 text uses between letters (never in real Vietnamese Unicode text).
_TCVN3_MARKERS = set("µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßåæç«¬îïòô\u00ad÷þ¡¢§£¤¥¦")
# Letters Vietnamese Unicode text has and legacy text never does.
_UNICODE_VN = set("ạảãắằẳẵặấầẩẫậẹẻẽếềểễệịỉĩọỏõốồổỗộớờởỡợụủũứừửữựỳỷỹỵđơư")
# Of those, the ones no legacy text can hold: outside Latin-1, where its bytes are read. "ã" and "õ" are TCVN3's "ó"
# and "ừ", and VNI's tone marks; "Õ" is TCVN3's "ế" ("KÕ ho¹ch", lower-cased "kõ"). Round 14: any of them in a text
# ("cã", "chÕ") was taken for Unicode, so a TCVN3 or VNI plan of any length was read as it came, its header unknown.
_UNICODE_ONLY = {c for c in _UNICODE_VN if ord(c) > 0xFF}


def _vni_table() -> dict[str, str]:
    """VNI-Windows: a base vowel, then one byte for its marks ("aù" á, "aâ" â, "aá" ấ, "aé" ắ);
    ơ, ư, đ and the marked i, and ỵ, are single bytes. Built from the marks, not typed out."""
    tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]   # sắc huyền hỏi ngã nặng
    plain = ["", "ù", "ø", "û", "õ", "ï"]
    hat = ["â", "á", "à", "å", "ã", "ä"]                                      # â ê ô and their tones
    breve = ["ê", "é", "è", "ú", "ü", "ë"]                                    # ă and its tones
    table: dict[str, str] = {}

    def add(vni: str, base: str, marks: str) -> None:
        uni = unicodedata.normalize("NFC", base + marks)
        table[vni] = uni
        table[vni.upper()] = uni.upper()

    for base in "aeouy":
        for t, suffix in zip(tones, plain):
            if suffix:
                add(base + suffix, base, t)
    for base in "aeo":
        for t, suffix in zip(tones, hat):
            add(base + suffix, base + "\u0302", t)
    for t, suffix in zip(tones, breve):
        add("a" + suffix, "a\u0306", t)
    for t, suffix in zip(tones, plain):
        add("ô" + suffix, "o\u031b", t)   # ơ is "ô" in VNI
        add("ö" + suffix, "u\u031b", t)   # ư is "ö"
    for t, single in zip(tones[1:], ["í", "ì", "æ", "ó", "ò"]):
        add(single, "i", t)
    add("î", "y", "\u0323")
    add("ñ", "đ", "")
    return table


_VNI = _vni_table()
_VNI_PAIRS = re.compile("|".join(sorted((re.escape(k) for k in _VNI), key=len, reverse=True)))

# Vietnamese syllables: an initial consonant, a vowel nucleus, a final consonant.
_NUCLEI = sorted("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô "
                 "uơ uy ưa ưi ươ ưu yê iêu yêu oai oay oeo uây uôi ươi ươu uya uyê uyu".split(), key=len, reverse=True)
_SYLLABLE = re.compile("(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?(?:" + "|".join(_NUCLEI)
                       + ")(?:ch|ng|nh|[cmnpt])?")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_TOKEN = re.compile(r"[^\s\d.,;:!?()\[\]{}\"'/\\\-–—…*+=<>|%&#@_]+")
SAMPLE = 20_000


def is_syllable(word: str) -> bool:
    d = unicodedata.normalize("NFD", word.lower())
    if sum(1 for c in d if c in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def score(text: str) -> int:
    """Words with Vietnamese letters that are real syllables, less those that are not."""
    total = 0
    for tok in _TOKEN.findall(text[:SAMPLE]):
        if tok.isascii():
            continue
        total += 1 if tok.isalpha() and is_syllable(tok) else -1
    return total


# A raised figure after a number or a mark ("2027¹", "15²", "(*)³"): a footnote's mark (model.RAISED), not TCVN3's "ạ"
# (round 30D: "31/12/2027¹" was read "31/12/2027ạ", the plan said to be typed in .VnTime).
_FOOTNOTE_MARK = re.compile(r"(?<=[0-9)*\u00b9\u00b2\u00b3\u2070-\u207e])[\u00b9\u00b2\u00b3]+")


def from_tcvn3(text: str) -> str:
    out, at = [], 0
    for m in _FOOTNOTE_MARK.finditer(text):
        out += [text[at:m.start()].translate(_TCVN3_TABLE), m.group(0)]
        at = m.end()
    return "".join(out) + text[at:].translate(_TCVN3_TABLE)


def from_vni(text: str) -> str:
    return _VNI_PAIRS.sub(lambda m: _VNI[m.group(0)], text)


def detect(text: str) -> str | None:
    """'tcvn3', 'vni' or None (Unicode, or not Vietnamese at all)."""
    sample = text[:SAMPLE]
    if any(c in _UNICODE_ONLY for c in sample.lower()):
        return None
    if all(ord(c) < 0x80 or c.isspace() for c in sample):
        return None
    as_is = score(sample)
    readings = {"tcvn3": score(from_tcvn3(sample)), "vni": score(from_vni(sample))}
    kind = max(readings, key=lambda k: readings[k])
    best = readings[kind]
    # Clearly better than the text as it came, and not a tie between the two.
    if best >= 3 and best > as_is + 2 and best > min(readings.values()):
        return kind
    return None


class Written(str):
    """Text a reader wrote itself, not read from the file ("Tháng 6/2026" for a date Excel shows as "06/2026"): Unicode
    already, so never converted. Round 15: in a workbook typed in .VnTime such a deadline became "Thỏng 6/2026"
    (TCVN3's "á" is "ỏ"), its due date lost."""

    __slots__ = ()


def tables_to_unicode(tables: list, text: str = "") -> tuple[list, str, str | None]:
    """Tables (rows of (line, cells)) and the text around them, typed in a legacy font, as Unicode; and which font
    encoding it was ('tcvn3', 'vni', or None when they are Unicode). All their text together decides, as it does for a
    pasted or .csv text: round 14 found a plan, a criteria set or a statistics sheet typed in .VnTime and saved as
    .docx or .xlsx (an old office's usual files) read as it came, "Rµ so¸t thñ tôc", its header unrecognised, while
    the same table as .csv was converted."""
    parts, size = [text[:SAMPLE]], len(text[:SAMPLE])
    for rows in tables:
        for _, cells in rows:
            if size >= SAMPLE:
                break
            line = " ".join(cells)
            parts.append(line)
            size += len(line) + 1
    kind = detect("\n".join(parts))
    if kind is None:
        return _mixed(tables, text)
    convert = from_tcvn3 if kind == "tcvn3" else from_vni
    return ([[(line, [c if isinstance(c, Written) else _as_read(c, convert(c)) for c in cells]) for line, cells in rows]
             for rows in tables], convert(text), kind)


def _as_read(cell: str, converted: str) -> str:
    """The converted text, still a merged cell's copy where it was one (round 28D)."""
    return Carried(converted) if isinstance(cell, Carried) else cell if isinstance(cell, Spanned) else converted


def _unicode(cell: str) -> bool:
    return any(c in _UNICODE_ONLY for c in cell.lower())


def _mixed(tables: list, text: str) -> tuple[list, str, str | None]:
    """A document typed in both: its title and header in Unicode, its rows pasted from an old .VnTime file. Round 26C:
    the Unicode letters made the whole count as Unicode, so the rows were stored as they came ("Rµ so¸t c¸c v¨n
    b¶n"), exit 0, or the plan refused as holding no table. The cells with no Unicode-only letter decide, and each is
    converted only if it reads better so (a Unicode "Quý I" stays)."""
    lines = text[:SAMPLE].splitlines()
    legacy = [ln for ln in lines if not _unicode(ln)]
    size = sum(map(len, legacy))  # counted as it grows: summed again per table, a page of 1 million tables took minutes
    for rows in tables:
        more = [c for _, cells in rows for c in cells if c and not _unicode(c)]
        legacy += more
        size += sum(map(len, more))
        if size >= SAMPLE:
            break
    kind = detect("\n".join(legacy))
    if kind is None:
        return tables, text, None
    convert = from_tcvn3 if kind == "tcvn3" else from_vni

    def fix(c: str) -> str:
        if isinstance(c, Written) or _unicode(c):
            return c
        d = convert(c)
        return _as_read(c, d) if score(d) > score(c) else c

    return ([[(line, [fix(c) for c in cells]) for line, cells in rows] for rows in tables],
            "\n".join(fix(ln) for ln in text.split("\n")), kind)


def legacy_note(kind: str | None) -> list[Msg]:
    """What the user is told of text converted from a legacy font encoding (the plan and figures importers)."""
    if kind == "tcvn3":
        return [Msg(N_("import", "Văn bản dùng bảng mã cũ TCVN3 (ABC, phông .VnTime): đã chuyển sang Unicode. "
                                 "Hãy kiểm tra lại chữ trong bản xem trước."))]
    if kind == "vni":
        return [Msg(N_("import", "Văn bản dùng bảng mã cũ VNI (phông VNI-Times): đã chuyển sang Unicode. "
                                 "Hãy kiểm tra lại chữ trong bản xem trước."))]
    return []

"""Vietnamese text: normalisation on the way in, diacritic-blind matching.

Text typed with Unikey is usually composed (NFC); text pasted from Word or PDF
may be decomposed (NFD). Both must compare equal, and users search without
diacritics ("cai cach" must find "cải cách"), so every search compares folded
forms: no diacritics, đ → d, lower case.
"""

from __future__ import annotations

import re
import unicodedata


def _build_fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # Precomposed Latin letters with marks: map to their base letter, so
    # folding is one str.translate() call (fast enough for 50,000 rows).
    for start, end in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for cp in range(start, end + 1):
            ch = chr(cp)
            base = unicodedata.normalize("NFD", ch)[0]
            if base != ch and base.isascii():
                table[cp] = base.lower()
    # "Ð"/"ð" (U+00D0/U+00F0) look the same as "Đ"/"đ" and stand for them in text from old converters and web
    # pages: "duong" finds "Ðường" (round 21A).
    for ch in "đĐðÐ":
        table[ord(ch)] = "d"
    # Free-standing combining marks (decomposed input): drop them.
    for cp in range(0x0300, 0x0370):
        table[cp] = None
    # Uppercase ASCII folds here too, saving a separate lower() pass.
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp).lower()
    return table


_FOLD = _build_fold_table()
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
# Characters of width nothing that Word and PDF readers leave in copied text: the soft hyphen (U+00AD, a break point
# inside a word), the word joiner (U+2060, Word's after a bullet), direction marks and embeddings, the invisible
# operators; the joiners U+200C/U+200D beside a letter (an emoji's ZWJ sequence keeps its joiner). Kept, they stood
# inside a task's words, so search and the duplicate check missed it (round 40C, left; round 41C L1). Dropped here,
# where text is stored, not in fold(), whose positions must map back. The legacy readers convert TCVN3's "ư" (0xAD,
# read as U+00AD) before any text is cleaned.
_INVISIBLE = re.compile(r"[\u00ad\u180e\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]"
                        r"|[\u200c\u200d](?=\w)|(?<=\w)[\u200c\u200d]")


def visible(text: str) -> str:
    """The text without the invisible characters of _INVISIBLE."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def nfc(text: str | None) -> str:
    """Composed (NFC) form; None becomes the empty string."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text))


def clean(text: str | None) -> str:
    """What is stored for a text field: NFC, Windows line ends made plain,
    runs of spaces collapsed within lines, the ends trimmed.

    Line breaks inside the text are kept: a task's content often has several
    lines, and nothing the user typed may be silently dropped.
    """
    # U+FEFF is a byte-order mark, never a character of the text: one left inside (two files joined) is dropped.
    s = visible(nfc(text).replace("\ufeff", "")).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in s.split("\n")]
    return "\n".join(lines).strip()


_RAISED = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻⁼]+")


def without_raised(text: str) -> str:
    """A cell's text with its raised footnote marks ("15/3¹", "Văn phòng⁽²⁾": Word's superscript, kept raised by the
    importers since round 30D) left out, for reading what it says (round 31C: "15/3¹" was read as "15/31")."""
    return _RAISED.sub(" ", text).strip() if text else text


def fold(text: str | None) -> str:
    """Search key: no diacritics, đ → d, lower case."""
    if not text:
        return ""
    return str(text).translate(_FOLD).lower()


# Punctuation parts words in a search key: "120/KH-UBND" is the words 120, kh, ubnd; "1.2" the words 1, 2 in a row.
_PARTS = str.maketrans({c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’–—…•·«»§°±×÷"})


def search_key(folded: str) -> str:
    """A folded text as searched: punctuation made spaces, a space at each end, so that one plain `in` finds a word's
    beginning (" soa") or the whole word (" so "): quick enough over 50,000 lines as the user types."""
    return " " + folded.translate(_PARTS) + " "


def search_words(query: str) -> list[str]:
    """What each word of a search looks for in a search_key: the beginning of a word, and, once the user has typed
    past it (a space after it), the whole word. Vietnamese words are syllables, and "so hoa" (số hóa) found every
    task with "rà soát" and "kế hoạch" (a fresh-eyes walk, round 41) when any part of a word matched; the word being
    typed stays a beginning ("soa" finds "soát"). A code's parts follow each other: "1.2" is not found in "11.2"."""
    folded = fold(query)
    parts = folded.split()
    typed_past = folded[-1:].isspace()
    out = []
    for i, w in enumerate(parts):
        bare = " ".join(w.translate(_PARTS).split())
        if bare:  # a lone dash or bracket looks for nothing
            out.append(" " + bare + (" " if typed_past or i < len(parts) - 1 else ""))
    return out


def matches(query: str, haystack_folded: str) -> bool:
    """True when every word of the query is found in the folded haystack (see search_words).

    Words may come in any order ("tu phap ke hoach" finds
    "Kế hoạch … Tư pháp"); diacritics in the query are ignored.
    """
    key = search_key(haystack_folded)
    return all(w in key for w in search_words(query))


# The Vietnamese alphabet's order: ă and â after a, đ after d, ê after e, ô and ơ after o, ư after u.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {c: i for i, c in enumerate(_ALPHABET)}
# Tones (huyền, sắc, hỏi, ngã, nặng) order words that are otherwise the same, in the dictionary's order.
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}


def sort_key(text: str | None) -> tuple:
    """A list's order as a Vietnamese reader expects it (Trần before Trương, Đinh after Dương and
    before Hà), not the code points' ("Đ" after "V"): letters first, tones only to break ties."""
    letters: list[int] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFC", str(text or "")).lower().replace("ð", "đ"):  # the look-alike, as fold
        parts = unicodedata.normalize("NFD", ch)
        tone = next((_TONES[m] for m in parts if m in _TONES), 0)
        bare = unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONES))
        letters.append(_RANK.get(bare, 100 + ord(bare[0])) if bare else 0)
        tones.append(tone)
    return tuple(letters), tuple(tones)

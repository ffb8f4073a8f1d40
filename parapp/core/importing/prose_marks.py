"""The marks a prose plan's lines are read by: headings' numbers ("II.", "1.1.", "Phần II:"), items' bullets, the
closing block and an appendix's title, and the emphasis a conversion to text left (split from text_list.py)."""

from __future__ import annotations

import re

from parapp.core.importing.bullets import BULLET_LETTERS, BULLETS
from parapp.core.vntext import clean, fold

# The space after a heading's number may be lost ("II.NHIỆM VỤ", "1.Cải cách thể chế": a PDF's copy drops Word's tab
# stop; 39C, the plan refused): a dot before a letter ends the number
ROMAN_HEAD = re.compile(r"^(?=[IVX])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.(?:\s+\S|[^\W\d_])")
# A heading's number has a few levels ("2.3.1."): bounded, as an unbounded repeated group makes the regex engine
# keep a mark for every repetition it may backtrack over (round 9: a 19 MB line "1.1.1…" took 1.3 GB).
# Or lettered "A. Cải cách thể chế" (round 19B: a plan so written was refused as holding no task list).
NUM_HEAD = re.compile(r"^(\d+(?:\.\d+){0,8}|[A-ZĐ](?=\.))(?:\.?\s+|\.(?=[^\W\d_]))(\S.*)$")
# "I/ MỤC ĐÍCH", "1/ Cải cách thể chế", "II - …": read as "I.", "1." (round 28C: such a plan was refused); "1.1/ …"
# as "1.1." and items "a/ …" as "a) …" (round 29C: no items; a short one left out, a long one kept its mark)
# and "II) …", "Phần II. …", "PHẦN II: …" (41C: refused; capitals only, "ii) …" is an item's mark)
# and "PHẦN III - TỔ CHỨC THỰC HIỆN", "PHẦN THỨ BA: …" (45C F1: the closing part's title and its lines were tasks)
SLASH_NUMBER = re.compile(r"^([IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:/|[-–])\s+(?=\S)|^([IVX]{1,5})\)\s+(?=\S)"
                          r"|^(?:Phần|PHẦN)\s+(?:([IVX]{1,5})|(?:thứ|THỨ)\s+(?i:(nhất|hai|ba|tư|năm|sáu)))"
                          r"\s*(?:[.:]\s*|[-–]\s+)(?=\S)")
_ORDINALS = {"nhất": "I", "hai": "II", "ba": "III", "tư": "IV", "năm": "V", "sáu": "VI"}


def as_numbered(s: str) -> str:
    """`s` with its number written as "I. ", "1. ", "1.1. " or "a) " is."""
    return SLASH_NUMBER.sub(lambda m: f"{m[1] or m[2] or m[3] or _ORDINALS[m[4].lower()]}. ", s)


# an item's mark: a list's, Word's bullet copied as text (bullets.py), "a)", "a/", Word's "a." (40C: kept in the words)
# and "a- …", "b – …" (41C: the first left out, the third glued onto the second)
# and "ii)", "iv.", "viii/" (43C: lower-case Roman, as Word's "i. ii. iii." list style is copied: "ii) …", "iv) …" left
# out, "iii) …" kept its mark; "i)", "v)", "x)" are read as letters')
ROMAN_ITEM = r"(?:i{2,3}|iv|vi{1,3}|ix|xi{1,3}|xiv|xv)"
ITEM = re.compile(rf"^(?:[{BULLETS}]|[{BULLET_LETTERS}](?=\s)|[a-zđ][)/]|{ROMAN_ITEM}[.)/](?=\s)"
                   rf"|[a-zđ](?:\.|\s?[-–])(?=\s))\s*(\S.*)$")
# The document's closing block: the recipients ("Nơi nhận:", each "- UBND huyện;" under it) and the signature. Round
# 18B: in a plan written as prose its recipients were stored as tasks of the last area ("UBND huyện", "Lưu: VT.").
# Round 35C: "Nơi nhận" typed without its colon; the closing sentence ("Trên đây là Kế hoạch …", any line ending "./.",
# the document's end mark) was a task of the last area when the plan ends with its tasks.
CLOSING = re.compile(r"^(noi nhan\s*(?::|$)|tren day la\b|(tm|kt|tl|tuq)\s*\.\s*\S)")
# Round 44C F3: the closing part's title alone, capitalised and unnumbered ("Tổ chức thực hiện:"), was a post's line
PART_END = re.compile(r"^(to chuc|trach nhiem) (thuc hien|trien khai)( ke hoach)?\s*:?$")


def closes(s: str) -> bool:
    """`s` opens the document's closing part or block."""
    return bool(CLOSING.match(fold(s)) or s[:1].isupper() and PART_END.match(fold(s)))


# "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC 01": an appendix, its items tasks even with no area heading (round 35C: after the
# signature they were left out without a word; right after the tasks its title lines were tasks)
APPENDIX = re.compile(r"^phu luc(?:\s+(?:[ivxlc]+|\d+))?\s*[.:]?$")


# Markdown's escape of a mark typed as text: "\* Nhiệm vụ thường xuyên", "1\. Cải cách thể chế", "\- Rà soát …" (39C:
# the backslash stayed, "\ Nhiệm vụ …" a task, a plan so saved refused as holding no task list); not "D:\Tài liệu"
ESCAPED = re.compile(r"\\([*_#.()\[\]+\-–>|`!~])")


def strip_marks(line: str) -> str:
    """Drop the emphasis a document-to-text conversion left: **bold**, *italic*, # headings, Markdown's escapes."""
    s = ESCAPED.sub(r"\1", line.strip()) if "\\" in line else line.strip()
    s = s.lstrip("#").strip()
    s = s.replace("**", "").replace("__", "")
    if s.startswith("* "):
        s = s[2:]
    s = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", s)
    return clean(s.strip("* "))

"""What a mark in a table's number column means where its letter alone cannot tell: the letter after another ("C"
after "B", lettered areas or tasks), and a lone "v", Roman five or Word's Wingdings bullet."""

from __future__ import annotations

import re

from parapp.core.vntext import clean

_ALPHABET = "ABCDĐEFGHIJKLMNOPQRSTUVWXYZ"  # Vietnamese order
_NUMERAL = re.compile(r"^[IVXLC]{1,6}\.?$", re.I)


def next_letter(before: str, letter: str) -> bool:
    """Whether `letter` comes right after `before` ("C" after "B."), both lettered, "Đ" after "D" or not at all."""
    a, b = before.rstrip(".)/-– "), letter.rstrip(".)/-– ")
    return bool(a) and bool(b) and (_ALPHABET.find(b) == _ALPHABET.find(a) + 1 or (a, b) in (("D", "E"), ("Đ", "E")))


def bullet_v(stt: str, capitals_or_area: bool, numeral_before: str, rows: list, start: int,
             stt_col: int | None) -> bool:
    """Whether a lone lower-case "v" in the number cell is Word's Wingdings bullet ("❖", which a text copy writes as the
    font's letter), not the Roman five. Round 41C (left by 40C): read as the area heading "V", the sub-item under task
    1 was dropped and task 2 under it stored with no area. It is five where the numbering says so: IV before it, VI
    after it (the next Roman-numbered row), or a row naming an area (in capitals, or the area's very name)."""
    if stt != "v" or capitals_or_area or numeral_before.rstrip(".").upper() == "IV":
        return False
    for _, raw in rows[start:]:
        number = clean(raw[stt_col]) if stt_col is not None and stt_col < len(raw) else ""
        if number != "v" and _NUMERAL.match(number):
            return number.rstrip(".").upper() != "VI"
    return True

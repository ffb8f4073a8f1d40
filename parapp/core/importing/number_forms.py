"""Numbers a prose plan writes other than "1." (round 40C, left by 39C): "1) Cải cách thể chế", "(1) …", "1.1) …"
from Word's list styles. Each is an area's number where the plan so numbers its areas, and an item's mark inside an
area numbered otherwise or under a "1.1." heading: read as "1." there, such items would be headings naming no area,
their tasks lost."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"\d{1,2}(?:\.\d{1,2}){0,3}"
_BRACKETED = re.compile(rf"^(?:\(({_NUMBER})\)|({_NUMBER})\))\s*(?=\S)(.*)$")


@dataclass(frozen=True)
class Numbered:
    number: str  # "1", "1.1"
    words: str
    form: str  # how it is numbered: ")" for "1)", "()" for "(1)"


def other_number(s: str) -> Numbered | None:
    """The number opening `s` in one of the forms read here, its words and its form; None for any other line."""
    m = _BRACKETED.match(s)
    if m:
        return Numbered(m.group(1) or m.group(2), m.group(3), "()" if m.group(1) else ")")
    return None


def heading_or_item(n: Numbered, *, inside: bool, area_form: str, names: bool, same: bool) -> str:
    """The line as the reader takes it: "1. words" (a heading), "a) words" (an item of the list it is in), or "" (as
    it came). `inside` an area (or under a post); `area_form`, how the area's heading was numbered; `names`, the words
    name an area; `same`, the area it is in."""
    sentence = len(n.words) > 150 or n.words.endswith(".") and len(n.words.split()) > 8
    heading = f"{n.number}. {n.words}"
    if not inside:
        # "1) Mục đích" under "I. MỤC ĐÍCH" reads as "1. Mục đích" does; a sentence so numbered is prose as it was
        return "" if sentence or "." in n.number else heading
    if n.form == area_form:
        if "." in n.number:
            return heading  # "1.1)" under "1)": numbered under the area, as "1.1." under "1."
        if names and not same and not sentence:
            return heading  # the next area: "2) Cải cách thủ tục hành chính" after "1) Cải cách thể chế"
    return f"a) {n.words}"

"""A criteria table's row read for its code: an area lettered or in Roman numerals, a criterion's code in the first
cell or opening the name, a component numbered under its criterion, and how the set numbers its criteria (moved from
build, round 35D)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from parapp.core.par import codes
from parapp.core.vntext import clean


class Row(Protocol):
    """What these read of build.ParsedRow."""

    label: str
    name: str
    skip: bool


def area_letter(r: Row) -> tuple[str, str] | None:
    """(letter, name) of a row lettered as an area: "B" in the STT cell, or "B. …" opening the one cell written."""
    label, name = clean(r.label), clean(r.name)
    if codes.area_letter(label):
        return codes.area_letter(label) or "", name
    return codes.split_leading_letter(name or label) if bool(label) != bool(name) else None


def lettered(rows: Sequence[Row]) -> bool:
    """Whether the set letters its areas: rows lettered "A" and "B", and no Roman area of more than one letter
    (a set with I, II, III keeps reading "C" and "D" its own way)."""
    seen = set()
    for r in rows:
        if r.skip:
            continue
        kind, code = codes.classify(clean(r.label))
        if kind == codes.ROMAN and len(code) > 1:
            return False
        lettered = area_letter(r)
        if lettered:
            seen.add(lettered[0])
    return {"A", "B"} <= seen


def classified(r: Row, lettered: bool = False) -> tuple[str, str, str]:
    """(kind, code as printed, name) of a body row; a code may open the name cell instead of the first."""
    if lettered and (letter := area_letter(r)):
        return codes.LETTERED, letter[0], letter[1]
    label, name = clean(r.label), clean(r.name)
    kind, code = codes.classify(label)
    if kind == codes.NONE and bool(label) != bool(name):
        # "I. CÔNG TÁC CHỈ ĐẠO" in the name cell, or in the STT cell of a row merged across the sheet (round 19B: that
        # row was ignored, and the set refused as numbering criterion "1" twice)
        lead = codes.split_leading_code(name or label)
        if lead:
            kind, code = codes.classify(lead[0])
            name = lead[1]
    # "Tiêu chí thành phần 2" in the code column, or opening the name (its number in the STT cell too, or not)
    if kind == codes.ARABIC and "." not in code and code in (codes.component(label), codes.component(r.name)):
        kind = codes.COMPONENT
    return kind, code, name


def numbering(rows: Sequence[Row], lettered: bool) -> tuple[bool, bool]:
    """How the province numbers its criteria under Roman areas: (its own codes are kept, areas keep
    their Roman numeral as code).

    A set numbered straight through its areas (I: 1–5, II: 6–10, with 14.3 under 14) or in full
    (II: 2.1, 2.2) keeps the codes it printed. A set that restarts in every area (I: 1, 2; II: 1, 2)
    prints each code more than once: there, and only there, codes are derived (area.n: 2.1). Where a
    kept code would take an area's number (criterion 2 and area II), areas are known by their numeral."""
    printed: list[str] = []
    areas, owned = 0, False  # owned: a criterion above, whose components "Tiêu chí thành phần 2" numbers
    for r in rows:
        if r.skip:
            continue
        kind, code, name = classified(r, lettered)
        if kind in (codes.ROMAN, codes.LETTERED):
            areas, owned = areas + 1, False
        elif (kind == codes.ARABIC or kind == codes.COMPONENT and not owned) and areas:
            printed.append(code)
            owned = owned or kind == codes.ARABIC
    if not areas or len(set(printed)) < len(printed):
        return False, False
    tops = {c for c in printed if "." not in c}
    return True, any(str(n) in tops for n in range(1, areas + 1))

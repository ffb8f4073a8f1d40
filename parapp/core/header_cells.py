"""A table's header cells read by meaning: folded (no case, diacritics or stray punctuation),
then named by the first of a table's patterns that matches. Plans' task tables and PAR INDEX
criteria tables each bring their own patterns; the reading is the same."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from parapp.core.vntext import fold


def field_by_pattern(cell: str, patterns: Sequence[tuple[str, re.Pattern]], *, punctuation: str,
                     max_len: int) -> str | None:
    """The field the cell names, or None (a long cell is prose, not a header)."""
    text = fold(cell)
    for ch in punctuation:
        text = text.replace(ch, " ")
    text = " ".join(text.split())
    if not text or len(text) > max_len:
        return None
    for name, pat in patterns:
        if pat.search(text):
            return name
    return None


def header_map(cells: list[str], field_of: Callable[[str], str | None]) -> dict[int, str]:
    """Column index → field; the first column naming a field wins."""
    out: dict[int, str] = {}
    seen: set[str] = set()
    for i, cell in enumerate(cells):
        f = field_of(cell)
        if f and f not in seen:
            out[i] = f
            seen.add(f)
    return out

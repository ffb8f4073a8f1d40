"""The blocks every ND30 document shares, worded once: the header, the
signature with its recipients, the date line, the line tying an appendix to
its document, and tables grouped under Roman-numbered title rows."""

from __future__ import annotations

import datetime as dt

from parapp.core import print_limits
from parapp.core.nd30_text import BLANK, Signer, issuing_body_lines, number_line, place_date, vn_upper
from parapp.document.model import Header, Signature

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def header(*, parent: str, commune_name: str, number: str, date_line: str, summary: str = "") -> Header:
    """`summary`: a công văn's "V/v …", printed under its number."""
    # What a header may hold (core.print_limits): it is one block that cannot break across pages.
    room = print_limits.NAME + print_limits.NOTE_ROOM
    return Header(vn_upper(print_limits.clip(parent, room)) if parent else "",
                  [print_limits.clip(x, room) for x in issuing_body_lines(commune_name)],
                  print_limits.clip(number, print_limits.PLACE),
                  print_limits.clip(date_line, room + print_limits.PLACE),
                  summary=print_limits.clip(summary, print_limits.RECIPIENT))


def date_text(place: str, date: dt.date | None, month_year: tuple[int, int] | None) -> str:
    """The place and date; a draft for signature leaves the day blank for the clerk."""
    if date:
        return place_date(place, date)
    assert month_year is not None, "a draft without a date names its month and year"
    month, year = month_year
    return place_date(place, None, month=month, year=year, blank_day=True)


def signature(signer: Signer, cc: list[str], drafting_unit: str) -> Signature:
    drafting_unit = print_limits.clip(drafting_unit, print_limits.PLACE)
    lines = [f"- {x.rstrip(';.')};" for x in print_limits.clip_list(cc, print_limits.RECIPIENT // 2)]
    lines += [f"- Lưu: VT{', ' + drafting_unit if drafting_unit else ''}."]
    return Signature(list(signer.authority),
                     print_limits.clip(signer.name, print_limits.NAME + print_limits.NOTE_ROOM), lines)


def number_only(number: str | None, symbol: str) -> str:
    """'15/BC-UBND' (or the blank for the clerk) as an appendix cites its document."""
    return number_line(number, symbol).removeprefix("Số:").strip(" ") or BLANK


def grouped(rows, key, cells, title=None, *, blank_key_groups: bool = False,
            numbered: bool = True) -> tuple[list[list[str]], set[int]]:
    """Table rows under a title row per group (I, II, … unless not `numbered`), in the order the rows come.

    `key` gives a row's group and `title` (default: the key) its title; rows
    with an empty key stay outside any group unless `blank_key_groups`."""
    data: list[list[str]] = []
    groups: set[int] = set()
    current = None
    for r in rows:
        g = key(r)
        row = cells(r)
        if (g or blank_key_groups) and g != current:
            current = g
            groups.add(len(data))
            label = ROMAN[len(groups) - 1] if numbered and len(groups) <= len(ROMAN) else ""
            data.append([label, vn_upper(title(r) if title else g)] + [""] * (len(row) - 2))
        data.append(row)
    return data, groups

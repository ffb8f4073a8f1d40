"""Where a statistics sheet's tables begin and end: a table a page break split joined again, a sheet holding several
tables cut at each header of its own. Moved from figures_header (round 37D: past 400 lines)."""

from __future__ import annotations

from collections.abc import Callable

from parapp.core.figures_header import Header, _hits, _numeric, find_header


def join_page_splits(tables: list[list[tuple[int, list[str]]]],
                     apart: Callable[[list[tuple[int, list[str]]], int], bool] | None = None,
                     ) -> list[list[tuple[int, list[str]]]]:
    """A Word file's tables with each table that continues the one before it (as wide, no header of its own: the
    table went on after a page break) joined to it. Round 16: the fields on the second page were left out of the
    sums, "Đất đai" and its late dossiers gone without a word. Round 28D: its header typed again on top (the same
    columns, nothing above it) too: it was read as another period's table, the second page's fields left out. Round
    29D: not when `apart(table before, i)` says table i is another (another period's stated above it, or the table
    before ended with its total): two quarters' tables were added up, 20 dossiers stored for 15."""
    out: list[list[tuple[int, list[str]]]] = []
    for i, table in enumerate(tables):
        prev = out[-1] if out else None
        before = find_header([c for _, c in prev]) if prev and table and len(table[0][1]) == len(prev[-1][1]) else None
        own = find_header([c for _, c in table]) if before is not None else None
        if prev and before is not None and (own is None or (own.start == 0 and _signature(own) == _signature(before))) \
                and not (own is not None and apart is not None and apart(prev, i)):
            out[-1] = prev + table
        else:
            out.append(table)
    return out


def _signature(header: Header) -> list[tuple[str | None, bool]]:
    return [(c.meaning, c.label) for c in header.columns if c.path]


MAX_TABLES = 50  # tables one sheet is split into; past it, the rest goes with the last (a file is read in bounded time)


def split_at_headers(table: list[tuple[int, list[str]]],
                     ends: Callable[[list[tuple[int, list[str]]]], int | None] | None = None,
                     ) -> list[list[tuple[int, list[str]]]]:
    """A table with each header of other columns below its own starting another table: round 28D, a "Biểu 2: Phản
    ánh kiến nghị" under the statistics table, on the same sheet or in the same .csv, had its rows added to the
    dossiers. The same header printed again (a page's) goes on with the table, unless `ends(rows above it)` says the
    table ended there (round 29D: another period's table of the same columns under it was added up with it); it gives
    where the next one starts (its period's line). Bounded: each row is looked at once, at most 200 as a header, into
    at most 50 tables (a file of thousands of headers is read as fast as one of a few)."""
    out: list[list[tuple[int, list[str]]]] = []
    cells = [c for _, c in table]
    header = find_header(cells)
    start = probes = 0
    while header is not None and len(out) < MAX_TABLES:
        first = tuple(cells[start + header.start])
        band = {tuple(cells[start + k]) for k in range(header.start, header.end + 1)}
        signature = _signature(header)
        seen: set[tuple[str, ...]] = set()
        nxt = None
        for j in range(start + header.body_start, len(table)):
            row = tuple(cells[j])
            if any(c.strip() and _numeric(c) for c in row) or _hits(cells[j]) < 2:
                continue
            if row in band or row in seen:
                if row == first and ends is not None and probes < MAX_TABLES * 4:
                    probes += 1
                    if (at := ends(table[start:j])) is not None:
                        nxt = start + at
                        break
                continue
            seen.add(row)
            probes += 1
            if probes > MAX_TABLES * 4:
                break
            again = find_header(cells[j:j + 4])
            if again is not None and again.start == 0:
                at = j - start if _signature(again) != signature else ends(table[start:j]) if ends else None
                if at is not None:
                    nxt = start + at
                    break
        if nxt is None or nxt <= start:
            break
        out.append(table[start:nxt])
        start, header = nxt, find_header(cells[nxt:nxt + 8])
    return [*out, table[start:]]

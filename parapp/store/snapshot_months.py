"""Which automatic snapshots prune keeps for the months a clock does not tell (store/backup.py's retention)."""

from __future__ import annotations

from pathlib import Path

# Snapshots a month writes (a morning and a close on each of its working days): beyond the recent days, while fewer
# than KEEP_MONTHLY months are kept, never more written between two kept ones (prune: a clock that tells no month).
WRITTEN_A_MONTH = 44


def months_untold(snaps: list, start, monthly: set[Path], room: int) -> set[Path]:
    """Months the clock did not tell: going back from `start` (the oldest of the recent days), the oldest snapshot at
    most WRITTEN_A_MONTH written before the one kept after it (or the next, none being), until `room` are kept. A flat
    CMOS battery dates every snapshot the same month: the twelve monthly ones were one, and nothing older than the
    fourteen days was kept in any file (round 39A). The order of writing (seq) is kept in the names, so each prune
    keeps the ones the last kept; a clock that tells its months leaves no room (KEEP_MONTHLY of them kept)."""
    out: set[Path] = set()
    if start is None:
        return out
    older = [s for s in snaps if s.seq < start.seq]  # newest written first
    at, kept = 0, start.seq
    while at < len(older) and len(out) < room:
        reach = [i for i in range(at, len(older)) if older[i].seq >= kept - WRITTEN_A_MONTH]
        month = max((i for i in reach if older[i].path in monthly), default=None)
        pick = month if month is not None else (reach[-1] if reach else at)
        if month is None:
            out.add(older[pick].path)
        at, kept = pick + 1, older[pick].seq
    return out

"""Removing a year's PAR INDEX criteria set (services/par_sets.py takes the snapshot first)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.store.par_index import NoSet, get_info

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class Removed:
    year: int
    criteria: int
    scored: int        # criteria that had a self or official score
    documents: int     # documents linked to its criteria (the files stay: tasks may use them)


def remove_set(db: Database, year: int) -> Removed:
    """Remove a year's criteria set with its scores, explanations and document links, in one
    transaction. Any year is accepted: this is the way out for a set no page can show. The change
    log keeps every criterion as it was; the remediation plan's tasks stay (they are tasks)."""
    info = get_info(db, year)
    if info is None:
        raise NoSet(year)
    counts = db.execute(
        """SELECT COUNT(*), COALESCE(SUM(self_milli IS NOT NULL OR official_milli IS NOT NULL), 0),
                  (SELECT COUNT(*) FROM par_evidence e JOIN par_criteria k ON k.id = e.criterion_id
                   WHERE k.set_id = ?)
           FROM par_criteria WHERE set_id = ?""", [info.id, info.id]).fetchone()
    with db.atomic():  # its criteria, their documents and remedy links go by the schema's cascades, each logged
        db.execute("DELETE FROM par_sets WHERE id = ?", [info.id])
    return Removed(year, counts[0], counts[1], counts[2])

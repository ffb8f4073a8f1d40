"""Storing and removing a year's PAR INDEX criteria set: the command line and the window alike.

Storing a set again (--replace) keeps what it can by criterion, and a remediation task whose
criterion now has another code follows it: the set and the tasks change in one transaction.
Scores are kept by code, so a set whose codes moved may put a score on another criterion: a
snapshot ("truoc-thay-bo-tieu-chi") is taken before a stored set is replaced, the way back.

A set goes with its scores, explanations and document links, so a snapshot is taken first
("truoc-xoa-bo-tieu-chi", kept as the way back like the one before a restore). Any year is
accepted: it is the way out for a set an older version stored for a year nothing can show.
"""

from __future__ import annotations

from contextlib import nullcontext

from parapp.core.par.tree import CriteriaSet
from parapp.store import par_index, tasks
from parapp.store.backup import snapshot_before
from parapp.store.par_index import StoreOutcome, get_info
from parapp.store.par_index_removal import Removed, remove_set
from parapp.store.workspace import Workspace

__all__ = ["Removed", "StoreOutcome", "remove_par_set", "store_set"]


def store_set(db: Workspace, cset: CriteriaSet, *, source_name: str = "", replace: bool = False) -> StoreOutcome:
    """The set stored for its year (replaced only when asked), and its remediation tasks following their
    criteria's new codes: all of it, or nothing."""
    before = (snapshot_before(db.conn, db.data_dir, "truoc-thay-bo-tieu-chi")
              if replace and get_info(db, cset.year) is not None else nullcontext())
    with before, db.atomic():  # a copy a failed change leaves is removed (round 34B)
        out = par_index.store_set(db, cset, source_name=source_name, replace=replace)
        for task_id, old, new in out.recoded:
            _follow_code(db, task_id, old, new)
    return out


def _follow_code(db: Workspace, task_id: int, old: str, new: str) -> None:
    """A remediation task made from the set follows its criterion's new code (and its wording, when
    it is still the one ParApp wrote)."""
    t = tasks.get_task(db, task_id)
    change: dict[str, str] = {}
    if t.par_code == old:
        change["par_code"] = new
    made = f"tiêu chí {old} “"
    if made in t.content:
        change["content"] = t.content.replace(made, f"tiêu chí {new} “", 1)
    if change:
        tasks.update_task(db, task_id, change)


def remove_par_set(ws: Workspace, year: int) -> Removed:
    if get_info(ws, year) is None:
        return remove_set(ws, year)  # refused in words: no set that year
    with snapshot_before(ws.conn, ws.data_dir, "truoc-xoa-bo-tieu-chi"):  # removed if the removal fails (34B)
        return remove_set(ws, year)

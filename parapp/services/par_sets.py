"""Removing a year's PAR INDEX criteria set: the command line and the window alike.

A set goes with its scores, explanations and document links, so a snapshot is taken first
("truoc-xoa-bo-tieu-chi", kept as the way back like the one before a restore). Any year is
accepted: it is the way out for a set an older version stored for a year nothing can show.
"""

from __future__ import annotations

from parapp.store.backup import take_snapshot
from parapp.store.par_index import get_info
from parapp.store.par_index_removal import Removed, remove_set
from parapp.store.workspace import Workspace

__all__ = ["Removed", "remove_par_set"]


def remove_par_set(ws: Workspace, year: int) -> Removed:
    if get_info(ws, year) is not None:
        take_snapshot(ws.conn, ws.data_dir, "truoc-xoa-bo-tieu-chi")
    return remove_set(ws, year)

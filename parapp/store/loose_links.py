"""A link to a row no longer there, where ParApp's own rule for that link is "the row removed: the link emptied"
(ON DELETE SET NULL: a task's `carried_to`, a PAR set's remedy plan, a PAR document's evidence file).

A bit turned on the disk inside such a number (the successor's 55 read as 1079) leaves the link pointing nowhere.
`check` said "1 dòng tham chiếu tới dữ liệu không còn tồn tại", every backup was refused with "hãy khôi phục bản sao
lưu gần nhất" (all work since that backup lost), and `repair` said there was nothing to mend (round 41A). Emptying the
link is what removing the row it named does, so `parapp repair` does that, after its snapshot; a carried task so
unlinked is linked again to its successor by carrying it again (carrying.same_work_in_plan finds it by its words).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class LooseLink:
    table: str
    column: str
    rowid: int
    missing: int | None  # the row it named, no longer there
    year: int | None = None  # a task's: the year of its plan (carried again from that year)


def loose_links(con: sqlite3.Connection) -> list[LooseLink] | None:
    """Every reference to a missing row, when each is one of a link emptied on removal; None when any other reference
    to a missing row is there too (that is not mended here: the data was changed by another program)."""
    out: list[LooseLink] = []
    rules: dict[str, dict[int, tuple[str, str]]] = {}
    for table, rowid, _parent, fkid in con.execute("PRAGMA foreign_key_check").fetchmany(1000):
        if table not in rules:
            rules[table] = {r[0]: (r[3], r[6]) for r in con.execute(f'PRAGMA foreign_key_list("{table}")')}
        column, on_delete = rules[table].get(fkid, ("", ""))
        if rowid is None or not column or on_delete.upper() != "SET NULL":
            return None
        missing = con.execute(f'SELECT "{column}" FROM "{table}" WHERE rowid = ?', [rowid]).fetchone()  # noqa: S608
        year = con.execute("SELECT p.year FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE t.rowid = ?",
                           [rowid]).fetchone() if table == "tasks" else None
        out.append(LooseLink(table, column, rowid, missing[0] if missing else None, year[0] if year else None))
    return out


def empty_links(con: sqlite3.Connection, links: list[LooseLink]) -> None:
    """Each link emptied, as removing the row it named would have (the change log's triggers say it as such)."""
    for link in links:
        con.execute(f'UPDATE "{link.table}" SET "{link.column}" = NULL WHERE rowid = ?', [link.rowid])  # noqa: S608

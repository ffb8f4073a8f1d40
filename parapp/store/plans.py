"""Plans (kế hoạch): the documents that assign the tasks."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple, TYPE_CHECKING

from parapp.core.dates import from_iso, iso
from parapp.core.messages import N_
from parapp.store.catalogues import catalogue_code_for_year, catalogue_id
from parapp.store.sql import inserted_id, now_stamp
from parapp.store.errors import NotFound

if TYPE_CHECKING:
    from sqlite_utils import Database


class PlanRow(NamedTuple):
    id: int
    number: str
    issued_on: dt.date | None
    issuer: str
    title: str
    year: int
    signer: str
    catalogue_code: str
    task_count: int
    is_annual: bool = False

    @property
    def label(self) -> str:
        return f"{self.number} – {self.title}" if self.number else self.title


def add_plan(db: Database, data: dict[str, Any]) -> int:
    from parapp.core.validation import validate_plan  # the writing side's rules: not loaded to read the plans

    v = validate_plan({"number": "", "issuer": "", "signer": "", "issued_on": None, "is_annual": False, **data})
    cat = catalogue_id(db, catalogue_code_for_year(v["year"]))
    now = now_stamp()
    with db.atomic():
        plan_id = inserted_id(db.execute(
            """INSERT INTO plans (number, issued_on, issuer, title, year, signer, catalogue_id, is_annual, created_at,
                                  updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [v["number"], iso(v["issued_on"]), v["issuer"], v["title"], v["year"], v["signer"], cat, v["is_annual"],
             now, now],
        ))
        if v["is_annual"]:
            _only_annual(db, plan_id, v["year"])
    return plan_id


def _only_annual(db: Database, plan_id: int, year: int) -> None:
    """One annual plan a year: the one the reports cite."""
    db.execute("UPDATE plans SET is_annual = 0 WHERE year = ? AND id <> ? AND is_annual = 1", [year, plan_id])


def update_plan(db: Database, plan_id: int, data: dict[str, Any]) -> None:
    from parapp.core.validation import validate_plan

    v = validate_plan(data)
    if "issued_on" in v:
        v["issued_on"] = iso(v["issued_on"])
    if "year" in v:
        v["catalogue_id"] = catalogue_id(db, catalogue_code_for_year(v["year"]))
    if not v:
        return
    cols = ", ".join(f"{k} = ?" for k in v)
    with db.atomic():
        before = db.execute("SELECT year FROM plans WHERE id = ?", [plan_id]).fetchone()
        cur = db.execute(f"UPDATE plans SET {cols}, updated_at = ? WHERE id = ?", [*v.values(), now_stamp(), plan_id])
        if cur.rowcount == 0:
            raise NotFound(N_("errors", "kế hoạch"), plan_id)
        if "year" in v and before[0] != v["year"]:
            _due_dates_follow_the_year(db, plan_id, before[0], v["year"])
        if v.get("is_annual"):
            year = db.execute("SELECT year FROM plans WHERE id = ?", [plan_id]).fetchone()[0]
            _only_annual(db, plan_id, year)


def _due_dates_follow_the_year(db: Database, plan_id: int, old: int, new: int) -> None:
    """A plan's year corrected after its tasks came in (2026 typed for 2027, the table imported): a deadline written
    without its year ("Quý I", "Trước ngày 15/6", "Hàng năm") gave a due date in the wrong year, and the tasks stood
    overdue a year early (round 22A). Each due date worked out from the text under the old year is worked out again
    under the new one; a date given by hand, or a text with its own year, stays."""
    from parapp.core.deadline_text import parse_deadline

    for task_id, text, due in db.execute("SELECT id, deadline_text, due_date FROM tasks WHERE plan_id = ? AND "
                                         "deadline_text <> ''", [plan_id]).fetchall():
        was, now = parse_deadline(text, old).due, parse_deadline(text, new).due
        if was is not None and now != was and due == was.isoformat():
            db.execute("UPDATE tasks SET due_date = ?, updated_at = ? WHERE id = ?",
                       [now.isoformat() if now else None, now_stamp(), task_id])


_SELECT = """SELECT p.id, p.number, p.issued_on, p.issuer, p.title, p.year, p.signer,
                    COALESCE(c.code, ''), (SELECT COUNT(*) FROM tasks t WHERE t.plan_id = p.id), p.is_annual
             FROM plans p LEFT JOIN catalogues c ON c.id = p.catalogue_id"""


def _row(r) -> PlanRow:
    return PlanRow(r[0], r[1], from_iso(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]))


def list_plans(db: Database) -> list[PlanRow]:
    return [_row(r) for r in db.execute(_SELECT + " ORDER BY p.year DESC, p.issued_on DESC, p.id DESC")]


def get_plan(db: Database, plan_id: int) -> PlanRow:
    r = db.execute(_SELECT + " WHERE p.id = ?", [plan_id]).fetchone()
    if not r:
        raise NotFound(N_("errors", "kế hoạch"), plan_id)
    return _row(r)


def plan_leads(db: Database, plan_id: int, persons: bool) -> dict[int, str]:
    """Who leads each task of a plan as its printed table says it: the office, as the reports name it, the person
    beside it only when the commune names persons. The chairman's read (round 41) saw the 2027 plan's "Chủ trì" name
    six persons where the year report named their offices for the same work."""
    from parapp.core.report_appendix import appendix_lead

    rows = db.execute(
        "SELECT t.id, COALESCE(o.full_name, ''), COALESCE(o.position, ''), COALESCE(tu.name, t.lead_text, ''),"
        " COALESCE(ou.name, '') FROM tasks t LEFT JOIN officials o ON o.id = t.lead_official_id"
        " LEFT JOIN units ou ON ou.id = o.unit_id LEFT JOIN units tu ON tu.id = t.lead_unit_id WHERE t.plan_id = ?",
        [plan_id])
    return {r[0]: appendix_lead(r[1], r[2], r[3], r[4], persons) for r in rows}

"""What importing a plan asks of the stored data: the tasks a row repeats, the official a lead names,
the areas of a catalogue. The import itself (a plan and its tasks, one transaction) is
services/importing.py."""

from __future__ import annotations
from typing import TYPE_CHECKING

from parapp.core.importing.model import ImportedTask
from parapp.core.vntext import fold, without_raised
from parapp.store.carrying import work_key

if TYPE_CHECKING:
    from sqlite_utils import Database


def existing_contents(db: Database, year: int | None = None) -> dict[str, int]:
    """Folded content → task id, to recognise a table imported twice. With a year, only the tasks of that year's
    plans (and tasks of no plan due that year or undated): next year's plan repeats most of this year's tasks word
    for word, and they are next year's work, not this year's again (round 35E)."""
    if year is None:
        found = db.execute("SELECT id, content FROM tasks")
    else:
        found = db.execute("SELECT t.id, t.content FROM tasks t LEFT JOIN plans p ON p.id = t.plan_id "
                           "WHERE p.year = ? OR (t.plan_id IS NULL AND (t.due_date IS NULL "
                           "OR substr(t.due_date, 1, 4) = ?))", (year, f"{year:04d}"))
    return {work_key(c): i for i, c in found}  # the words as carrying compares them: one definition


def find_duplicates(db: Database, rows: list[ImportedTask], year: int | None = None) -> dict[int, int]:
    """Row index → id of the stored task with the same content (of the plan's year, when given)."""
    known = existing_contents(db, year)
    return {i: known[k] for i, t in enumerate(rows) if (k := work_key(t.content)) in known}


def plans_holding(db: Database, task_ids: set[int]) -> dict[int, int]:
    """Task id → the year of the plan it belongs to (tasks in no plan left out)."""
    import json

    ids = json.dumps(sorted(task_ids))
    rows = db.execute("SELECT t.id, p.year FROM tasks t JOIN plans p ON p.id = t.plan_id "
                      "WHERE t.id IN (SELECT value FROM json_each(?))", [ids])
    return {tid: year for tid, year in rows}


def plan_ids_of(db: Database, task_ids: set[int]) -> set[int]:
    import json

    rows = db.execute("SELECT DISTINCT plan_id FROM tasks WHERE id IN (SELECT value FROM json_each(?))",
                      [json.dumps(sorted(task_ids))])
    return {pid for (pid,) in rows if pid is not None}


_TITLE_WORDS = ("cong chuc ", "can bo ", "cc ")


def post_key(text: str) -> str:
    """A name or post as a plan may write it: "Văn phòng - Thống kê", "CC Văn phòng – Thống kê" and
    "Công chức Văn phòng – Thống kê" are one post (dashes, spacing and the title word aside)."""
    key = " ".join(fold(without_raised(text)).replace("–", " ").replace("—", " ").replace("-", " ").split())
    for word in _TITLE_WORDS:
        if key.startswith(word):
            key = key[len(word):]
    return key


def official_matcher(db: Database):
    """Lead text → official id, when it names exactly one active official by name or position."""
    by_key: dict[str, set[int]] = {}
    for oid, name, position in db.execute("SELECT id, full_name, position FROM officials WHERE active = 1"):
        for key in (post_key(name), post_key(position)):
            if key:
                by_key.setdefault(key, set()).add(oid)

    def match(lead: str) -> int | None:
        ids = by_key.get(post_key(lead))
        return next(iter(ids)) if ids and len(ids) == 1 else None

    return match


def area_ids(db: Database, catalogue_code: str) -> dict[str, int]:
    """Area code → id in one catalogue."""
    return {code: aid for code, aid in db.execute(
        "SELECT a.code, a.id FROM areas a JOIN catalogues c ON c.id = a.catalogue_id WHERE c.code = ?",
        [catalogue_code])}

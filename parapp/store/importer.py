"""Store an import's confirmed rows: one transaction, all or nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from parapp.core.importing.model import ImportedTask
from parapp.core.vntext import fold
from parapp.gc_pause import paused_gc
from parapp.store import plans, tasks
from parapp.store.catalogues import catalogue_code_for_year


@dataclass
class ImportOutcome:
    plan_id: int
    task_ids: list[int] = field(default_factory=list)


def existing_contents(db: Database) -> dict[str, int]:
    """Folded content → task id, to recognise a table imported twice."""
    return {fold(" ".join(c.split())): i for i, c in db.execute("SELECT id, content FROM tasks")}


def find_duplicates(db: Database, rows: list[ImportedTask]) -> dict[int, int]:
    """Row index → id of the stored task with the same content."""
    known = existing_contents(db)
    return {i: known[k] for i, t in enumerate(rows) if (k := fold(" ".join(t.content.split()))) in known}


_TITLE_WORDS = ("cong chuc ", "can bo ", "cc ")


def post_key(text: str) -> str:
    """A name or post as a plan may write it: "Văn phòng - Thống kê", "CC Văn phòng – Thống kê" and
    "Công chức Văn phòng – Thống kê" are one post (dashes, spacing and the title word aside)."""
    key = " ".join(fold(text).replace("–", " ").replace("—", " ").replace("-", " ").split())
    for word in _TITLE_WORDS:
        if key.startswith(word):
            key = key[len(word):]
    return key


def _official_matcher(db: Database):
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


def import_tasks(db: Database, rows: list[ImportedTask], *, plan_id: int | None, plan_title: str = "",
                 plan_year: int, catalogue_code: str | None = None, today: dt.date | None = None) -> ImportOutcome:
    today = today or dt.date.today()
    keep = [t for t in rows if not t.skip]
    with paused_gc(), db.atomic():
        if plan_id is None:
            plan_id = plans.add_plan(db, {"title": plan_title or "Kế hoạch nhập từ tệp", "year": plan_year})
        cat = catalogue_code or catalogue_code_for_year(plan_year)
        area_ids = {code: aid for code, aid in db.execute(
            "SELECT a.code, a.id FROM areas a JOIN catalogues c ON c.id = a.catalogue_id WHERE c.code = ?", [cat])}
        official_for = _official_matcher(db)
        out = ImportOutcome(plan_id)
        for t in keep:
            data = {
                "plan_id": plan_id, "stt": t.stt, "group_title": t.group, "content": t.content,
                "area_id": area_ids.get(t.area_code), "par_code": t.par_code, "cause": t.cause, "remedy": t.remedy,
                "product": t.product, "lead_text": t.lead, "lead_official_id": official_for(t.lead) if t.lead else None,
                "coordinators": t.coordinators, "deadline_text": t.deadline_text, "due_date": t.due_date,
                "recurrence": t.recurrence, "budget": t.budget, "note": t.note,
            }
            # Rows are stored as read, unknown codes included: the preview and `parapp import`
            # have named each as a problem; an import never drops a row the user did not leave out.
            out.task_ids.append(tasks.create_task(db, data, today, check_code=False))
    return out

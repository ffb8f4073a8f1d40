"""What a period's report answers to (its basis documents) and what it proposes,
and the documents each task produced: the inputs a draft cites."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from parapp.core.citations import DocRef
from parapp.core.dates import from_iso, iso
from parapp.core.messages import N_, ValidationError
from parapp.core.vntext import clean
from parapp.store.sql import now_stamp

if TYPE_CHECKING:
    from sqlite_utils import Database


def _doc(kind: str, number: str, issued_on: str | None, issuer: str, summary: str) -> DocRef:
    return DocRef(kind, number, from_iso(issued_on), issuer, summary)


def check_doc(d: DocRef) -> DocRef:
    """A document as it will be stored: cleaned text, a kind, and a number or a date to cite it by."""
    c = DocRef(clean(d.kind), clean(d.number), d.issued_on, clean(d.issuer), clean(d.summary))
    if not c.kind:
        raise ValidationError(N_("errors", "Hãy chọn loại văn bản (Quyết định, Kế hoạch, Công văn…)."), field="kind")
    if not c.number and not c.issued_on:
        raise ValidationError(N_("errors", "Văn bản “{0}” cần có số hoặc ngày ban hành để báo cáo trích dẫn được."),
                              c.kind, field="number")
    return c


# -- basis -------------------------------------------------------------------------------

def list_basis(db: Database, year: int, kind: str | None = None) -> list[DocRef]:
    """The year's basis documents, and those given for this period only."""
    rows = db.execute(
        "SELECT doc_kind, number, issued_on, issuer, summary FROM report_basis "
        "WHERE year = ? AND (period_kind = '' OR period_kind = ?) ORDER BY period_kind = '' DESC, ordinal, id",
        [year, kind or ""])
    return [_doc(*r) for r in rows]


def basis_rows(db: Database, year: int, kind: str) -> list[tuple[str, DocRef]]:
    """(scope, document) for the editor: scope '' is the whole year, else the period."""
    rows = db.execute(
        "SELECT period_kind, doc_kind, number, issued_on, issuer, summary FROM report_basis "
        "WHERE year = ? AND (period_kind = '' OR period_kind = ?) ORDER BY period_kind = '' DESC, ordinal, id",
        [year, kind])
    return [(r[0], _doc(*r[1:])) for r in rows]


def set_basis(db: Database, year: int, kind: str, rows: Iterable[tuple[str, DocRef]]) -> None:
    """Replace the year's and this period's basis documents, all or nothing."""
    checked = [(scope, check_doc(d)) for scope, d in rows]
    with db.atomic():
        db.execute("DELETE FROM report_basis WHERE year = ? AND (period_kind = '' OR period_kind = ?)", [year, kind])
        for i, (scope, d) in enumerate(checked):
            db.execute("INSERT INTO report_basis (year, period_kind, doc_kind, number, issued_on, issuer, summary, "
                       "ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [year, scope, d.kind, d.number, iso(d.issued_on), d.issuer, d.summary, i])


# -- proposals ---------------------------------------------------------------------------------

def list_proposals(db: Database, year: int, kind: str) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT text FROM proposals WHERE year = ? AND period_kind = ? ORDER BY ordinal, id", [year, kind])]


def set_proposals(db: Database, year: int, kind: str, texts: Iterable[str]) -> None:
    items = [t for t in (clean(x) for x in texts) if t]
    now = now_stamp()
    with db.atomic():
        db.execute("DELETE FROM proposals WHERE year = ? AND period_kind = ?", [year, kind])
        for i, t in enumerate(items):
            db.execute("INSERT INTO proposals (year, period_kind, text, ordinal, created_at) VALUES (?, ?, ?, ?, ?)",
                       [year, kind, t, i, now])


# -- a task's output documents --------------------------------------------------------------------

def list_outputs(db: Database, task_id: int) -> list[DocRef]:
    return [_doc(*r) for r in db.execute(
        "SELECT doc_kind, number, issued_on, issuer, summary FROM task_outputs WHERE task_id = ? ORDER BY id",
        [task_id])]


def outputs_by_task(db: Database) -> dict[int, list[DocRef]]:
    out: dict[int, list[DocRef]] = {}
    for task_id, *doc in db.execute(
            "SELECT task_id, doc_kind, number, issued_on, issuer, summary FROM task_outputs ORDER BY task_id, id"):
        out.setdefault(task_id, []).append(_doc(*doc))
    return out


def set_outputs(db: Database, task_id: int, docs: Iterable[DocRef]) -> None:
    """Replace a task's output documents, all or nothing (called inside the task's save)."""
    checked = [check_doc(d) for d in docs]
    now = now_stamp()
    with db.atomic():
        current = list_outputs(db, task_id)
        if current == checked:
            return  # nothing changed: nothing to log
        db.execute("DELETE FROM task_outputs WHERE task_id = ?", [task_id])
        for d in checked:
            db.execute("INSERT INTO task_outputs (task_id, doc_kind, number, issued_on, issuer, summary, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [task_id, d.kind, d.number, iso(d.issued_on), d.issuer, d.summary, now])



"""Marking a task done: the day, the result, the documents it produced and the
evidence, and why it was late, recorded together or not at all. A service: it changes the
task, the documents it produced and the evidence folder in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from parapp.core.citations import DocRef
from parapp.core.validation import validate_completion
from parapp.core.vntext import clean
from parapp.store.evidence import add_evidence, kept_only_if_saved
from parapp.store.report_inputs import set_outputs
from parapp.store.tasks import get_task, update_task
from parapp.store.workspace import Workspace


def complete_task(db: Workspace, task_id: int, *, completed_on: dt.date | None, result: str = "",
                  outputs: Iterable[DocRef] | None = None, delay_reason: str = "",
                  evidence: Iterable[Path] = (), data_dir: Path | None = None, today: dt.date | None = None) -> None:
    """One transaction: a refused completion (a late one without its reason, a file that
    cannot be read) leaves the task exactly as it was."""
    today = today or dt.date.today()
    task = get_task(db, task_id)
    changes = validate_completion(task.status, task.due_date, completed_on, delay_reason, today)
    changes["result"] = clean(result) or task.result
    evidence = [Path(p) for p in evidence]
    with kept_only_if_saved(db), db.atomic():  # a file copied in is not left when the task's rows are not (34B)
        update_task(db, task_id, changes, today)
        if outputs is not None:
            set_outputs(db, task_id, list(outputs))
        for path in evidence:
            add_evidence(db, data_dir or db.path.resolve().parent, task_id, path)

"""Unfinished work carried into the next year's plan ("Chuyển sang năm sau").

At the year's end a commune's unfinished tasks are given again in the next year's plan. The old
task keeps what it was (its status, its notes: the year's report says it was not finished) and
points at the task that carries it on (`carried_to`); from then on it is neither late nor chased,
and the next year's reports speak of its successor only. Removing the successor puts the old task
back as it was (ON DELETE SET NULL). The link is logged with the task's other fields.

Frozen: plain SQL, nothing from today's code.
"""

from __future__ import annotations

from sqlite_utils import Database

from parapp.store.migrations.base import audit_trigger_sql, migrations, run_script

_SQL = """
ALTER TABLE tasks ADD COLUMN carried_to INTEGER REFERENCES tasks(id) ON DELETE SET NULL;
CREATE INDEX tasks_carried_to ON tasks(carried_to);
DROP TRIGGER audit_tasks_insert;
DROP TRIGGER audit_tasks_update;
DROP TRIGGER audit_tasks_delete;
""" + audit_trigger_sql("tasks", [
    "plan_id", "stt", "content", "area_id", "par_code", "lead_official_id", "lead_text", "coordinators",
    "deadline_text", "due_date", "recurrence", "status", "completed_on", "delay_reason", "dropped_reason",
    "note", "product", "cause", "remedy", "budget", "result", "support_request", "carried_to"], "{p}.id") + "\n"


@migrations(name="m0012_carried_over")
def m0012_carried_over(db: Database) -> None:
    run_script(db, _SQL)

"""The register's order as an index (issue 23): what is due first, tasks with no due date last,
then by id, the order the window opens the register in (store.tasks.task_order).

Without it every opening of the window sorted all 50,000 tasks in a temporary B-tree before it
could show the first twenty; with it the ids come in order from the index alone and the lines
the window shows are read by id, a page at a time.

Frozen: plain SQL, nothing from today's code.
"""

from __future__ import annotations

from sqlite_utils import Database

from parapp.store.migrations.base import migrations

_SQL = "CREATE INDEX tasks_register_order ON tasks(due_date IS NULL, due_date, id)"


@migrations(name="m0011_register_order")
def m0011_register_order(db: Database) -> None:
    db.execute(_SQL)

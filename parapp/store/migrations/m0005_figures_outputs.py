"""Schema 5: figures per period, the documents tasks produced, what reports answer to and propose."""

from __future__ import annotations

from sqlite_utils import Database

from parapp.store.migrations.base import audit_trigger_sql, migrations, run_script


@migrations(name="m0005_figures_outputs")
def m0005_figures_outputs(db: Database) -> None:
    # Figures a report states, the documents a task produced, what a report
    # answers to and what it proposes. Column lists are written out here so
    # that this migration never changes when the code around it does.
    run_script(db, """
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (name <> ''),
    unit TEXT NOT NULL DEFAULT '',
    area_code TEXT NOT NULL DEFAULT '',
    combine TEXT NOT NULL CHECK (combine IN ('flow', 'stock_end', 'stock_start')),
    created_at TEXT NOT NULL
);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    period_kind TEXT NOT NULL CHECK (period_kind IN ('q1', 'q2', 'q3', 'q4', 'h1', '9m', 'year')),
    code TEXT NOT NULL,
    value REAL NOT NULL CHECK (value >= 0),
    source TEXT NOT NULL CHECK (source IN ('entered', 'imported')),
    updated_at TEXT NOT NULL,
    UNIQUE (year, period_kind, code)
);
CREATE TABLE task_outputs (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    doc_kind TEXT NOT NULL CHECK (doc_kind <> ''),
    number TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    issuer TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX task_outputs_task ON task_outputs(task_id);
CREATE TABLE report_basis (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    period_kind TEXT NOT NULL DEFAULT '',
    doc_kind TEXT NOT NULL CHECK (doc_kind <> ''),
    number TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    issuer TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    ordinal INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX report_basis_year ON report_basis(year, period_kind);
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    period_kind TEXT NOT NULL,
    text TEXT NOT NULL CHECK (text <> ''),
    ordinal INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX proposals_period ON proposals(year, period_kind);
ALTER TABLE tasks ADD COLUMN result TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN support_request TEXT NOT NULL DEFAULT '';
ALTER TABLE plans ADD COLUMN is_annual INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER audit_tasks_insert;
DROP TRIGGER audit_tasks_update;
DROP TRIGGER audit_tasks_delete;
""" + audit_trigger_sql("tasks", [
        "plan_id", "stt", "content", "area_id", "par_code", "lead_official_id", "lead_text", "coordinators",
        "deadline_text", "due_date", "recurrence", "status", "completed_on", "delay_reason", "dropped_reason",
        "note", "product", "cause", "remedy", "budget", "result", "support_request"], "{p}.id")
        + audit_trigger_sql("figures", ["year", "period_kind", "code", "value", "source"])
        + audit_trigger_sql("task_outputs", ["task_id", "doc_kind", "number", "issued_on", "issuer", "summary"],
                            "{p}.task_id")
        + audit_trigger_sql("proposals", ["year", "period_kind", "text"])
        + audit_trigger_sql("report_basis", ["year", "period_kind", "doc_kind", "number", "issued_on", "issuer",
                                           "summary"])
        + audit_trigger_sql("indicators", ["code", "name", "unit", "area_code", "combine"]) + "\n")


# PAR INDEX self-assessment (issue 14). Frozen: plain SQL, nothing from today's code.
# Points are whole thousandths of a point (2,5 → 2500): sums and comparisons
# with a maximum stay exact, and three decimals cover every step the provinces
# use (0,125). A group's maximum and scores are sums of its children's, so
# groups keep none of their own (checked by the store and the triggers here).

"""Schema 1: settings, PAR catalogues, units, officials, plans, tasks, their lead history and notes."""

from __future__ import annotations

from sqlite_utils import Database

from parapp.store.migrations.base import migrations, run_script


@migrations(name="m0001_initial")
def m0001_initial(db: Database) -> None:
    run_script(db, """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE catalogues (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    year_from INTEGER NOT NULL,
    year_to INTEGER NOT NULL
);
CREATE TABLE areas (
    id INTEGER PRIMARY KEY,
    catalogue_id INTEGER NOT NULL REFERENCES catalogues(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    leadership INTEGER NOT NULL DEFAULT 0,
    UNIQUE (catalogue_id, code)
);
CREATE TABLE criteria (
    id INTEGER PRIMARY KEY,
    area_id INTEGER NOT NULL REFERENCES areas(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (area_id, code)
);
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE officials (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL CHECK (full_name <> ''),
    position TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES units(id),
    phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    issuer TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL CHECK (title <> ''),
    year INTEGER NOT NULL,
    signer TEXT NOT NULL DEFAULT '',
    catalogue_id INTEGER REFERENCES catalogues(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER REFERENCES plans(id),
    stt TEXT NOT NULL DEFAULT '',
    group_title TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL CHECK (content <> ''),
    area_id INTEGER REFERENCES areas(id),
    par_code TEXT NOT NULL DEFAULT '',
    cause TEXT NOT NULL DEFAULT '',
    remedy TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL DEFAULT '',
    lead_official_id INTEGER REFERENCES officials(id),
    lead_unit_id INTEGER REFERENCES units(id),
    lead_text TEXT NOT NULL DEFAULT '',
    coordinators TEXT NOT NULL DEFAULT '',
    deadline_text TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    recurrence TEXT NOT NULL DEFAULT 'none'
        CHECK (recurrence IN ('none', 'yearly', 'quarterly', 'monthly')),
    budget TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'done', 'dropped')),
    dropped_reason TEXT NOT NULL DEFAULT '',
    completed_on TEXT,
    delay_reason TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tasks_plan ON tasks(plan_id);
CREATE INDEX tasks_due ON tasks(due_date);
CREATE INDEX tasks_lead ON tasks(lead_official_id);
CREATE TABLE task_assignments (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    official_id INTEGER REFERENCES officials(id),
    unit_id INTEGER REFERENCES units(id),
    lead_text TEXT NOT NULL DEFAULT '',
    since TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX task_assignments_task ON task_assignments(task_id);
CREATE TABLE progress_notes (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    note_date TEXT NOT NULL,
    text TEXT NOT NULL CHECK (text <> ''),
    created_at TEXT NOT NULL
);
CREATE INDEX progress_notes_task ON progress_notes(task_id, note_date);
""")

"""Schema migrations, in order, through sqlite-utils' Migrations.

Migrations are known by name; the schema version is how many have run. Never
edit or reorder a released migration: add a new one. Each runs in one
transaction with its record (sqlite-utils does that), so a failed upgrade
leaves the old schema whole. No executescript() here: it would COMMIT the
migration's transaction half-way.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

MIGRATION_SET = "parapp"
migrations = Migrations(MIGRATION_SET)


def _run(db: Database, statements: str) -> None:
    """Execute a script statement by statement (triggers hold inner semicolons)."""
    buf = ""
    for line in statements.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            db.execute(buf)
            buf = ""
    if buf.strip():
        db.execute(buf + ";")


@migrations(name="m0001_initial")
def m0001_initial(db: Database) -> None:
    _run(db, """
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




@migrations(name="m0002_periods_reports")
def m0002_periods_reports(db: Database) -> None:
    _run(db, """
CREATE TABLE period_rules (
    kind TEXT PRIMARY KEY CHECK (kind IN ('q1', 'h1', 'q2', 'q3', '9m', 'q4', 'year')),
    enabled INTEGER NOT NULL DEFAULT 1,
    start_day INTEGER NOT NULL,
    start_month INTEGER NOT NULL,
    start_offset INTEGER NOT NULL DEFAULT 0,
    end_day INTEGER NOT NULL,
    end_month INTEGER NOT NULL,
    end_offset INTEGER NOT NULL DEFAULT 0,
    deadline_day INTEGER,
    deadline_month INTEGER,
    deadline_offset INTEGER NOT NULL DEFAULT 0,
    days_after_end INTEGER,
    CHECK ((deadline_day IS NOT NULL AND deadline_month IS NOT NULL) OR days_after_end IS NOT NULL)
);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    period_kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'final')),
    content TEXT NOT NULL,
    based_on INTEGER REFERENCES reports(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finalized_on TEXT,
    content_hash TEXT,
    sent_on TEXT,
    sent_channel TEXT NOT NULL DEFAULT '',
    sent_number TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reports_period ON reports(year, period_kind);
CREATE TRIGGER reports_final_is_frozen
BEFORE UPDATE OF period_kind, year, state, content, based_on, created_at, finalized_on, content_hash ON reports
WHEN OLD.state = 'final'
BEGIN
    SELECT RAISE(ABORT, 'finalised report is frozen');
END;
CREATE TRIGGER reports_final_kept
BEFORE DELETE ON reports
WHEN OLD.state = 'final'
BEGIN
    SELECT RAISE(ABORT, 'finalised report is frozen');
END;
""")
    # Every commune starts on the ministry's 15th-to-14th rule; the settings change it.
    from parapp.core.periods import DEFAULT_PRESET
    from parapp.store.periods import write_rules
    from parapp.core.periods import PRESETS

    write_rules(db, PRESETS[DEFAULT_PRESET])
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('period_preset', ?)", [DEFAULT_PRESET])


@migrations(name="m0003_report_font")
def m0003_report_font(db: Database) -> None:
    # A finalised report records the font it was first printed with, once.
    _run(db, """
ALTER TABLE reports ADD COLUMN font TEXT;
CREATE TRIGGER reports_font_once
BEFORE UPDATE OF font ON reports
WHEN OLD.state = 'final' AND OLD.font IS NOT NULL AND NEW.font IS NOT OLD.font
BEGIN
    SELECT RAISE(ABORT, 'finalised report keeps its font');
END;
""")


# Tables whose every change is logged, and the columns kept in the log.
AUDITED = {
    "officials": ["full_name", "position", "unit_id", "phone", "active"],
    "plans": ["number", "issued_on", "issuer", "title", "year", "signer"],
    "tasks": ["plan_id", "stt", "content", "area_id", "par_code", "lead_official_id", "lead_text", "coordinators",
              "deadline_text", "due_date", "recurrence", "status", "completed_on", "delay_reason", "dropped_reason",
              "note", "product", "cause", "remedy", "budget"],
    "progress_notes": ["task_id", "note_date", "text"],
    "reports": ["period_kind", "year", "state", "finalized_on", "content_hash", "sent_on", "sent_channel",
                "sent_number"],
    "evidence": ["task_id", "sha256", "original_name", "original_path", "size"],
}


def _audit_triggers(table: str, cols: list[str]) -> str:
    def obj(prefix: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {prefix}.{c}" for c in cols) + ")"

    who = "(SELECT os_user FROM audit_actor WHERE id = 1), (SELECT official_id FROM audit_actor WHERE id = 1)"
    task_of = {"tasks": "{p}.id", "progress_notes": "{p}.task_id", "evidence": "{p}.task_id",
               "task_outputs": "{p}.task_id"}.get(table, "NULL")
    out = []
    for event, prefix, before, after in (("INSERT", "NEW", "NULL", obj("NEW")),
                                         ("UPDATE", "NEW", obj("OLD"), obj("NEW")),
                                         ("DELETE", "OLD", obj("OLD"), "NULL")):
        # An update that changes no logged field (a search key, a timestamp) is not a change to report.
        when = f"\nWHEN {obj('OLD')} IS NOT {obj('NEW')}" if event == "UPDATE" else ""
        out.append(f"""
CREATE TRIGGER audit_{table}_{event.lower()} AFTER {event} ON {table}{when}
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), {who}, '{table}', {prefix}.id,
            {task_of.format(p=prefix)}, '{event.lower()}', {before}, {after});
END;""")
    return "\n".join(out)


@migrations(name="m0004_evidence_audit")
def m0004_evidence_audit(db: Database) -> None:
    _run(db, """
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    original_name TEXT NOT NULL,
    original_path TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX evidence_task ON evidence(task_id);
CREATE TABLE audit_actor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    os_user TEXT NOT NULL DEFAULT '',
    official_id INTEGER
);
INSERT INTO audit_actor (id, os_user, official_id) VALUES (1, '', NULL);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    os_user TEXT NOT NULL DEFAULT '',
    official_id INTEGER,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    task_id INTEGER,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_log_task ON audit_log(task_id);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_append_only_u BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_append_only_d BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
""" + "\n".join(_audit_triggers(t, c) for t, c in AUDITED.items()) + "\n")


@migrations(name="m0005_figures_outputs")
def m0005_figures_outputs(db: Database) -> None:
    # Figures a report states, the documents a task produced, what a report
    # answers to and what it proposes. Column lists are written out here so
    # that this migration never changes when the code around it does.
    _run(db, """
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
""" + _audit_triggers("tasks", [
        "plan_id", "stt", "content", "area_id", "par_code", "lead_official_id", "lead_text", "coordinators",
        "deadline_text", "due_date", "recurrence", "status", "completed_on", "delay_reason", "dropped_reason",
        "note", "product", "cause", "remedy", "budget", "result", "support_request"])
        + _audit_triggers("figures", ["year", "period_kind", "code", "value", "source"])
        + _audit_triggers("task_outputs", ["task_id", "doc_kind", "number", "issued_on", "issuer", "summary"])
        + _audit_triggers("proposals", ["year", "period_kind", "text"])
        + _audit_triggers("report_basis", ["year", "period_kind", "doc_kind", "number", "issued_on", "issuer",
                                           "summary"])
        + _audit_triggers("indicators", ["code", "name", "unit", "area_code", "combine"]) + "\n")


# PAR INDEX self-assessment (issue 14). Frozen: plain SQL, nothing from today's code.
# Points are whole thousandths of a point (2,5 → 2500): sums and comparisons
# with a maximum stay exact, and three decimals cover every step the provinces
# use (0,125). A group's maximum and scores are sums of its children's, so
# groups keep none of their own (checked by the store and the triggers here).
@migrations(name="m0006_par_index")
def m0006_par_index(db: Database) -> None:
    _run(db, """
CREATE TABLE par_sets (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE,
    province TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    source_name TEXT NOT NULL DEFAULT '',
    official_rank TEXT NOT NULL DEFAULT '',
    remedy_plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE par_criteria (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES par_sets(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES par_criteria(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL CHECK (code <> ''),
    label TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    max_milli INTEGER CHECK (max_milli IS NULL OR max_milli >= 0),
    guidance TEXT NOT NULL DEFAULT '',
    evidence_asked TEXT NOT NULL DEFAULT '',
    self_milli INTEGER CHECK (self_milli IS NULL OR (self_milli >= 0 AND self_milli <= max_milli)),
    official_milli INTEGER CHECK (official_milli IS NULL OR (official_milli >= 0 AND official_milli <= max_milli)),
    explanation TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (set_id, code)
);
CREATE INDEX par_criteria_parent ON par_criteria(parent_id);
CREATE TRIGGER par_groups_not_scored
BEFORE UPDATE OF self_milli, official_milli, max_milli ON par_criteria
WHEN (NEW.self_milli IS NOT NULL OR NEW.official_milli IS NOT NULL OR NEW.max_milli IS NOT NULL)
     AND EXISTS (SELECT 1 FROM par_criteria c WHERE c.parent_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a group of criteria is not scored');
END;
CREATE TRIGGER par_scored_keeps_no_children
BEFORE INSERT ON par_criteria
WHEN NEW.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM par_criteria p WHERE p.id = NEW.parent_id
     AND (p.self_milli IS NOT NULL OR p.official_milli IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'a scored criterion cannot become a group');
END;
CREATE TABLE par_evidence (
    id INTEGER PRIMARY KEY,
    criterion_id INTEGER NOT NULL REFERENCES par_criteria(id) ON DELETE CASCADE,
    evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
    sha256 TEXT NOT NULL,
    original_name TEXT NOT NULL,
    original_path TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX par_evidence_criterion ON par_evidence(criterion_id);
CREATE UNIQUE INDEX par_evidence_once ON par_evidence(criterion_id, sha256);
CREATE TABLE par_remedy_tasks (
    task_id INTEGER PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES par_criteria(id) ON DELETE CASCADE,
    lost_milli INTEGER NOT NULL
);
CREATE INDEX par_remedy_criterion ON par_remedy_tasks(criterion_id);
CREATE TRIGGER audit_par_criteria_insert AFTER INSERT ON par_criteria
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), (SELECT os_user FROM audit_actor WHERE id = 1),
            (SELECT official_id FROM audit_actor WHERE id = 1), 'par_criteria', NEW.id, NULL, 'insert', NULL,
            json_object('set_id', NEW.set_id, 'code', NEW.code, 'name', NEW.name, 'max_milli', NEW.max_milli,
                        'self_milli', NEW.self_milli, 'official_milli', NEW.official_milli,
                        'explanation', NEW.explanation));
END;
CREATE TRIGGER audit_par_criteria_update AFTER UPDATE ON par_criteria
WHEN json_object('code', OLD.code, 'name', OLD.name, 'max_milli', OLD.max_milli, 'self_milli', OLD.self_milli,
                 'official_milli', OLD.official_milli, 'explanation', OLD.explanation)
  IS NOT json_object('code', NEW.code, 'name', NEW.name, 'max_milli', NEW.max_milli, 'self_milli', NEW.self_milli,
                     'official_milli', NEW.official_milli, 'explanation', NEW.explanation)
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), (SELECT os_user FROM audit_actor WHERE id = 1),
            (SELECT official_id FROM audit_actor WHERE id = 1), 'par_criteria', NEW.id, NULL, 'update',
            json_object('set_id', OLD.set_id, 'code', OLD.code, 'name', OLD.name, 'max_milli', OLD.max_milli,
                        'self_milli', OLD.self_milli, 'official_milli', OLD.official_milli,
                        'explanation', OLD.explanation),
            json_object('set_id', NEW.set_id, 'code', NEW.code, 'name', NEW.name, 'max_milli', NEW.max_milli,
                        'self_milli', NEW.self_milli, 'official_milli', NEW.official_milli,
                        'explanation', NEW.explanation));
END;
CREATE TRIGGER audit_par_criteria_delete AFTER DELETE ON par_criteria
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), (SELECT os_user FROM audit_actor WHERE id = 1),
            (SELECT official_id FROM audit_actor WHERE id = 1), 'par_criteria', OLD.id, NULL, 'delete',
            json_object('set_id', OLD.set_id, 'code', OLD.code, 'name', OLD.name, 'max_milli', OLD.max_milli,
                        'self_milli', OLD.self_milli, 'official_milli', OLD.official_milli,
                        'explanation', OLD.explanation), NULL);
END;
CREATE TRIGGER audit_par_evidence_insert AFTER INSERT ON par_evidence
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), (SELECT os_user FROM audit_actor WHERE id = 1),
            (SELECT official_id FROM audit_actor WHERE id = 1), 'par_evidence', NEW.id, NULL, 'insert', NULL,
            json_object('criterion_id', NEW.criterion_id, 'evidence_id', NEW.evidence_id, 'sha256', NEW.sha256,
                        'original_name', NEW.original_name));
END;
CREATE TRIGGER audit_par_evidence_delete AFTER DELETE ON par_evidence
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), (SELECT os_user FROM audit_actor WHERE id = 1),
            (SELECT official_id FROM audit_actor WHERE id = 1), 'par_evidence', OLD.id, NULL, 'delete',
            json_object('criterion_id', OLD.criterion_id, 'evidence_id', OLD.evidence_id, 'sha256', OLD.sha256,
                        'original_name', OLD.original_name), NULL);
END;
CREATE TRIGGER audit_par_sets_insert AFTER INSERT ON par_sets
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), (SELECT os_user FROM audit_actor WHERE id = 1),
            (SELECT official_id FROM audit_actor WHERE id = 1), 'par_sets', NEW.id, NULL, 'insert', NULL,
            json_object('year', NEW.year, 'province', NEW.province, 'title', NEW.title,
                        'official_rank', NEW.official_rank));
END;
CREATE TRIGGER audit_par_sets_update AFTER UPDATE ON par_sets
WHEN json_object('year', OLD.year, 'province', OLD.province, 'title', OLD.title, 'official_rank', OLD.official_rank,
                 'remedy_plan_id', OLD.remedy_plan_id)
  IS NOT json_object('year', NEW.year, 'province', NEW.province, 'title', NEW.title,
                     'official_rank', NEW.official_rank, 'remedy_plan_id', NEW.remedy_plan_id)
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), (SELECT os_user FROM audit_actor WHERE id = 1),
            (SELECT official_id FROM audit_actor WHERE id = 1), 'par_sets', NEW.id, NULL, 'update',
            json_object('year', OLD.year, 'province', OLD.province, 'title', OLD.title,
                        'official_rank', OLD.official_rank, 'remedy_plan_id', OLD.remedy_plan_id),
            json_object('year', NEW.year, 'province', NEW.province, 'title', NEW.title,
                        'official_rank', NEW.official_rank, 'remedy_plan_id', NEW.remedy_plan_id));
END;
CREATE TRIGGER audit_par_sets_delete AFTER DELETE ON par_sets
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), (SELECT os_user FROM audit_actor WHERE id = 1),
            (SELECT official_id FROM audit_actor WHERE id = 1), 'par_sets', OLD.id, NULL, 'delete',
            json_object('year', OLD.year, 'province', OLD.province, 'title', OLD.title,
                        'official_rank', OLD.official_rank), NULL);
END;
""")


# Defined after the last migration so that it lists them all.
KNOWN = [m.name for m in migrations._migrations]  # noqa: SLF001 - public list not offered


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))

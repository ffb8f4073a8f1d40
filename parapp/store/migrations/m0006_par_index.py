"""Schema 6: the PAR INDEX self-assessment."""

from __future__ import annotations

from sqlite_utils import Database

from parapp.store.migrations.base import migrations, run_script


@migrations(name="m0006_par_index")
def m0006_par_index(db: Database) -> None:
    run_script(db, """
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

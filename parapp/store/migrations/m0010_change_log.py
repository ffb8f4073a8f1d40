"""Every change a person makes is in the change log: the commune's details, the reporting
schedule and a draft report's text were not (issue 21).

- settings: the commune's name, chairman, signer, recipients … (not this installation's
  preferences, `pref.*`: the language, who works on this PC), each key as its own field;
- period_rules: each report's window and deadline;
- reports: a draft's text (its title, opening and sections) when it is replaced; the
  appendix and figures follow from the register and the figures, which are logged where
  they change.

Frozen: plain SQL, nothing from today's code.
"""

from __future__ import annotations

from sqlite_utils import Database

from parapp.store.migrations.base import migrations, run_script

_WHO = "(SELECT os_user FROM audit_actor WHERE id = 1), (SELECT official_id FROM audit_actor WHERE id = 1)"
_AT = "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"
_RULE_COLS = ["kind", "enabled", "start_day", "start_month", "start_offset", "end_day", "end_month", "end_offset",
              "deadline_day", "deadline_month", "deadline_offset", "days_after_end"]


def _rule(prefix: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {prefix}.{c}" for c in _RULE_COLS) + ")"


def _draft(prefix: str) -> str:
    return (f"json_object('draft_title', json_extract({prefix}.content, '$.title'), "
            f"'draft_opening', json(COALESCE(json_extract({prefix}.content, '$.opening'), 'null')), "
            f"'draft_sections', json(COALESCE(json_extract({prefix}.content, '$.sections'), '[]')))")


_SQL = f"""
CREATE TRIGGER audit_settings_insert AFTER INSERT ON settings
WHEN substr(NEW.key, 1, 5) <> 'pref.' AND NEW.value NOT IN ('', '[]')
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES ({_AT}, {_WHO}, 'settings', NULL, NULL, 'insert', NULL, json_object(NEW.key, NEW.value));
END;
CREATE TRIGGER audit_settings_update AFTER UPDATE ON settings
WHEN substr(NEW.key, 1, 5) <> 'pref.' AND (OLD.value IS NOT NEW.value OR OLD.key IS NOT NEW.key)
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES ({_AT}, {_WHO}, 'settings', NULL, NULL, 'update', json_object(OLD.key, OLD.value),
            json_object(NEW.key, NEW.value));
END;
CREATE TRIGGER audit_settings_delete AFTER DELETE ON settings
WHEN substr(OLD.key, 1, 5) <> 'pref.'
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES ({_AT}, {_WHO}, 'settings', NULL, NULL, 'delete', json_object(OLD.key, OLD.value), NULL);
END;
CREATE TRIGGER audit_period_rules_insert AFTER INSERT ON period_rules
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES ({_AT}, {_WHO}, 'period_rules', NULL, NULL, 'insert', NULL, {_rule('NEW')});
END;
CREATE TRIGGER audit_period_rules_update AFTER UPDATE ON period_rules
WHEN {_rule('OLD')} IS NOT {_rule('NEW')}
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES ({_AT}, {_WHO}, 'period_rules', NULL, NULL, 'update', {_rule('OLD')}, {_rule('NEW')});
END;
CREATE TRIGGER audit_period_rules_delete AFTER DELETE ON period_rules
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES ({_AT}, {_WHO}, 'period_rules', NULL, NULL, 'delete', {_rule('OLD')}, NULL);
END;
CREATE TRIGGER audit_reports_text AFTER UPDATE OF content ON reports
WHEN {_draft('OLD')} IS NOT {_draft('NEW')}
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES ({_AT}, {_WHO}, 'reports', NEW.id, NULL, 'update',
            json_set({_draft('OLD')}, '$.period_kind', OLD.period_kind, '$.year', OLD.year),
            json_set({_draft('NEW')}, '$.period_kind', NEW.period_kind, '$.year', NEW.year));
END;
"""


@migrations(name="m0010_change_log")
def m0010_change_log(db: Database) -> None:
    run_script(db, _SQL)

import shutil
from pathlib import Path

import pytest

from parapp.store import open_database
from parapp.store.schema import KNOWN, schema_version
from parapp.store.periods import current_preset, year_periods
from parapp.store.report_records import list_reports, verify
from parapp.store.tasks import list_notes, task_rows

FIXTURES = sorted(Path(__file__).parent.parent.joinpath("fixtures").glob("schema_v*.db"))


def test_there_is_a_fixture_for_every_released_schema():
    # schema_v1 … schema_vN: one file per released version, none missing.
    versions = sorted(int(p.stem.split("_v")[1]) for p in FIXTURES)
    assert versions == list(range(1, len(KNOWN) + 1))  # the latest released schema too


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_schema_upgrades_and_keeps_its_data(fixture, tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    db = open_database(path)
    assert schema_version(db) == len(KNOWN)
    row = next(r for r in task_rows(db) if r.content == "Phải hoàn thành các nội dung theo kế hoạch đã đề ra.")
    assert row.lead == "Nguyễn Văn An"
    assert row.par_code == "2.2.1"
    assert list_notes(db, row.id)[0]["text"] == "Đã ban hành kế hoạch theo dõi thi hành pháp luật"
    # every schema ends with a reporting schedule (v1 gets the default rule when upgraded)
    assert year_periods(db, 2024)
    for rec in list_reports(db):
        assert rec.is_final and verify(db, rec.id)  # a finalised report survives upgrades byte for byte
    db.close()


def _rows(path) -> dict[str, dict[int, dict]]:
    """Every row of every table, by rowid, read with plain sqlite3 (no ParApp code)."""
    import sqlite3

    con = sqlite3.connect(path)
    out = {}
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        cur = con.execute(f'SELECT rowid, * FROM "{table}"')
        cols = [c[0] for c in cur.description][1:]
        out[table] = {r[0]: dict(zip(cols, r[1:])) for r in cur}
    con.close()
    return out


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_upgrade_keeps_every_field_of_every_row(fixture, tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    before = _rows(path)
    open_database(path).close()
    after = _rows(path)
    for table, rows in before.items():
        if table == "audit_actor":
            continue  # who is working now: rewritten at every open by design
        assert table in after, f"table {table} lost"
        for rowid, fields in rows.items():
            assert rowid in after[table], f"{table} row {rowid} lost"
            now = after[table][rowid]
            assert {k: now.get(k) for k in fields} == fields, f"{table} row {rowid} changed"


def test_v1_upgrade_starts_on_the_default_schedule(tmp_path):
    path = tmp_path / "v1.db"
    shutil.copy(FIXTURES[0], path)
    db = open_database(path)
    assert current_preset(db) == "15-14"
    db.close()


def test_v2_fixture_keeps_its_schedule_and_sent_report(tmp_path):
    path = tmp_path / "v2.db"
    shutil.copy(next(p for p in FIXTURES if p.stem == "schema_v2"), path)
    db = open_database(path)
    assert current_preset(db) == "ba-giang-2023"
    (rec,) = list_reports(db)
    assert (rec.sent_number, rec.sent_channel) == ("120/BC-UBND", "Thư điện tử công vụ")
    db.close()


def test_failed_migration_leaves_old_schema(db_path, monkeypatch):
    from parapp.store import schema

    db = open_database(db_path)
    db.close()

    def boom(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    migrations = schema.Migrations(schema.MIGRATION_SET)
    for m in schema.migrations._migrations:
        migrations(name=m.name)(m.fn)
    migrations(name="m9999_broken")(boom)
    monkeypatch.setattr(schema, "KNOWN", KNOWN + ["m9999_broken"])
    monkeypatch.setattr("parapp.store.migration_record.KNOWN", KNOWN + ["m9999_broken"])
    monkeypatch.setattr(schema, "migrations", migrations)
    with pytest.raises(Exception, match="power cut"):
        open_database(db_path)
    monkeypatch.undo()
    db = open_database(db_path)
    assert "half_done" not in db.table_names()
    assert schema_version(db) == len(KNOWN)
    db.close()


def test_released_migrations_call_no_code_of_today():
    # A migration that calls today's code changes what it writes when that code changes.
    import ast

    folder = Path(__file__).parent.parent.parent / "parapp" / "store" / "migrations"
    modules = sorted(folder.glob("m0*.py"))
    assert [m.stem for m in modules] == KNOWN
    for m in modules:
        tree = ast.parse(m.read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | \
                   {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert imported <= {"__future__", "sqlite_utils", "parapp.store.migrations.base"}, (m.name, imported)


def test_the_light_list_of_migrations_is_the_migrations_own():
    # Opening a current database reads the names from store.migration_record without loading the
    # migrations: the two lists must not drift apart.
    from parapp.store import migration_record

    assert migration_record.KNOWN == KNOWN


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_upgraded_register_opens_in_order_from_its_index(fixture, tmp_path):
    """Issue 23: the window opens on the register's order read from an index (m0011), not on a sort
    of every task; the lines read by id come in that same order."""
    from parapp.store.tasks import task_order, task_rows_by_id

    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    db = open_database(path)
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT t.id FROM tasks t ORDER BY t.due_date IS NULL, t.due_date, t.id"))
    assert "tasks_register_order" in plan and "TEMP B-TREE" not in plan
    ids = task_order(db)
    assert ids == [r.id for r in task_rows(db)]
    assert [r.id for r in task_rows_by_id(db, list(reversed(ids)))] == ids
    db.close()

import shutil
from pathlib import Path

import pytest

from parapp.store import open_database
from parapp.store.schema import KNOWN, schema_version
from parapp.store.periods import current_preset, year_periods
from parapp.store.reports import list_reports, verify
from parapp.store.tasks import list_notes, task_rows

FIXTURES = sorted(Path(__file__).parent.parent.joinpath("fixtures").glob("schema_v*.db"))


def test_there_is_a_fixture_for_every_released_schema():
    # schema_v1 … schema_vN: one file per released version, none missing.
    versions = sorted(int(p.stem.split("_v")[1]) for p in FIXTURES)
    assert versions == list(range(1, len(versions) + 1))
    assert versions[-1] <= len(KNOWN)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_schema_upgrades_and_keeps_its_data(fixture, tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    db = open_database(path)
    assert schema_version(db) == len(KNOWN)
    rows = task_rows(db)
    assert rows and rows[0].content == "Phải hoàn thành các nội dung theo kế hoạch đã đề ra."
    assert rows[0].lead == "Nguyễn Văn An"
    assert rows[0].par_code == "2.2.1"
    assert list_notes(db, rows[0].id)[0]["text"] == "Đã ban hành kế hoạch theo dõi thi hành pháp luật"
    # every schema ends with a reporting schedule (v1 gets the default rule when upgraded)
    assert year_periods(db, 2024)
    for rec in list_reports(db):
        assert rec.is_final and verify(db, rec.id)  # a finalised report survives upgrades byte for byte
    db.close()


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
    monkeypatch.setattr("parapp.store.db.KNOWN", KNOWN + ["m9999_broken"])
    monkeypatch.setattr("parapp.store.db.migrations", migrations)
    with pytest.raises(Exception):
        open_database(db_path)
    monkeypatch.undo()
    db = open_database(db_path)
    assert "half_done" not in db.table_names()
    assert schema_version(db) == len(KNOWN)
    db.close()

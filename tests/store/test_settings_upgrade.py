"""Settings read from every released schema: a database made before offices were data gets the 2025
structure, names no person in its reports, and keeps a choice to name persons made before."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from parapp.store import open_database
from parapp.store.periods import find_period
from parapp.store.reports import assemble_draft
from parapp.store.settings import load_settings, save_settings

FIXTURES = sorted(Path(__file__).parent.parent.joinpath("fixtures").glob("schema_v*.db"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_databases_get_the_2025_structure_and_name_no_person(fixture, tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    db = open_database(path)
    s = load_settings(db)
    assert s.offices == ["Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa – Xã hội"]
    assert s.one_stop_unit == "Trung tâm Phục vụ hành chính công"
    assert s.report_persons is False
    d = assemble_draft(db, find_period(db, "year", 2024), dt.date(2025, 1, 10))
    body = "\n".join(p for sec in d.walk() for p in sec.paragraphs)
    assert "Nguyễn Văn An" not in body and "đồng chí" not in body
    # a late task is led by a post the commune had then: its post is named, never the person
    assert "(Công chức Tư pháp – Hộ tịch chủ trì)" in body
    if s.commune_name:
        save_settings(db, s)  # saving again keeps them, and makes each office a unit officials can be put in
        units = {r[0] for r in db.execute("SELECT name FROM units")}
        assert {"Phòng Văn hóa – Xã hội", "Trung tâm Phục vụ hành chính công"} <= units
    db.close()


def test_a_commune_that_named_persons_always_keeps_naming_them(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES[-1], path)
    con = sqlite3.connect(path)
    con.execute("UPDATE settings SET value = 'always' WHERE key = 'report_naming'")
    con.commit()
    con.close()
    db = open_database(path)
    assert load_settings(db).report_persons is True
    d = assemble_draft(db, find_period(db, "year", 2024), dt.date(2025, 1, 10))
    assert "đồng chí Nguyễn Văn An" in "\n".join(p for sec in d.walk() for p in sec.paragraphs)
    db.close()

"""Settings read from every released schema: a database made before offices were data gets the 2025
structure, names no person in its reports, and keeps a choice to name persons made before."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from parapp.store import open_database
from parapp.store.periods import find_period
from parapp.store.report_records import assemble_draft
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
    # the official's task is made one-off work: recurring work is not late once its year is over (2026-12-05), and
    # only late work names who leads it
    with db.conn:
        db.execute("UPDATE tasks SET recurrence = 'none' WHERE id = 1")
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


def test_the_interface_language_is_vietnamese_until_one_is_chosen(tmp_path):
    from parapp.store.connect import saved_language
    from parapp.store.settings import interface_language, set_pref

    path = tmp_path / "p.db"
    db = open_database(path)
    assert interface_language(db) == "vi" and saved_language(path) is None
    set_pref(db, "language", "en")
    assert interface_language(db) == "en" and saved_language(path) == "en"
    set_pref(db, "language", "klingon")  # written by hand: not a language the window has
    assert interface_language(db) == "vi"
    db.close()


def test_settings_saved_with_unknown_choices_fall_back_to_the_defaults(tmp_path):
    from parapp.store.settings import CommuneSettings

    db = open_database(tmp_path / "p.db")
    saved = save_settings(db, CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang", signer="",
                                              report_naming="sometimes", numbering="nobody", one_stop_unit=" "))
    fresh = CommuneSettings()
    assert (saved.signer, saved.report_naming, saved.numbering, saved.one_stop_unit) == (
        fresh.signer, fresh.report_naming, fresh.numbering, fresh.one_stop_unit)
    assert load_settings(db).report_naming == fresh.report_naming
    db.close()

import os
import sqlite3

import pytest

from parapp.store import open_database
from parapp.store.errors import DatabaseTooNew, FolderMissing, FolderReadOnly, NotParAppDatabase
from parapp.store.schema import KNOWN, schema_version


def test_new_database_has_pragmas_and_schema(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert schema_version(db) == len(KNOWN) == 10
    # both shipped catalogues are loaded: 7 areas for 2021–2030, 8 for 2016–2020
    counts = dict(db.execute(
        "SELECT c.code, COUNT(*) FROM areas a JOIN catalogues c ON c.id = a.catalogue_id GROUP BY c.code"))
    assert counts == {"2021-2030": 7, "2016-2020": 8}


def _everything(path) -> list[str]:
    """Every table's schema and rows, as SQL text."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_reopening_changes_nothing(db_path):
    open_database(db_path).close()
    before = _everything(db_path)
    assert any("INSERT INTO \"criteria\"" in line for line in before)  # the catalogues were loaded
    open_database(db_path).close()
    assert _everything(db_path) == before


@pytest.mark.parametrize("lost", [
    "DELETE FROM criteria WHERE code = '3.2'",
    "DELETE FROM criteria WHERE area_id = (SELECT MAX(id) FROM areas)",
    "DELETE FROM catalogues WHERE code = '2016-2020'",
])
def test_a_shipped_catalogue_code_lost_comes_back_at_the_next_open(db_path, lost):
    open_database(db_path).close()
    whole = _everything(db_path)
    con = sqlite3.connect(db_path)
    with con:
        con.execute("PRAGMA foreign_keys = OFF")
        if "catalogues" in lost:  # with its areas and their criteria
            con.execute("DELETE FROM criteria WHERE area_id IN (SELECT a.id FROM areas a JOIN catalogues c "
                        "ON c.id = a.catalogue_id WHERE c.code = '2016-2020')")
            con.execute("DELETE FROM areas WHERE catalogue_id = (SELECT id FROM catalogues WHERE code = '2016-2020')")
        assert con.execute(lost).rowcount
    con.close()
    db = open_database(db_path)
    codes = {r[0] for r in db.execute("SELECT c.code || ' ' || a.code || ' ' || r.code FROM criteria r "
                                      "JOIN areas a ON a.id = r.area_id JOIN catalogues c ON c.id = a.catalogue_id")}
    db.close()
    expected = {line for line in whole if "INSERT INTO \"criteria\"" in line}
    assert len(codes) == len(expected)


def test_missing_folder(tmp_path):
    with pytest.raises(FolderMissing) as e:
        open_database(tmp_path / "không có" / "parapp.db")
    assert "không tồn tại" in e.value.message



def test_read_only_folder(tmp_path, monkeypatch):
    # CI runs as root, for whom chmod does not bite: make access() say no.
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(FolderReadOnly) as e:
        open_database(tmp_path / "parapp.db")
    assert "chỉ đọc" in e.value.message
    assert not (tmp_path / "parapp.db").exists()


def test_text_file_is_not_a_database(tmp_path):
    f = tmp_path / "ghi-chu.db"
    f.write_text("Đây là một tệp văn bản", encoding="utf-8")
    with pytest.raises(NotParAppDatabase):
        open_database(f)
    assert f.read_text(encoding="utf-8") == "Đây là một tệp văn bản"


def test_foreign_sqlite_database_refused_and_untouched(tmp_path):
    f = tmp_path / "other.db"
    con = sqlite3.connect(f)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    before = f.read_bytes()
    with pytest.raises(NotParAppDatabase):
        open_database(f)
    assert f.read_bytes() == before


def test_database_from_newer_app_refused(db_path):
    db = open_database(db_path)
    db["_sqlite_migrations"].insert({"migration_set": "parapp", "name": "m0099_future", "applied_at": "x"})
    db.close()
    with pytest.raises(DatabaseTooNew) as e:
        open_database(db_path)
    assert "m0099_future" in e.value.message

"""Criteria sets in the database: stored whole, scored all or nothing,
replaced without losing scores, edited, evidence shared with tasks, logged."""

import datetime as dt

import pytest

from parapp.core.messages import ValidationError
from parapp.core.par.reading import read_bytes
from parapp.core.par.scores import ScoresRejected
from parapp.store import par_index, par_index_criteria, par_index_evidence, plans, tasks
from parapp.store.change_log import list_log
from parapp.store.evidence import add_evidence, stored_path

from .province_files import province_xlsx

TODAY = dt.date(2025, 2, 10)


def stored(db, year=2024, **kw):
    c = read_bytes(province_xlsx(**kw), "Bo chi so.xlsx").build(year).criteria
    c.province = "Quảng Ngãi"
    par_index.store_set(db, c, source_name="Bo chi so.xlsx")
    return par_index.load_set(db, year)


def snapshot(db):
    return db.execute("SELECT code, self_milli, official_milli, explanation FROM par_criteria ORDER BY id").fetchall()


def test_set_round_trips_through_the_database(db):
    c = stored(db)
    assert c.max_total == 100_000 and len(c.areas) == 7 and c.province == "Quảng Ngãi"
    assert c.find("3.2").is_group and c.find("3.2.1").max_milli == 7500
    assert [a.display_label for a in c.areas][:3] == ["I", "II", "III"]
    assert c.find("1.1.2").guidance.startswith("- Hoàn thành 100%")
    # groups keep no maximum of their own: theirs is the sum of their children's
    assert db.execute("SELECT max_milli FROM par_criteria WHERE code = '3'").fetchone() == (None,)
    assert par_index.list_years(db) == [2024]


def test_scores_all_or_nothing(db):
    stored(db)
    par_index.set_scores(db, 2024, [("1.2", "2,5"), ("1.3", "2")])
    before = snapshot(db)
    for bad in ([("1.4", "2"), ("1.1", "1")],          # a group
                [("1.4", "2"), ("1.5", "1,75")],       # above the maximum
                [("1.4", "2"), ("1.5", "-0,5")],       # negative
                [("1.4", "2"), ("1.5", "hai")],        # not a number
                [("1.4", "2"), ("8.1", "1")]):         # unknown
        with pytest.raises(ScoresRejected):
            par_index.set_scores(db, 2024, bad)
        assert snapshot(db) == before  # nothing of the batch stored, not even the good score
    c = par_index.load_set(db, 2024)
    assert c.self_total == 4500 and c.find("1").self_total == 4500
    par_index.set_scores(db, 2024, [("1.2", "")])  # cleared
    assert par_index.load_set(db, 2024).find("1.2").self_milli is None


def test_the_database_refuses_a_score_on_a_group_or_above_the_maximum(db):
    import sqlite3

    stored(db)
    for sql in ("UPDATE par_criteria SET self_milli = 1000 WHERE code = '1.1'",
                "UPDATE par_criteria SET self_milli = 9000 WHERE code = '1.2'"):
        with pytest.raises(sqlite3.DatabaseError):
            db.execute(sql)


def test_replacing_a_set_keeps_scores_by_code_and_names_what_is_lost(db):
    c = stored(db)
    par_index.set_scores(db, 2024, [("1.2", "2"), ("2.2", "3"), ("7.3", "4")])
    par_index.set_explanation(db, c.find("1.2").id, "Báo cáo quý III chậm")
    new = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    # the province's corrected set: 7.3 is gone, 2.2 now has a maximum below its old score
    area7 = new.find("7")
    area7.children = [n for n in area7.children if n.code != "7.3"]
    new.find("2.2").max_milli = 2000
    with pytest.raises(ValidationError):
        par_index.store_set(db, new)  # a year's set is replaced only when asked
    out = par_index.store_set(db, new, replace=True)
    assert sorted(out.removed) == ["2.2", "7.3"] and out.kept_scores == 1
    c = par_index.load_set(db, 2024)
    assert c.find("1.2").self_milli == 2000 and c.find("1.2").explanation == "Báo cáo quý III chậm"
    assert c.find("2.2").self_milli is None and c.find("7.3") is None


def test_editing_the_set(db):
    c = stored(db)
    par_index.set_scores(db, 2024, [("1.5", "1,5")])
    with pytest.raises(ValidationError):
        par_index_criteria.edit_criterion(db, c.find("1.5").id, max_text="1")  # below its score
    par_index_criteria.edit_criterion(db, c.find("1.5").id, name="Sáng kiến CCHC", max_text="2")
    code = par_index_criteria.add_criterion(db, 2024, "4", "Thực hiện phân cấp, ủy quyền", "1,5")
    assert code == "4.3"
    with pytest.raises(ValidationError):
        par_index_criteria.add_criterion(db, 2024, "1.5", "Con của tiêu chí đã chấm", "1")
    c = par_index.load_set(db, 2024)
    assert c.find("1.5").name == "Sáng kiến CCHC" and c.find("1.5").max_milli == 2000
    assert c.find("4").max_total == 9500 and c.max_total == 102_000
    par_index_criteria.delete_criterion(db, c.find("4.3").id)
    assert par_index.load_set(db, 2024).max_total == 100_500


def test_evidence_is_shared_with_tasks_not_copied(db, tmp_path):
    c = stored(db)
    plan = plans.add_plan(db, {"title": "Kế hoạch CCHC năm 2024", "year": 2024})
    t1 = tasks.create_task(db, {"plan_id": plan, "content": "Báo cáo CCHC quý", "par_code": "1.2",
                                "status": "done", "completed_on": dt.date(2024, 4, 1)}, today=TODAY)
    t2 = tasks.create_task(db, {"plan_id": plan, "content": "Kế hoạch tuyên truyền", "par_code": "1.4"}, today=TODAY)
    data_dir = tmp_path
    f = tmp_path / "Báo cáo quý I #1 100%.pdf"
    f.write_bytes(b"%PDF-1.4 bao cao")
    e1 = add_evidence(db, data_dir, t1, f)
    add_evidence(db, data_dir, t2, f)
    crit = c.find("1.2")
    sugg = par_index_evidence.suggestions(db, crit.id)
    assert [s.evidence_id for s in sugg] == [e1.id]  # a done task of the year with the same code
    assert par_index_evidence.suggestions(db, c.find("1.4").id) == []  # its task is not done
    assert par_index_evidence.link_task_evidence(db, crit.id, [e1.id]) == 1
    assert par_index_evidence.suggestions(db, crit.id) == []
    own = tmp_path / "Ảnh niêm yết.jpg"
    own.write_bytes(b"JPEG bytes")
    par_index_evidence.add_file(db, data_dir, crit.id, own)
    assert par_index_evidence.add_file(db, data_dir, crit.id, own) is None  # the same file once
    rows = par_index_evidence.list_for(db, crit.id)
    assert [r.original_name for r in rows] == ["Báo cáo quý I #1 100%.pdf", "Ảnh niêm yết.jpg"]
    assert rows[0].task_id == t1
    files = [p for p in (data_dir / "evidence").rglob("*") if p.is_file()]
    assert len(files) == 2  # one stored copy per content, shared by the tasks and the criterion
    assert stored_path(data_dir, rows[1].sha256).read_bytes() == b"JPEG bytes"
    assert par_index.load_set(db, 2024).find("1.2").evidence == [r.original_name for r in rows]
    # the task deleted later: the criterion keeps its document
    tasks.delete_task(db, t1)
    assert [r.original_name for r in par_index_evidence.list_for(db, crit.id)][0] == "Báo cáo quý I #1 100%.pdf"
    assert par_index_evidence.hashes(db) == {r.sha256 for r in rows}


def test_scores_are_in_the_change_log(db):
    stored(db)
    par_index.set_scores(db, 2024, [("1.2", "2")])
    e = list_log(db, limit=1)[0]
    assert (e.entity, e.action) == ("par_criteria", "update")
    assert ("self_milli", None, 2000) in e.changes()


def test_backup_carries_the_files_added_to_criteria(db, db_path, tmp_path):
    from parapp.datadir import data_dir_for
    from parapp.store.archive import write_backup
    from parapp.store.archive_verify import verify_backup

    c = stored(db)
    own = tmp_path / "Biên bản kiểm tra.pdf"
    own.write_bytes(b"%PDF-1.4 bien ban")
    par_index_evidence.add_file(db, data_dir_for(db_path), c.find("1.3").id, own)
    out = tmp_path / "usb"
    out.mkdir()
    path = write_backup(db.conn, data_dir_for(db_path), out)
    manifest = verify_backup(path)
    sha = par_index_evidence.list_for(db, c.find("1.3").id)[0].sha256
    assert any(name.endswith(sha) for name in manifest.members)


def test_a_rank_larger_than_the_count_of_communes_is_refused_and_nothing_changes(db):
    stored(db)
    par_index.update_info(db, 2024, official_rank="12/96")
    with pytest.raises(ValidationError):
        par_index.update_info(db, 2024, official_rank="45/19")  # a place beyond the count it is among
    assert par_index.load_set(db, 2024).official_rank == "12/96"
    par_index.update_info(db, 2024, official_rank="")  # cleared: allowed
    assert par_index.load_set(db, 2024).official_rank == ""

import datetime as dt
import unicodedata

import pytest

from parapp.core.messages import ValidationError
from parapp.core.vntext import matches
from parapp.store import officials, plans, settings, tasks
from parapp.store.errors import NotFound

TODAY = dt.date(2024, 5, 20)


@pytest.fixture
def setup(db):
    an = officials.add_official(db, {"full_name": "Nguyễn Văn An", "position": "Công chức Tư pháp – Hộ tịch"})
    binh = officials.add_official(db, {"full_name": "Lê Thị Bình", "position": "Công chức Văn phòng – Thống kê"})
    plan = plans.add_plan(db, {"number": "12/KH-UBND", "title": "Kế hoạch CCHC năm 2024", "year": 2024})
    return db, an, binh, plan


def test_task_gets_due_date_area_and_history(setup):
    db, an, _, plan = setup
    tid = tasks.create_task(db, {"plan_id": plan, "content": "Ban hành kế hoạch theo dõi thi hành pháp luật",
                                 "par_code": "2.2", "lead_official_id": an, "deadline_text": "Quý I"}, TODAY)
    t = tasks.get_task(db, tid)
    assert t.due_date == dt.date(2024, 3, 31)  # the plan's year fills in the missing year
    assert t.deadline_text == "Quý I"
    row = tasks.task_rows(db)[0]
    assert row.area_name == "Cải cách thể chế"
    assert row.lead == "Nguyễn Văn An"
    assert [h["lead"] for h in tasks.assignment_history(db, tid)] == ["Nguyễn Văn An"]


def test_old_plan_uses_old_catalogue(db):
    plan = plans.add_plan(db, {"title": "Kế hoạch khắc phục", "year": 2018})
    tid = tasks.create_task(db, {"plan_id": plan, "content": "Khắc phục", "par_code": "8.4"}, TODAY)
    assert tasks.task_rows(db)[0].area_name == "Thực hiện cơ chế một cửa, một cửa liên thông"
    assert plans.get_plan(db, plan).catalogue_code == "2016-2020"
    assert tasks.get_task(db, tid).par_code == "8.4"


def test_reassignment_keeps_who_was_responsible_when(setup):
    db, an, binh, _ = setup
    tid = tasks.create_task(db, {"content": "Rà soát TTHC", "lead_official_id": an}, dt.date(2024, 1, 10))
    tasks.update_task(db, tid, {"lead_official_id": binh}, dt.date(2024, 4, 1))
    officials.update_official(db, an, {"active": False})
    hist = tasks.assignment_history(db, tid)
    assert [(h["since"], h["lead"]) for h in hist] == [
        (dt.date(2024, 1, 10), "Nguyễn Văn An"), (dt.date(2024, 4, 1), "Lê Thị Bình")]
    # the official who left is still there, inactive
    assert officials.get_official(db, an).active is False


def test_done_records_completion_and_reopen_clears_it(setup):
    db, an, *_ = setup
    tid = tasks.create_task(db, {"content": "Báo cáo quý", "deadline_text": "15/5/2024"}, TODAY)
    tasks.update_task(db, tid, {"status": "done"}, TODAY)
    assert tasks.get_task(db, tid).completed_on == TODAY
    tasks.update_task(db, tid, {"status": "in_progress"}, TODAY)
    assert tasks.get_task(db, tid).completed_on is None


def test_dropped_needs_reason_and_nothing_changes(setup):
    db, *_ = setup
    tid = tasks.create_task(db, {"content": "Việc cũ"}, TODAY)
    with pytest.raises(ValidationError):
        tasks.update_task(db, tid, {"status": "dropped"}, TODAY)
    assert tasks.get_task(db, tid).status == "not_started"
    tasks.update_task(db, tid, {"status": "dropped", "dropped_reason": "Cấp trên bãi bỏ nhiệm vụ"}, TODAY)
    assert tasks.get_task(db, tid).status == "dropped"


def test_bad_input_stores_nothing(setup):
    db, *_ = setup
    with pytest.raises(ValidationError):
        tasks.create_task(db, {"content": ""}, TODAY)
    with pytest.raises(ValidationError):
        tasks.create_task(db, {"content": "x", "due_date": "ba mươi tháng tư"}, TODAY)
    with pytest.raises(NotFound):
        tasks.create_task(db, {"content": "x", "lead_official_id": 999}, TODAY)
    assert db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM task_assignments").fetchone()[0] == 0


def test_text_stored_nfc_and_found_without_diacritics(setup):
    db, an, *_ = setup
    nfd = unicodedata.normalize("NFD", "Cải cách thủ tục hành chính ở Bộ phận Một cửa")
    tid = tasks.create_task(db, {"content": nfd, "lead_official_id": an}, TODAY)
    stored = tasks.get_task(db, tid).content
    assert stored == unicodedata.normalize("NFC", nfd)
    row = tasks.task_rows(db)[0]
    assert matches("cai cach", row.search)
    assert matches("mot cua", row.search)
    assert matches("nguyen an", row.search)  # the lead's name is searchable too
    assert not matches("tai chinh", row.search)


def test_notes_in_date_order(setup):
    db, *_ = setup
    tid = tasks.create_task(db, {"content": "Số hóa hồ sơ"}, TODAY)
    tasks.add_note(db, tid, "Đã số hóa 50%", dt.date(2024, 5, 1), TODAY)
    tasks.add_note(db, tid, "Đã lập kế hoạch", dt.date(2024, 3, 1), TODAY)
    assert [n["text"] for n in tasks.list_notes(db, tid)] == ["Đã lập kế hoạch", "Đã số hóa 50%"]
    with pytest.raises(ValidationError):
        tasks.add_note(db, tid, "   ", today=TODAY)


def test_settings_round_trip(db):
    s = settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang", place_name="Ba Giang",
                                 chairman="Phạm Văn Thật", vice_chairmen=["Đinh Văn Sơn", ""])
    settings.save_settings(db, s)
    got = settings.load_settings(db)
    assert got.commune_name == "Ủy ban nhân dân xã Ba Giang"
    assert got.vice_chairmen == ["Đinh Văn Sơn"]
    assert got.is_set_up
    with pytest.raises(ValidationError):
        settings.save_settings(db, settings.CommuneSettings())
    assert settings.load_settings(db).commune_name == "Ủy ban nhân dân xã Ba Giang"


def test_demo_is_one_transaction(db, monkeypatch):
    from parapp.services import demo

    calls = {"n": 0}
    real = tasks.add_note

    def failing(*a, **k):
        calls["n"] += 1
        if calls["n"] == 10:
            raise RuntimeError("mất điện")
        return real(*a, **k)

    monkeypatch.setattr(tasks, "add_note", failing)
    with pytest.raises(RuntimeError):
        demo.build_demo(db, TODAY)
    assert db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM officials").fetchone()[0] == 0


def test_demo_plans_number_their_tasks_in_the_order_their_tables_print_them(db):
    """A printed plan's STT runs 1, 2, 3… down its table; tasks the PAR remediation added to a
    plan afterwards continue its numbering."""
    from parapp.services import demo
    from parapp.store.tasks import task_rows

    demo.build_demo(db, TODAY)
    remedy = {r[0] for r in db.execute("SELECT task_id FROM par_remedy_tasks")}
    made = {r[0] for r in db.execute("SELECT id FROM tasks WHERE content LIKE 'Khắc phục hạn chế%'")}
    for (plan_id,) in db.execute("SELECT id FROM plans").fetchall():
        rows = sorted(task_rows(db, " WHERE t.plan_id = ?", [plan_id]),
                      key=lambda r: (r.area_code == "", r.area_code, r.id))
        own = [int(r.stt) for r in rows if r.id not in made]
        assert own == list(range(1, len(own) + 1)), plan_id
        added = sorted(int(r.stt) for r in rows if r.id in made)
        assert added == list(range(len(own) + 1, len(own) + len(added) + 1)), plan_id
    assert made and made <= remedy

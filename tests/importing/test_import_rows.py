import datetime as dt

import pytest

from parapp.core.importing import parse_file
from parapp.store import officials, plans, tasks
from parapp.services.importing import import_tasks
from parapp.store.importer import find_duplicates

from .test_samples import S000, S003

TODAY = dt.date(2024, 5, 20)


def test_list_import_matches_leads_to_officials_and_areas(db):
    an = officials.add_official(db, {"full_name": "Phạm Minh Đức", "position": "Công chức Tư pháp – Hộ tịch"})
    r = parse_file(S003, plan_year=2026)
    out = import_tasks(db, r.tasks, plan_id=None, plan_title="Kế hoạch PAR INDEX 2023", plan_year=r.year,
                       today=TODAY)
    rows = tasks.task_rows(db)
    assert len(rows) == len(out.task_ids) == 38
    tp = [x for x in rows if x.lead_official_id == an]
    assert len(tp) == 5 and all(x.area_name == "Cải cách thể chế" for x in tp)
    vp = [x for x in rows if "Văn phòng – Thống kê" in x.lead]  # no such official yet: kept as written
    assert vp and all(x.lead_official_id is None for x in vp)
    assert plans.get_plan(db, out.plan_id).title == "Kế hoạch PAR INDEX 2023"


def test_old_table_lands_in_old_catalogue(db):
    r = parse_file(S000, plan_year=2026)
    import_tasks(db, r.tasks, plan_id=None, plan_title="65/KH-UBND", plan_year=r.year, today=TODAY)
    rows = tasks.task_rows(db)
    assert {x.area_name for x in rows} >= {"Thực hiện cơ chế một cửa, một cửa liên thông"}
    yearly = tasks.get_task(db, rows[0].id)
    assert yearly.recurrence == "yearly" and yearly.deadline_text == "Hàng năm"


def test_import_is_all_or_nothing(db, monkeypatch):
    r = parse_file(S003, plan_year=2026)
    real = tasks.create_task
    calls = {"n": 0}

    def failing(*a, **k):
        calls["n"] += 1
        if calls["n"] == 20:
            raise OSError("đĩa đầy")
        return real(*a, **k)

    monkeypatch.setattr(tasks, "create_task", failing)
    with pytest.raises(OSError):
        import_tasks(db, r.tasks, plan_id=None, plan_title="x", plan_year=2023, today=TODAY)
    assert db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == 0


def test_second_import_finds_duplicates_and_skipped_rows_stay_out(db):
    r = parse_file(S000, plan_year=2026)
    import_tasks(db, r.tasks, plan_id=None, plan_title="a", plan_year=2018, today=TODAY)
    again = parse_file(S000, plan_year=2026)
    assert len(find_duplicates(db, again.tasks)) == 10
    again.tasks[0].skip = True
    out = import_tasks(db, again.tasks, plan_id=None, plan_title="b", plan_year=2018, today=TODAY)
    assert len(out.task_ids) == 9


def test_a_post_written_with_a_hyphen_or_without_its_title_is_the_official_s(db):
    from parapp.core.importing.model import ImportedTask

    vp = officials.add_official(db, {"full_name": "Nguyễn Thị Lan", "position": "Công chức Văn phòng – Thống kê"})
    rows = [ImportedTask(line=n, content=f"Nhiệm vụ {n}", lead=lead) for n, lead in enumerate(
        ["Văn phòng - Thống kê", "CC Văn phòng – Thống kê", "công chức văn phòng-thống kê", "Nguyễn  Thị Lan",
         "Văn phòng"], start=1)]
    import_tasks(db, rows, plan_id=None, plan_year=2026, today=TODAY)
    found = {r.content: r.lead_official_id for r in tasks.task_rows(db)}
    assert [found[f"Nhiệm vụ {n}"] for n in range(1, 6)] == [vp, vp, vp, vp, None]  # "Văn phòng" alone: not her

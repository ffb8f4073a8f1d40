"""Lost points become the following year's remediation plan."""

import datetime as dt

import pytest

from parapp.core.messages import ValidationError
from parapp.core.par.reading import read_bytes
from parapp.store import officials, par_index, plans, tasks
from parapp.services.par_remedy import Lead, make_plan, preview
from parapp.store.par_index_remedy import suggest_lead

from .province_files import province_xlsx

TODAY = dt.date(2025, 2, 10)


@pytest.fixture
def scored(db):
    c = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    par_index.store_set(db, c)
    tp = officials.add_official(db, {"full_name": "Phạm Minh Đức", "position": "Công chức Tư pháp – Hộ tịch"})
    plan = plans.add_plan(db, {"title": "Kế hoạch CCHC năm 2024", "year": 2024})
    tasks.create_task(db, {"plan_id": plan, "content": "Theo dõi thi hành pháp luật", "par_code": "2.2",
                           "lead_official_id": tp}, today=TODAY)
    tasks.create_task(db, {"plan_id": plan, "content": "Kế hoạch tuyên truyền", "par_code": "1.4",
                           "lead_text": "Công chức Văn hóa – Xã hội"}, today=TODAY)
    par_index.set_scores(db, 2024, [("1.1.1", "1"), ("1.1.2", "1"), ("1.2", "2,5"), ("1.4", "2"), ("2.2", "2,5"),
                                    ("2.3", "2,5")])
    par_index.set_scores(db, 2024, [("1.2", "2"), ("2.3", "2,5")], "official")
    par_index.set_explanation(db, par_index.load_set(db, 2024).find("1.1.2").id, "Hoàn thành 85% kế hoạch")
    return tp


def test_one_task_per_scored_criterion_that_lost_points(db, scored):
    out = make_plan(db, 2024, today=TODAY)
    plan = plans.get_plan(db, out.plan_id)
    assert plan.year == 2025 and "Kế hoạch khắc phục, nâng cao Chỉ số cải cách hành chính" in plan.title
    rows = {r.par_code: r for r in tasks.task_rows(db, " WHERE t.plan_id = ?", [out.plan_id])}
    # 1.1.2 (self 1/2), 1.2 (official 2/2,5), 1.4 (self 2/2,5), 2.2 (self 2,5/3,5); 1.1.1, 2.3 full; the rest unscored
    assert sorted(rows) == ["1.1.2", "1.2", "1.4", "2.2"] and len(out.created) == 4
    t = tasks.get_task(db, rows["1.1.2"].id)
    assert t.cause == "Hoàn thành 85% kế hoạch" and "mất 1/2 điểm" in t.note
    # the province prints "1.2" under area I (numbered again in each area): named so, as the PAR report does (round 25C)
    assert t.content == "Khắc phục hạn chế, nâng cao kết quả tiêu chí 1.2 thuộc lĩnh vực I “Mức độ hoàn thành kế hoạch”"
    assert t.due_date == dt.date(2025, 12, 31) and rows["1.1.2"].area_code == "1"
    assert "mất 0,5/2,5 điểm" in tasks.get_task(db, rows["1.2"].id).note  # by the province's score
    lost = dict(db.execute("SELECT c.code, r.lost_milli FROM par_remedy_tasks r "
                           "JOIN par_criteria c ON c.id = r.criterion_id").fetchall())
    assert lost == {"1.1.2": 1000, "1.2": 500, "1.4": 500, "2.2": 1000}
    # the lead of the tasks already carrying the code
    assert rows["2.2"].lead_official_id == scored
    assert tasks.get_task(db, rows["1.4"].id).lead_text == "Công chức Văn hóa – Xã hội"
    assert rows["1.1.2"].lead == ""  # nobody carried that code: a lead to assign


def test_made_again_the_plan_gains_only_the_new_losses(db, scored):
    first = make_plan(db, 2024, today=TODAY)
    par_index.set_scores(db, 2024, [("3.1", "4")], "official")
    again = make_plan(db, 2024, today=TODAY)
    assert again.plan_id == first.plan_id and again.already == 4 and len(again.created) == 1
    assert len(tasks.task_rows(db, " WHERE t.plan_id = ?", [first.plan_id])) == 5


def test_chosen_leads_win_and_the_plan_is_one_transaction(db, scored, monkeypatch):
    vh = officials.add_official(db, {"full_name": "Đinh Thị Thu Hương"})
    out = make_plan(db, 2024, leads={"1.1.2": Lead(official_id=vh)}, today=TODAY)
    row = next(r for r in tasks.task_rows(db, " WHERE t.plan_id = ?", [out.plan_id]) if r.par_code == "1.1.2")
    assert row.lead_official_id == vh

    def boom(*a, **k):
        raise RuntimeError("power cut")

    par_index.set_scores(db, 2025 - 1, [("4.1", "1"), ("4.2", "1")])
    before = db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    calls = []
    real = tasks.create_task

    def second_fails(*a, **k):
        calls.append(1)
        if len(calls) == 2:
            boom()
        return real(*a, **k)

    monkeypatch.setattr("parapp.services.par_remedy.tasks.create_task", second_fails)
    with pytest.raises(RuntimeError):
        make_plan(db, 2024, today=TODAY)
    assert db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == before


def test_nothing_lost_nothing_to_plan(db):
    c = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    par_index.store_set(db, c)
    par_index.set_scores(db, 2024, [("1.2", "2,5")])
    with pytest.raises(ValidationError):
        make_plan(db, 2024, today=TODAY)
    assert preview(db, 2024) == []
    assert suggest_lead(db, "9.9") == Lead()

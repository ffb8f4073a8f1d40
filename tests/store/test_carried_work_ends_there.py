"""A task carried into next year's plan cannot also be marked done or dropped in its old year.

Before: the clerk opened the greyed 2026 task ("Chuyển sang năm 2027") and marked it done in January 2027. It
stayed carried, its successor stayed open and chased, and the 2026 year report said the work was both done and
carried into 2027. Now the old task refuses done and dropped and names the task of next year's plan where the
result belongs; notes and other words on the old task are still taken."""

import datetime as dt

import pytest

from parapp.core.messages import ValidationError
from parapp.services.carrying import carry_choice, carry_over
from parapp.services.task_completion import complete_task
from parapp.store import plans, tasks

JAN_2027 = dt.date(2027, 1, 20)


@pytest.fixture
def carried(db):
    p26 = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2026", "year": 2026, "is_annual": True})
    old = tasks.create_task(db, {"plan_id": p26, "content": "Số hóa kết quả giải quyết thủ tục hành chính",
                                 "due_date": dt.date(2026, 9, 30), "status": "in_progress"},
                            today=dt.date(2026, 2, 1))
    carry_over(db, carry_choice(db, 2026), today=dt.date(2026, 12, 20))
    return old, tasks.get_task(db, old).carried_to


def test_marking_the_old_task_done_names_the_task_that_carries_it(db, carried):
    old, new = carried
    before = tasks.get_task(db, old)
    with pytest.raises(ValidationError) as e:
        tasks.update_task(db, old, {"status": "done", "completed_on": dt.date(2027, 1, 15)}, today=JAN_2027)
    assert "năm 2027" in e.value.message and f"số {new}" in e.value.message
    assert tasks.get_task(db, old) == before


def test_the_short_form_refuses_too_and_keeps_no_evidence(db, carried, tmp_path):
    old, new = carried
    proof = tmp_path / "bien ban.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    with pytest.raises(ValidationError):
        complete_task(db, old, completed_on=dt.date(2027, 1, 15), result="Đã số hóa 100%", evidence=[proof],
                      delay_reason="Chờ phần mềm của tỉnh", data_dir=tmp_path / "data", today=JAN_2027)
    assert tasks.get_task(db, old).status == "in_progress"
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.pdf"))


def test_dropping_the_old_task_is_refused_as_well(db, carried):
    old, _ = carried
    with pytest.raises(ValidationError):
        tasks.update_task(db, old, {"status": "dropped", "dropped_reason": "Tỉnh bỏ"}, today=JAN_2027)


def test_the_successor_takes_the_result_and_the_old_task_stays_carried(db, carried):
    old, new = carried
    complete_task(db, new, completed_on=dt.date(2027, 1, 15), result="Đã số hóa 100%", today=JAN_2027)
    assert tasks.get_task(db, new).status == "done"
    assert tasks.get_task(db, old).carried_to == new
    tasks.update_task(db, old, {"note": "Đã chuyển, theo dõi ở kế hoạch năm 2027"}, today=JAN_2027)
    assert tasks.get_task(db, old).note == "Đã chuyển, theo dõi ở kế hoạch năm 2027"

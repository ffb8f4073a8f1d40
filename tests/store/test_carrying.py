"""A year's unfinished work carried into the next year's plan ("Chuyển sang năm sau", migration m0012).

Before it, a task of the 2026 plan left unfinished stayed "quá hạn" in the register, in every reminder and in
every 2027 report, beside the same work given again in the 2027 plan; the only ways out were to mark it done
(untrue) or dropped (untrue). Carried, the old task keeps its year's story (the 2026 year report says it was not
finished and was carried), and only its successor is late, chased and reported from then on."""

import datetime as dt

import pytest

from parapp.core.messages import ValidationError
from parapp.core.status import line_due_soon, line_overdue
from parapp.services.carrying import carry_choice, carry_over
from parapp.store import carrying, plans, tasks
from parapp.store.periods import find_period
from parapp.store.report_records import draft_for_period

JAN_2027 = dt.date(2027, 1, 20)


@pytest.fixture
def year_end(db):
    """A 2026 plan: one task late, one going on with no day, one done, one recurring, one dropped."""
    p26 = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2026", "year": 2026, "is_annual": True})
    made = dt.date(2026, 2, 1)
    ids = {
        "late": tasks.create_task(db, {"plan_id": p26, "content": "Số hóa kết quả giải quyết thủ tục hành chính",
                                       "lead_text": "Văn phòng HĐND và UBND", "due_date": dt.date(2026, 9, 30),
                                       "status": "in_progress", "par_code": "5.3"}, today=made),
        "open": tasks.create_task(db, {"plan_id": p26, "content": "Rà soát quy chế làm việc của UBND xã",
                                       "status": "not_started"}, today=made),
        "done": tasks.create_task(db, {"plan_id": p26, "content": "Ban hành kế hoạch kiểm tra CCHC",
                                       "due_date": dt.date(2026, 3, 31)}, today=made),
        "every": tasks.create_task(db, {"plan_id": p26, "content": "Tuyên truyền CCHC thường xuyên",
                                        "deadline_text": "Thường xuyên", "recurrence": "yearly"}, today=made),
        "dropped": tasks.create_task(db, {"plan_id": p26, "content": "Tổ chức hội thi CCHC", "status": "dropped",
                                          "dropped_reason": "Tỉnh hoãn hội thi"}, today=made),
    }
    tasks.update_task(db, ids["done"], {"status": "done", "completed_on": dt.date(2026, 3, 20)},
                      today=dt.date(2026, 3, 20))
    return p26, ids


def _line(db, task_id):
    return tasks.task_rows_by_id(db, [task_id])[0]


def test_only_open_one_time_work_of_the_year_is_offered(db, year_end):
    _, ids = year_end
    assert [t.id for t in carrying.unfinished_of_year(db, 2026)] == [ids["late"], ids["open"]]
    assert carrying.unfinished_of_year(db, 2027) == []


def test_carried_work_goes_on_in_the_new_plan_and_the_old_task_is_no_longer_late(db, year_end):
    _, ids = year_end
    choice = carry_choice(db, 2026)
    assert choice.target is None and choice.target_label == "Kế hoạch cải cách hành chính năm 2027"
    assert line_overdue(_line(db, ids["late"]), JAN_2027)

    plan_id, carried = carry_over(db, choice, due=dt.date(2027, 6, 30), today=JAN_2027)

    new_plan = plans.get_plan(db, plan_id)
    assert (new_plan.year, new_plan.is_annual, new_plan.task_count) == (2027, True, 2)
    new = tasks.get_task(db, carried[0].new_id)
    assert (new.content, new.lead_text, new.par_code, new.status, new.due_date) == (
        "Số hóa kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND và UBND", "5.3", "in_progress",
        dt.date(2027, 6, 30))
    assert "Chuyển từ kế hoạch năm 2026" in new.note
    old = tasks.get_task(db, ids["late"])
    assert (old.status, old.due_date, old.carried_to) == ("in_progress", dt.date(2026, 9, 30), new.id)
    line = _line(db, ids["late"])
    assert line.carried_year == 2027
    assert not line_overdue(line, JAN_2027) and not line_due_soon(line, dt.date(2026, 9, 25))
    assert line_overdue(_line(db, new.id), dt.date(2027, 7, 1))  # the successor is the one chased now
    assert carrying.unfinished_of_year(db, 2026) == []  # carried once


def test_a_refused_task_carries_nothing(db, year_end):
    _, ids = year_end
    choice = carry_choice(db, 2026)
    before = db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    for wrong in ("done", "every", "dropped"):
        with pytest.raises(ValidationError) as err:
            carry_over(db, choice, [ids["late"], ids[wrong]], today=JAN_2027)
        assert str(ids[wrong]) in err.value.message
    assert db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == before
    assert db.execute("SELECT COUNT(*) FROM plans WHERE year = 2027").fetchone()[0] == 0  # nor its plan made
    assert tasks.get_task(db, ids["late"]).carried_to is None


def test_a_new_deadline_before_the_new_year_is_refused(db, year_end):
    with pytest.raises(ValidationError) as err:
        carry_over(db, carry_choice(db, 2026), due=dt.date(2026, 12, 31), today=JAN_2027)
    assert "2027" in err.value.message
    assert db.execute("SELECT COUNT(*) FROM tasks WHERE carried_to IS NOT NULL").fetchone()[0] == 0


def test_the_next_years_annual_plan_receives_the_work(db, year_end):
    plans.add_plan(db, {"title": "Kế hoạch tuyên truyền năm 2027", "year": 2027})
    annual = plans.add_plan(db, {"title": "Kế hoạch CCHC năm 2027", "number": "05/KH-UBND", "year": 2027,
                                 "is_annual": True})
    plan_id, _ = carry_over(db, carry_choice(db, 2026), today=JAN_2027)
    assert plan_id == annual
    with pytest.raises(ValidationError):  # a plan of the same year cannot receive it
        carry_choice(db, 2026, to_plan_id=year_end[0])


def test_removing_the_successor_puts_the_old_task_back(db, year_end):
    _, ids = year_end
    _, carried = carry_over(db, carry_choice(db, 2026), [ids["late"]], today=JAN_2027)
    tasks.delete_task(db, carried[0].new_id)
    assert tasks.get_task(db, ids["late"]).carried_to is None
    assert line_overdue(_line(db, ids["late"]), JAN_2027)


def test_the_carrying_is_in_the_change_log(db, year_end):
    _, ids = year_end
    _, carried = carry_over(db, carry_choice(db, 2026), [ids["late"]], today=JAN_2027)
    logged = db.execute("SELECT after FROM audit_log WHERE entity = 'tasks' AND entity_id = ? AND action = 'update' "
                        "ORDER BY id DESC LIMIT 1", [ids["late"]]).fetchone()[0]
    assert f'"carried_to":{carried[0].new_id}' in logged


def _text(draft):
    return "\n".join(p for s in draft.walk() for p in s.paragraphs)


def test_the_year_report_says_it_was_carried_and_next_years_reports_speak_of_the_successor_only(db, year_end):
    _, ids = year_end
    carry_over(db, carry_choice(db, 2026), [ids["late"]], due=dt.date(2027, 3, 15), today=dt.date(2026, 12, 20))
    work = "Số hóa kết quả giải quyết thủ tục hành chính"

    year_2026, _ = draft_for_period(db, find_period(db, "year", 2026), dt.date(2026, 12, 20))
    said = [line for line in _text(year_2026).splitlines() if work in line]
    assert any("chuyển sang năm 2027 thực hiện" in line for line in said), said
    # The successor is not "đang triển khai" in 2026 too; it is named once more, in the next year's direction.
    assert not any("đang" in line for line in said), said
    assert sum("15/3/2027" in line for line in said) == 1, said
    row = next(r for r in year_2026.appendix if work in r.content)
    assert "Chuyển sang năm 2027" in row.result

    weak = next(line for line in _text(year_2026).splitlines() if "nhiệm vụ quá hạn chưa hoàn thành" in line)
    assert "(trong đó 1 nhiệm vụ chuyển sang năm 2027 thực hiện)" in weak, weak

    q1_2027, _ = draft_for_period(db, find_period(db, "q1", 2027), dt.date(2027, 3, 20))
    said = [line for line in _text(q1_2027).splitlines() if work in line]
    assert said and not any("30/9/2026" in line for line in said), said  # the old task is not late again
    row = next(r for r in q1_2027.appendix if work in r.content)
    assert row.result == "Năm 2026 chuyển sang", row  # where it came from, when nothing else is said of it


def test_the_overview_and_the_meeting_lists_count_the_successor_only(db, year_end):
    from parapp.core.meeting_lists import meeting_lists
    from parapp.core.overview import summarise

    _, ids = year_end
    before = summarise(tasks.task_rows(db), JAN_2027)
    carry_over(db, carry_choice(db, 2026), [ids["late"]], today=JAN_2027)
    after = summarise(tasks.task_rows(db), JAN_2027)
    assert (after.total, after.open, after.overdue) == (before.total + 1, before.open, before.overdue - 1)
    listed = [t.id for ml in meeting_lists(tasks.task_rows(db), {}, JAN_2027) for t in ml.tasks]
    assert ids["late"] not in listed and tasks.get_task(db, ids["late"]).carried_to in listed


def test_work_the_next_plan_gives_already_is_linked_not_repeated(db, year_end):
    """The 2027 plan imported first, giving the same work again in its own words' spacing: carrying made it twice."""
    _, ids = year_end
    p27 = plans.add_plan(db, {"title": "Kế hoạch CCHC năm 2027", "year": 2027, "is_annual": True})
    again = tasks.create_task(db, {"plan_id": p27, "content": "Số hóa kết quả giải quyết  THỦ TỤC hành chính",
                                   "due_date": dt.date(2027, 9, 30)}, today=JAN_2027)
    choice = carry_choice(db, 2026)
    assert choice.already == {ids["late"]: again}
    count = db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    _, carried = carry_over(db, choice, due=dt.date(2027, 6, 30), today=JAN_2027)
    assert [(c.old_id, c.new_id, c.linked) for c in carried][0] == (ids["late"], again, True)
    assert db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == count + 1  # only "open" got a new task
    assert tasks.get_task(db, again).due_date == dt.date(2027, 9, 30)  # the plan's own deadline kept
    assert tasks.get_task(db, ids["late"]).carried_to == again


def test_the_status_filters_show_the_successor_not_the_carried_task(db, year_end):
    """Filtering the register "Đang thực hiện" in January to chase what is going on listed the 2026 task carried
    into 2027 beside its successor (the "Đang mở" filter already left it out)."""
    from parapp.core.task_filter import OPEN, TaskFilter, apply_filter

    _, ids = year_end
    _, carried = carry_over(db, carry_choice(db, 2026), [ids["late"]], today=JAN_2027)
    rows = tasks.task_rows(db)
    for status in ("in_progress", OPEN):
        shown = [rows[i].id for i in apply_filter(rows, TaskFilter(status=status), JAN_2027)]
        assert carried[0].new_id in shown and ids["late"] not in shown, status

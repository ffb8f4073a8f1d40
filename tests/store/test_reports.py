import datetime as dt
import json
import sqlite3

import pytest

from parapp.core.messages import ValidationError
from parapp.core.periods import PRESETS, DayOfYear, PeriodKind, PeriodRule
from parapp.store import officials, plans, report_records, tasks
from parapp.store.periods import apply_preset, current_preset, find_period, load_rules, save_rules, year_periods

TODAY = dt.date(2024, 3, 16)


@pytest.fixture
def register(db):
    an = officials.add_official(db, {"full_name": "Nguyễn Văn An", "position": "Công chức Tư pháp – Hộ tịch"})
    plans.add_plan(db, {"number": "05/KH-UBND", "title": "Kế hoạch CCHC năm 2024", "year": 2024,
                        "issued_on": "08/01/2024"})
    t1 = tasks.create_task(db, {"content": "Ban hành kế hoạch theo dõi thi hành pháp luật", "par_code": "2.2",
                                "lead_official_id": an, "deadline_text": "Trước ngày 01/3/2024"}, dt.date(2024, 1, 5))
    tasks.update_task(db, t1, {"status": "done", "completed_on": dt.date(2024, 2, 20)}, TODAY)
    t2 = tasks.create_task(db, {"content": "Rà soát văn bản QPPL", "par_code": "2.3", "lead_official_id": an,
                                "deadline_text": "10/3/2024", "status": "in_progress",
                                "delay_reason": "Chờ hướng dẫn"}, dt.date(2024, 1, 5))
    return db, t1, t2


def test_new_database_starts_on_the_15_14_rule(db):
    assert current_preset(db) == "15-14"
    assert load_rules(db) == PRESETS["15-14"]
    p = find_period(db, "q1", 2024)
    assert (p.window_start, p.window_end, p.deadline) == (dt.date(2023, 12, 15), dt.date(2024, 3, 14), dt.date(2024,
                                                                                                               3, 20))


def test_presets_and_custom_rules(db):
    warnings = apply_preset(db, "tran-de-2024", 2024)
    assert warnings and current_preset(db) == "tran-de-2024"
    assert [p.kind.value for p in year_periods(db, 2024)] == ["q1", "h1", "q3", "year"]
    bad = [PeriodRule(PeriodKind.Q1, DayOfYear(1, 4), DayOfYear(31, 3), days_after_end=5)]
    with pytest.raises(ValidationError):
        save_rules(db, bad, 2024)
    assert current_preset(db) == "tran-de-2024"  # refused: nothing changed
    assert len(load_rules(db)) == 4


def test_draft_save_edit_finalize_freeze(register):
    db, t1, t2 = register
    period = find_period(db, "q1", 2024)
    draft, rid = report_records.draft_for_period(db, period, TODAY, save=True)
    assert rid is not None
    draft.find("proposals").paragraphs = ["Đề nghị hỗ trợ kinh phí."]
    draft.find("proposals").edited = True
    report_records.update_draft(db, rid, draft)
    digest = report_records.finalize(db, rid, TODAY)
    frozen = db.execute("SELECT content FROM reports WHERE id = ?", [rid]).fetchone()[0]

    # the register changes afterwards …
    tasks.update_task(db, t2, {"status": "done", "completed_on": dt.date(2024, 3, 16)}, TODAY)
    tasks.update_task(db, t1, {"content": "Nội dung đã sửa sau khi chốt"}, TODAY)
    # … the finalised report stays byte-identical and still matches its hash
    assert db.execute("SELECT content FROM reports WHERE id = ?", [rid]).fetchone()[0] == frozen
    assert report_records.verify(db, rid)
    rec = report_records.get_report(db, rid)
    assert rec.content_hash == digest and rec.finalized_on == TODAY
    assert "Đề nghị hỗ trợ kinh phí." in rec.draft.find("proposals").paragraphs

    with pytest.raises(ValidationError) as e:
        report_records.update_draft(db, rid, rec.draft)
    assert "đã chốt" in e.value.message
    with pytest.raises(ValidationError):
        report_records.finalize(db, rid, TODAY)
    with pytest.raises(sqlite3.IntegrityError):  # even SQL that forgets the rule cannot change it
        db.execute("UPDATE reports SET content = '{}' WHERE id = ?", [rid])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM reports WHERE id = ?", [rid])

    copy = report_records.copy_to_draft(db, rid)
    assert report_records.get_report(db, copy).draft == rec.draft
    assert not report_records.get_report(db, copy).is_final


def test_mark_sent_and_period_states(register):
    db, *_ = register
    periods = year_periods(db, 2024)
    states = {s.period.kind.value: s.state for s in report_records.period_statuses(db, periods, TODAY)}
    assert states["q1"] == "not_started"
    period = find_period(db, "q1", 2024)
    _, rid = report_records.draft_for_period(db, period, TODAY, save=True)
    with pytest.raises(ValidationError):
        report_records.mark_sent(db, rid, TODAY, "Hệ thống quản lý văn bản")
    assert report_records.period_statuses(db, periods, TODAY)[0].state == "draft"
    report_records.finalize(db, rid, TODAY)
    report_records.mark_sent(db, rid, dt.date(2024, 3, 22), "Hệ thống quản lý văn bản của tỉnh", "15/BC-UBND")
    st = report_records.period_statuses(db, periods, dt.date(2024, 3, 25))[0]
    assert (st.state, st.late, st.sent_on) == ("sent", True, dt.date(2024, 3, 22))  # deadline was 20/3
    assert report_records.verify(db, rid)  # recording the sending does not touch the content


def test_regenerate_saved_draft_keeps_edits(register):
    db, t1, t2 = register
    period = find_period(db, "q1", 2024)
    draft, rid = report_records.draft_for_period(db, period, TODAY, save=True)
    sec = draft.find("area:2")
    sec.paragraphs, sec.edited = ["Tự viết."], True
    report_records.update_draft(db, rid, draft)
    tasks.update_task(db, t2, {"status": "done", "completed_on": dt.date(2024, 3, 12)}, TODAY)
    merged = report_records.regenerate_draft(db, rid, period, TODAY)
    assert merged.find("area:2").paragraphs == ["Tự viết."]
    weak = " ".join(merged.find("weaknesses").paragraphs)
    assert "Còn 1 nhiệm vụ chưa hoàn thành" not in weak  # refreshed from the register …
    assert "Có 1 nhiệm vụ hoàn thành chậm so với thời hạn" in weak  # … done on 12/3, due 10/3
    stored = json.loads(db.execute("SELECT content FROM reports WHERE id = ?", [rid]).fetchone()[0])
    assert stored["sections"][1]["subsections"][0]["paragraphs"] == ["Tự viết."]


def test_period_without_tasks_gives_a_draft(db):
    draft, rid = report_records.draft_for_period(db, find_period(db, "year", 2030), TODAY)
    assert rid is None and draft.sections and draft.appendix == []

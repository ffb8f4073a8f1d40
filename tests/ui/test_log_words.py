"""The change log speaks in people's words: labels as the window shows them,
names for ids, tasks by STT and content, periods as "Quý I năm 2024", times as
20/05/2024 10:15, and no internal columns."""

from __future__ import annotations

import datetime as dt

from parapp.store import officials, plans, report_records, tasks
from parapp.store.change_log import list_log, log_names, set_actor
from parapp.store.periods import find_period
from parapp.ui.change_log import log_words as words

from .conftest import TODAY


def _texts(db):
    names = log_names(db)
    return [(words.when(e.at), words.subject(e, names), words.describe(e, names), words.who(e))
            for e in list_log(db)]


def test_a_task_change_reads_as_the_form_labels_it(ui_db):
    an = officials.add_official(ui_db, {"full_name": "Nguyễn Văn An"})
    binh = officials.add_official(ui_db, {"full_name": "Lê Thị Bình"})
    set_actor(ui_db, binh)
    plan = plans.add_plan(ui_db, {"title": "Kế hoạch CCHC năm 2024", "number": "05/KH-UBND", "year": 2024})
    tid = tasks.create_task(ui_db, {"plan_id": plan, "stt": "3", "content": "Rà soát thủ tục hành chính",
                                    "deadline_text": "Quý II/2024", "lead_official_id": an}, TODAY)
    tasks.update_task(ui_db, tid, {"lead_official_id": binh, "status": "in_progress", "due_date": "15/07/2024"},
                      TODAY)
    when, subject, change, who = _texts(ui_db)[0]
    assert subject == "Nhiệm vụ 3: Rà soát thủ tục hành chính"
    assert "Người chủ trì: Nguyễn Văn An → Lê Thị Bình" in change
    assert "Trạng thái: Chưa thực hiện → Đang thực hiện" in change
    assert "Hạn hoàn thành: 30/06/2024 → 15/07/2024" in change
    assert who == "Lê Thị Bình"
    assert len(when) == 16 and when[2] == "/" and when[5] == "/" and when[13] == ":"  # dd/mm/yyyy HH:MM
    assert "_id" not in change and str(tid) not in subject  # no database ids


def test_a_report_reads_with_its_period_and_no_internal_fields(ui_db):
    period = find_period(ui_db, "q1", 2024)
    _, rid = report_records.draft_for_period(ui_db, period, dt.date(2024, 3, 10), save=True)
    report_records.finalize(ui_db, rid, dt.date(2024, 3, 12))
    texts = _texts(ui_db)
    subjects = {s for _, s, _, _ in texts}
    assert "Báo cáo Quý I năm 2024" in subjects
    change = next(c for _, s, c, _ in texts if s == "Báo cáo Quý I năm 2024" and "Tình trạng" in c)
    assert "Tình trạng: Bản nháp → Đã chốt" in change and "Ngày chốt: (trống) → 12/03/2024" in change
    assert "content_hash" not in change and "q1" not in change


def test_the_log_page_shows_the_words(qtbot, window, ui_db):
    tasks.create_task(ui_db, {"stt": "1", "content": "Ban hành kế hoạch tuyên truyền"}, TODAY)
    window.nav.setCurrentRow(7)
    log = window.change_log
    log.since.setDate(log.since.date().fromString("2000-01-01", "yyyy-MM-dd"))
    log.until.setDate(log.until.date().fromString("2100-01-01", "yyyy-MM-dd"))
    log.reload()
    row = [log.model.data(log.model.index(0, c)) for c in range(6)]
    assert row[2] == "(chưa chọn)" and row[3] == "Nhiệm vụ 1: Ban hành kế hoạch tuyên truyền" and row[4] == "Thêm"
    assert log.model.headerData(3, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Đối tượng"


def test_every_logged_column_has_a_label_or_is_kept_out_of_sight(ui_db):
    import re

    keys = set()
    for (sql,) in ui_db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%'"):
        keys |= {k for k, col in re.findall(r"'(\w+)', (?:NEW|OLD)\.(\w+)", sql) if k == col}
    assert keys and keys - set(words.FIELD) - words.HIDDEN == set()


def test_the_communes_details_the_schedule_and_a_drafts_text_are_logged_and_read(ui_db):
    # Issue 21, finding 13: none of these left a row in the change log.
    from dataclasses import replace

    from parapp.core.periods import DayOfYear
    from parapp.store import settings
    from parapp.store.periods import load_rules, save_rules

    an = officials.add_official(ui_db, {"full_name": "Nguyễn Văn An"})
    set_actor(ui_db, an)
    before = len(list_log(ui_db))
    s = settings.load_settings(ui_db)
    settings.save_settings(ui_db, replace(s, commune_name="Ủy ban nhân dân xã Ba Giang mới", chairman="Phạm Văn Thật",
                                          vice_chairmen=["Lê Văn Phó"], signer="vice:Lê Văn Phó"))
    rules = load_rules(ui_db)
    q1 = next(r for r in rules if r.kind.value == "q1")
    save_rules(ui_db, [replace(r, deadline=DayOfYear(25, 3, 0)) if r is q1 else r for r in rules], 2024)
    period = find_period(ui_db, "q1", 2024)
    draft, rid = report_records.draft_for_period(ui_db, period, dt.date(2024, 3, 10), save=True)
    draft.sections[0].paragraphs = ["Một đoạn văn mới thay cho cả mục."]
    report_records.update_draft(ui_db, rid, draft)
    texts = _texts(ui_db)[: len(list_log(ui_db)) - before]
    said = {(s, c) for _, s, c, _ in texts}
    assert ("Thông tin của xã", "Tên UBND xã: Ủy ban nhân dân xã Ba Giang → Ủy ban nhân dân xã Ba Giang mới") in said
    assert ("Thông tin của xã", "Chủ tịch UBND xã: (trống) → Phạm Văn Thật") in said
    assert ("Thông tin của xã", "Người ký: Chủ tịch ký → Lê Văn Phó ký thay") in said
    assert ("Thông tin của xã", "Các Phó Chủ tịch: (trống) → Lê Văn Phó") in said
    rule = next(c for s, c in said if s == "Lịch báo cáo: Quý I")
    assert "Hạn gửi:" in rule and "25/03" in rule
    assert len([1 for s, _ in said if s.startswith("Lịch báo cáo")]) == 1  # only the rule that changed
    text = next(c for s, c in said if s == "Báo cáo Quý I năm 2024" and c.startswith("Nội dung bản nháp"))
    assert draft.sections[0].title[:20] in text
    assert all(w == "Nguyễn Văn An" for *_, w in texts)
    # this PC's own preferences (the language, who works here) are not the commune's changes
    settings.set_pref(ui_db, "language", "en")
    assert len(list_log(ui_db)) == before + len(texts)


def test_every_setting_of_the_commune_has_a_label_in_the_log():
    from dataclasses import fields

    from parapp.store.settings import CommuneSettings

    assert [f.name for f in fields(CommuneSettings) if f.name not in words.FIELD] == []
    assert words.value_text("report_persons", "1", None) == "có"
    assert words.value_text("offices", '["Văn phòng HĐND và UBND", "Phòng Kinh tế"]', None) == \
        "Văn phòng HĐND và UBND; Phòng Kinh tế"

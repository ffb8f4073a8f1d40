"""Adversarial round 30E: a new commune official's first hour with the real window (Xvfb, 1366×768, an empty
home): the first-run setup, officials, tasks by hand, a sample plan imported, progress, the six-month report, the
PDF, a backup, English and back. Each test failed before its fix."""

from __future__ import annotations

from parapp.store import officials, tasks

from .conftest import TODAY


def test_the_overview_counts_an_officials_tasks_on_one_line(window, ui_db):
    """Finding 1: Hoàng Văn Em chosen as "Người chủ trì" of a task added by hand, and five tasks of an imported plan
    whose "Chủ trì" column said "Công chức Tư pháp – Hộ tịch" (matched to him): the overview's "Theo người chủ trì"
    (and its print) showed him on two lines, "Hoàng Văn Em – Công chức Tư pháp – Hộ tịch" 5 and "Hoàng Văn Em" 1,
    though the register's "Mọi người chủ trì" filter finds his six."""
    em = officials.add_official(ui_db, {"full_name": "Hoàng Văn Em", "position": "Công chức Tư pháp – Hộ tịch"})
    tasks.create_task(ui_db, {"content": "Rà soát thủ tục hành chính", "deadline_text": "Quý I/2024",
                              "lead_official_id": em}, TODAY)
    for n in range(2):
        tasks.create_task(ui_db, {"content": f"Kiểm tra văn bản {n}", "deadline_text": "Quý I/2024",
                                  "lead_official_id": em, "lead_text": "Công chức Tư pháp – Hộ tịch"}, TODAY)
    tasks.create_task(ui_db, {"content": "Tuyên truyền CCHC", "deadline_text": "Quý I/2024",
                              "lead_text": "Công chức Văn hóa – Xã hội"}, TODAY)
    window.refresh_all()
    rows = window.overview.per_lead.rows()
    assert [(c.lead, c.open, c.overdue) for c in rows] == [
        ("Hoàng Văn Em", 3, 3), ("Công chức Văn hóa – Xã hội", 1, 1)]


def test_the_overview_keeps_one_officials_single_wording(ui_db):
    """Finding 1, the other side: an official whose tasks all name the same position keeps it on his line."""
    import datetime as dt

    from parapp.core.overview import summarise

    dung = officials.add_official(ui_db, {"full_name": "Phạm Thị Dung"})
    for n in range(2):
        tasks.create_task(ui_db, {"content": f"Việc {n}", "deadline_text": "Quý III/2024", "lead_official_id": dung,
                                  "lead_text": "Công chức Văn phòng – Thống kê"}, TODAY)
    ov = summarise(tasks.task_rows(ui_db), dt.date(2024, 5, 20))
    assert [(c.lead, c.open) for c in ov.per_lead] == [("Phạm Thị Dung – Công chức Văn phòng – Thống kê", 2)]


def test_marking_a_task_with_no_stt_done_does_not_number_it_with_its_database_id(qtbot, ui_db):
    """Finding 2: a task added by hand (no STT) and the imported plan's STT 2 were both "Nhiệm vụ 2: …" at the top
    of "Đánh dấu hoàn thành": the first showed its database id as if it were a row number. It names the task
    without a number, as the change log does ("nhiệm vụ: …")."""
    from parapp.ui.tasks.mark_done_dialog import MarkDoneDialog

    for n in range(2):
        tasks.create_task(ui_db, {"content": f"Việc trước {n}", "deadline_text": "Quý I/2024"}, TODAY)
    tid = tasks.create_task(ui_db, {"content": "Xây dựng báo cáo kết quả CCHC năm 2024",
                                    "deadline_text": "Quý IV/2024"}, TODAY)
    numbered = tasks.create_task(ui_db, {"content": "Tham mưu kế hoạch", "stt": "2", "deadline_text": "Quý IV/2024"},
                                 TODAY)
    texts = []
    for task_id in (tid, numbered):
        dlg = MarkDoneDialog(ui_db, task_id, today=TODAY)
        qtbot.addWidget(dlg)
        texts.append(next(lb.text() for lb in dlg.findChildren(type(dlg.due_hint)) if "Tham mưu" in lb.text()
                          or "Xây dựng" in lb.text()))
    assert texts == ["Nhiệm vụ: Xây dựng báo cáo kết quả CCHC năm 2024", "Nhiệm vụ 2: Tham mưu kế hoạch"]


def test_the_evidence_list_says_when_a_file_was_attached_as_a_person_writes_it(qtbot, ui_db, tmp_path):
    """Finding 3: "Cập nhật tiến độ…", a file attached: its "Đính kèm lúc" read "2026-12-05 06:47:14", where every
    other date of the window (and the change log's "Thời điểm") reads 05/12/2026 06:47."""
    from parapp.store import evidence
    from parapp.ui.tasks.task_editor import TaskDialog

    tid = tasks.create_task(ui_db, {"content": "Công bố thủ tục hành chính", "deadline_text": "Quý III/2024"}, TODAY)
    f = tmp_path / "QĐ công bố TTHC.pdf"
    f.write_bytes(b"%PDF-1.4 quyet dinh")
    evidence.add_evidence(ui_db, tmp_path / "data", tid, f)
    dlg = TaskDialog(ui_db, tid, today=TODAY)
    qtbot.addWidget(dlg)
    shown = dlg.evidence.index(0, 1).data()
    stamp = evidence.list_evidence(ui_db, tid)[0].added_at  # "2024-…-… hh:mm:ss"
    assert shown == f"{stamp[8:10]}/{stamp[5:7]}/{stamp[0:4]} {stamp[11:16]}", shown


def test_the_english_overview_says_one_open_task_without_a_due_date_in_english(qtbot, window, ui_db):
    """Finding 4: the English overview said "1 open tasks have no due date." (one task added with "Theo hướng dẫn
    của UBND tỉnh" as its deadline)."""
    from PySide6.QtWidgets import QApplication

    from parapp.ui import i18n

    tasks.create_task(ui_db, {"content": "Tuyên truyền CCHC", "deadline_text": "Theo hướng dẫn của UBND tỉnh"}, TODAY)
    try:
        i18n.install(QApplication.instance(), "en")
        window.refresh_all()
        text = window.overview.no_due.text()
    finally:
        i18n.install(QApplication.instance(), "vi")
    assert "1" in text and "open tasks have" not in text, text


def test_the_english_window_saves_a_task_and_a_plan_with_the_dates_it_filled_in(qtbot, ui_db, errors):
    """Finding 5: in English, "Update progress…" on any task, a note typed, Save: "“Dec 5, 2026” is not a date. Type
    it as day/month/year" (twice, real window): the note's date field, filled in by the dialog itself, held today as
    the English display writes it. Every edit of a task failed so; the same with a due date typed over the
    deadline's, a completion date, and a plan's issue date. The fields hold dates as they are typed: 05/12/2026."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from parapp.store import plans
    from parapp.ui import i18n
    from parapp.ui.tasks.plans_page import PlanDialog
    from parapp.ui.tasks.task_editor import TaskDialog

    pid = plans.add_plan(ui_db, {"number": "11/KH-UBND", "issued_on": "21/01/2024", "title": "Kế hoạch CCHC năm 2024",
                                 "year": 2024})
    tid = tasks.create_task(ui_db, {"content": "Công bố thủ tục hành chính", "deadline_text": "Quý III/2024",
                                    "due_date": "15/08/2024", "plan_id": pid}, TODAY)
    try:
        i18n.install(QApplication.instance(), "en")
        dlg = TaskDialog(ui_db, tid, today=TODAY)
        qtbot.addWidget(dlg)
        dlg.new_note.setPlainText("Published the decision on the portal.")
        dlg.save()
        plan = PlanDialog(ui_db, pid, today=TODAY)
        qtbot.addWidget(plan)
        plan.signer.setText("Nguyễn Văn An")
        plan.save()
    finally:
        i18n.install(QApplication.instance(), "vi")
    assert not errors, errors
    t = tasks.get_task(ui_db, tid)
    assert t.due_date == dt.date(2024, 8, 15)
    assert [n["note_date"] for n in tasks.list_notes(ui_db, tid)] == [TODAY]
    assert plans.get_plan(ui_db, pid).issued_on == dt.date(2024, 1, 21)


def test_the_english_window_takes_the_sending_date_and_a_documents_date_it_filled_in(qtbot, ui_db, errors):
    """Finding 5, the same in "Mark as sent…" (today filled in as "May 20, 2024") and a task's output document opened
    again to correct it (its issue date filled in so)."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from parapp.core.citations import DocRef
    from parapp.ui import i18n
    from parapp.ui.reports.reports_page import SentDialog
    from parapp.ui.widgets.doc_list import DocDialog

    try:
        i18n.install(QApplication.instance(), "en")
        sent = SentDialog(today=TODAY)
        qtbot.addWidget(sent)
        sent._check()
        doc = DocDialog(DocRef("Kế hoạch", "11/KH-UBND", dt.date(2024, 1, 21), "", "tuyên truyền CCHC"))
        qtbot.addWidget(doc)
        doc.save()
    finally:
        i18n.install(QApplication.instance(), "vi")
    assert not errors, errors
    assert sent.date == TODAY and doc.result_doc.issued_on == dt.date(2024, 1, 21)


def test_a_plan_or_an_official_just_saved_stays_chosen(qtbot, window, ui_db, monkeypatch):
    """Finding 6: Kế hoạch → "Sửa…" on the imported plan, its number and date typed, Lưu: the list lost its row, so
    "Xem nhiệm vụ" and "In bảng phân công…" (the next step) went grey until the plan was clicked again; the same
    on Cán bộ after "Thêm cán bộ…" or "Sửa…". The row saved stays chosen."""
    from parapp.store import plans
    from parapp.ui.people.officials_page import OfficialDialog
    from parapp.ui.tasks.plans_page import PlanDialog

    plans.add_plan(ui_db, {"title": "Kế hoạch tuyên truyền CCHC năm 2024", "year": 2024})
    pid = plans.add_plan(ui_db, {"title": "Kế hoạch nâng cao Chỉ số CCHC năm 2024", "year": 2024})
    page = window.plans
    page.reload()
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).id == pid)
    page.table.selectRow(row)

    def typed(dlg):
        dlg.number.setText("11/KH-UBND")
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(PlanDialog, "exec", typed)
    page.edit()
    assert page.current_row() is not None and page.current_row().id == pid
    assert all(b.isEnabled() for b in page.row_buttons)

    def added(dlg):
        dlg.full_name.setText("Hoàng Văn Em")
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(OfficialDialog, "exec", added)
    people = window.officials
    people.add()
    assert people.current_row() is not None and people.current_row().full_name == "Hoàng Văn Em"
    assert all(b.isEnabled() for b in people.row_buttons)


def test_a_duplicate_in_the_import_preview_names_the_stored_task_as_the_register_shows_it(qtbot, ui_db, errors):
    """Finding 7: four tasks typed by hand, the Ba Giang plan imported, then imported again into its plan: each orange
    row said "Trùng với nhiệm vụ đã có (số 5)." for the plan's row 1, "(số 6)" for row 2…: the stored tasks' database
    ids, which the window shows nowhere; the register's row 5 is another task. It names the stored task's STT and
    plan, as the register's columns show them."""
    from pathlib import Path

    from parapp.store import plans
    from parapp.ui.importing.import_dialog import ImportDialog

    sample = next((Path(__file__).resolve().parents[1] / "fixtures" / "samples").glob("003_*"))
    for n in range(4):
        tasks.create_task(ui_db, {"content": f"Việc giao tay {n}", "deadline_text": "Quý IV/2024"}, TODAY)
    pid = plans.add_plan(ui_db, {"number": "11/KH-UBND", "title": "Kế hoạch nâng cao Chỉ số CCHC năm 2023",
                                 "year": 2023})
    first = ImportDialog(ui_db, today=TODAY)
    qtbot.addWidget(first)
    first.plan.setCurrentIndex(first.plan.findData(pid))
    first.load_file(sample)
    first.do_import()
    tasks.create_task(ui_db, {"content": "Kiểm tra công tác CCHC tại Bộ phận Một cửa", "deadline_text": "Quý IV"},
                      TODAY)
    texts = []
    for load in (lambda d: d.load_file(sample),
                 lambda d: d.load_text("STT\tNội dung\tThời hạn\n"
                                       "1\tKiểm tra công tác CCHC tại Bộ phận Một cửa\tQuý IV\n", None, "dán")):
        again = ImportDialog(ui_db, today=TODAY)
        qtbot.addWidget(again)
        load(again)
        texts.append(again.model._problems(0)[0])
    assert not errors, errors
    assert texts == ["Trùng với nhiệm vụ 1 (11/KH-UBND).", "Trùng với nhiệm vụ đã có (không thuộc kế hoạch)."], texts

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


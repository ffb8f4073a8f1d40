"""Round 45B (read-only use, full disks, values waiting for room, the lock file, the report editor)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_an_explanation_waiting_does_not_hold_a_report_up(qtbot, tmp_path, monkeypatch):
    """L1 (left by round 44B): a "Giải trình" typed on Chỉ số CCHC, the disk full, then Báo cáo: "Mở / soạn báo cáo"
    (and "Xem và in…", "Chốt…") was refused: "Việc vừa chọn chưa làm được vì giải trình đang gõ … chưa lưu được, mà
    kết quả phải khớp với những gì đang hiện … hoặc đưa ô Giải trình về như trước": no report has the explanations in
    it (only the year before's scores), and the way on given was to throw the words typed away. Now the report opens;
    the words stay typed, stored when there is room."""
    from parapp.store import par_index
    from parapp.store.periods import find_period

    from .test_adversarial_round36b import _full, _par_window
    from .test_adversarial_round38b import _said

    shown = _said(monkeypatch)
    db, window, page, year, _ = _par_window(qtbot, tmp_path)
    typed = "Giải trình vừa gõ"
    page.panel.explanation.setPlainText(typed)
    monkeypatch.setattr(par_index, "set_explanation", _full)
    window.show_page("reports")  # leaving the page tries to store it: the full disk said once
    reports = window.page("reports")
    period = find_period(db, "q3", year + 1)  # none drafted: opened unsaved
    reports.select_period(period)
    opened: list = []
    monkeypatch.setattr(reports, "open_editor", lambda rid, *a, **k: opened.append(rid))
    said_before = len(shown)
    reports.open_draft()
    assert opened and len(shown) == said_before, shown
    assert page.panel.explanation.toPlainText() == typed
    monkeypatch.undo()
    assert page.keep_typed() and par_index.load_set(db, year).find("1.2").explanation == typed
    window.close()
    db.close()


_READ_AND_CLOSE = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT COUNT(*) FROM tasks").fetchone()
con.close()
"""


@pytest.mark.skipif(os.name == "nt", reason="Windows locks belong to a handle: closing another one drops nothing")
def test_the_open_data_chosen_as_the_backup_to_restore_leaves_the_windows_locks_in_place(tmp_path):
    """F1: Tệp → Khôi phục…, "Chọn tệp sao lưu…", the data's own parapp.db chosen (the portable install's
    ParApp-data/parapp.db on the stick, taken for the backup), or its folder: refused, rightly ("là một tệp cơ sở dữ
    liệu … chưa khôi phục"), but the check read its first bytes with open()/close(), and on POSIX that drops every
    SQLite lock the window holds on the file (round 43 moved the other checks to store.file_head, not this one).
    Another program reading the data then took itself for the last one and removed the -wal and -shm the window
    writes to (twice each, file and folder). Now the check reads through the descriptor kept open: they stay."""
    from parapp.services import safety
    from parapp.store import open_database
    from parapp.store.archive_format import BackupRefused

    db = open_database(tmp_path / "parapp.db")
    try:
        db.execute("INSERT INTO units (name) VALUES ('Văn phòng HĐND và UBND')")  # saved, still in the -wal
        for chosen in (tmp_path / "parapp.db", tmp_path):
            with pytest.raises(BackupRefused, match="tệp cơ sở dữ liệu"):
                safety.precheck_restore("file", chosen, tmp_path / "parapp.db", tmp_path)
        subprocess.run([sys.executable, "-c", _READ_AND_CLOSE, str(tmp_path / "parapp.db")], check=True, timeout=60)
        assert (tmp_path / "parapp.db-wal").exists() and (tmp_path / "parapp.db-shm").exists()
    finally:
        db.close()


def test_a_draft_behind_its_figures_on_read_only_data_sends_the_clerk_nowhere_she_cannot_go(tmp_path):
    """F2: the data on a write-locked stick (a read-only bind mount, folder "Dữ liệu #1 %x"), the 9-month draft saved
    before 112 became 116: Báo cáo → "Xem và in…" (the one button left on there) said under the preview "Bấm “Cập
    nhật các mục chưa sửa” trong cửa sổ soạn báo cáo để đưa vào", but on read-only data that window does not open
    ("Mở / soạn báo cáo" is off) and nothing can be stored (twice). Now it says the data is read-only, the draft
    printed as saved, and where the update can be made."""
    import datetime as dt

    from parapp.services.figures import set_period_figures
    from parapp.store import open_database, report_records
    from parapp.store.db import open_readonly
    from parapp.store.periods import find_period
    from parapp.ui.reports.report_outputs import behind_note

    today = dt.date(2026, 10, 20)
    db = open_database(tmp_path / "parapp.db")
    period = find_period(db, "9m", 2026)
    _, rid = report_records.draft_for_period(db, period, today, save=True)
    set_period_figures(db, "9m", 2026, {"procedures.total": "116"})
    assert "Cập nhật các mục chưa sửa" in behind_note(db, rid, period, today)  # writable: the way is open
    db.close()
    ro = open_readonly(tmp_path / "parapp.db")
    try:
        note = behind_note(ro, rid, period, today)
        assert "116" in note and "chỉ đọc" in note and "chép" in note, note
    finally:
        ro.close()

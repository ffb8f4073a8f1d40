import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QSysInfo

from parapp.store import officials, open_database, tasks
from parapp.store.backup import list_snapshots, take_snapshot
from parapp.ui.single_instance import SingleInstance
from parapp.ui.tasks.task_editor import TaskDialog

TODAY = dt.date(2024, 5, 20)


def test_evidence_history_and_working_as(qtbot, ui_db, tmp_path, errors):
    from parapp.ui.main_window import MainWindow

    an = officials.add_official(ui_db, {"full_name": "Nguyễn Thị Hồng Nhung",
                                        "position": "Công chức Văn phòng – Thống kê"})
    w = MainWindow(ui_db, today=TODAY)
    qtbot.addWidget(w)
    w.working_as.setCurrentIndex(w.working_as.findData(an))
    tid = tasks.create_task(ui_db, {"content": "Ban hành kế hoạch CCHC", "deadline_text": "Quý I/2024"}, TODAY)
    tasks.update_task(ui_db, tid, {"status": "done"}, TODAY)
    doc = tmp_path / "Kế hoạch 05.pdf"
    doc.write_bytes(b"%PDF-1.4 plan")
    ed = TaskDialog(ui_db, tid, today=TODAY)
    qtbot.addWidget(ed)
    ed.attach_evidence(str(doc))
    assert errors == [] and ed.evidence.rowCount() == 1
    assert ed.evidence.data(ed.evidence.index(0, 0)) == "Kế hoạch 05.pdf"
    again = TaskDialog(ui_db, tid, today=TODAY)
    qtbot.addWidget(again)
    history = again.history_view.toPlainText()
    assert "Nguyễn Thị Hồng Nhung: Sửa nhiệm vụ" in history and "Trạng thái: Chưa thực hiện → Hoàn thành" in history
    w.refresh_all()
    w.change_log.official.setCurrentIndex(w.change_log.official.findData(an))
    w.change_log.since.setDate(w.change_log.since.date().fromString("2000-01-01", "yyyy-MM-dd"))
    w.change_log.until.setDate(w.change_log.until.date().fromString("2100-01-01", "yyyy-MM-dd"))
    w.change_log.reload()
    shown = [w.change_log.model.data(w.change_log.model.index(r, 3)) for r in range(w.change_log.model.rowCount())]
    assert "Tệp kiểm chứng “Kế hoạch 05.pdf” – nhiệm vụ: Ban hành kế hoạch CCHC" in shown
    assert "Nhiệm vụ: Ban hành kế hoạch CCHC" in shown  # tasks by STT and content, never by database id


def test_new_task_asks_to_be_saved_before_attaching(qtbot, ui_db, errors):
    ed = TaskDialog(ui_db, today=TODAY)
    qtbot.addWidget(ed)
    ed.attach_evidence("/nonexistent.pdf")
    assert errors and "lưu nhiệm vụ trước" in errors[0]


def test_second_instance_brings_the_first_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not second.acquire()
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()  # released: the folder is free again
    third.release()


def test_lock_left_by_a_crash_is_taken_over(tmp_path):
    lock = tmp_path / "parapp.lock"
    # QLockFile's own format: pid, app name, host name. No process has this pid.
    lock.write_text(f"999999\nParApp\n{QSysInfo.machineHostName()}\n")
    inst = SingleInstance(tmp_path)
    assert inst.acquire()
    assert lock.read_text().split("\n")[0] == str(os.getpid())
    inst.release()


def test_restore_after_the_window_closes(qtbot, tmp_path):
    from parapp.ui.backup_dialogs import perform_restore

    path = tmp_path / "parapp.db"
    db = open_database(path)
    tasks.create_task(db, {"content": "Trước khi lỡ tay xóa"})
    snap = take_snapshot(db.conn, tmp_path, "dau-ngay")
    tasks.delete_task(db, tasks.task_rows(db)[0].id)
    db.close()
    said = perform_restore(("snapshot", snap.path), path, tmp_path, snap.label)
    assert said.startswith(f"Đã khôi phục xong dữ liệu về lúc {snap.label}.")  # said once the window is back
    db = open_database(path)
    assert [r.content for r in tasks.task_rows(db)] == ["Trước khi lỡ tay xóa"]
    db.close()
    assert any(s.reason == "truoc-khoi-phuc" for s in list_snapshots(tmp_path))


def test_damaged_file_offers_the_latest_good_snapshot(tmp_path, monkeypatch):
    from PySide6 import QtWidgets

    from parapp.ui import app as app_module

    path = tmp_path / "parapp.db"
    db = open_database(path)
    tasks.create_task(db, {"content": "Dữ liệu tốt"})
    take_snapshot(db.conn, tmp_path, "dau-ngay")
    db.close()
    path.write_bytes(b"SQLite format 3\x00" + b"\x05" * 8000)  # the power cut that ruined it
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)

    class FakeBox:
        Icon = QtWidgets.QMessageBox.Icon
        ButtonRole = QtWidgets.QMessageBox.ButtonRole

        def __init__(self, *a):
            self.buttons = []

        def setInformativeText(self, text):
            self.info = text

        def addButton(self, text, role):
            self.buttons.append(text)
            return text

        def exec(self):
            return 0

        def clickedButton(self):
            return self.buttons[0]  # "Khôi phục bản sao lưu"

    monkeypatch.setattr(QtWidgets, "QMessageBox", FakeBox)  # imported by offer_recovery when it asks
    db = app_module.open_for_window(path)
    assert [r.content for r in tasks.task_rows(db)] == ["Dữ liệu tốt"]
    db.close()
    kept = list(tmp_path.glob("parapp-hong-*.db"))
    assert kept and kept[0].read_bytes().startswith(b"SQLite format 3\x00\x05")  # the damaged file, kept aside


def test_read_only_window_switches_editing_off(qtbot, tmp_path):
    from PySide6.QtWidgets import QPushButton

    from parapp.store.db import open_readonly
    from parapp.ui.main_window import MainWindow

    path = tmp_path / "parapp.db"
    db = open_database(path)
    tid = tasks.create_task(db, {"content": "Rà soát TTHC"})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    ro = open_readonly(path)
    w = MainWindow(ro, today=TODAY)
    qtbot.addWidget(w)
    for row in range(w.nav.count()):  # pages are built when first shown: visit each
        w.nav.setCurrentRow(row)
    enabled = {b.text() for b in w.findChildren(QPushButton) if b.isEnabled()}
    assert "Thêm nhiệm vụ…" not in enabled and "Nhập từ Word/Excel…" not in enabled
    assert "Thêm cán bộ…" not in enabled and "Mở / soạn báo cáo" not in enabled
    assert "Xem và in…" in enabled  # reading and printing still work
    w.register.select_task(tid)
    assert not w.register.done_btn.isEnabled() and not w.register.note_btn.isEnabled()
    assert w.register.edit_btn.text() == "Xem…"  # the task opens to be read (tests/ui/test_read_only_task_view.py)
    ro.close()


def test_the_window_holds_the_writer_lock_and_still_restores(qtbot, tmp_path, monkeypatch):
    # Issue 15: the window is a writer for its whole life; the command line waits for it (exit 75),
    # and the window's own restore, run while it holds the lock, is not kept out by it.
    import subprocess
    import sys

    from parapp.ui import app as app_module
    from parapp.ui.backup_dialogs import perform_restore

    path = tmp_path / "parapp.db"
    db = open_database(path)
    tasks.create_task(db, {"content": "Trước khi khôi phục"})
    snap = take_snapshot(db.conn, tmp_path, "dau-ngay")
    tasks.create_task(db, {"content": "Sau bản sao lưu"})
    db.close()
    lock = app_module._take_writer_lock(path)
    try:
        r = subprocess.run([sys.executable, "-m", "parapp", "report", "draft", "--db", str(path), "--period", "q1",
                            "--year", "2024", "--save"], capture_output=True, text=True, encoding="utf-8",
                           env={**os.environ, "PARAPP_LOCK_WAIT": "0.3"})
        assert r.returncode == 75 and "cửa sổ ParApp đang mở" in r.stderr
        perform_restore(("snapshot", snap.path), path, tmp_path)
    finally:
        lock.release()
    db = open_database(path)
    assert [r.content for r in tasks.task_rows(db)] == ["Trước khi khôi phục"]
    db.close()


def test_the_window_says_so_when_another_parapp_keeps_writing(qtbot, tmp_path, monkeypatch, errors):
    from parapp.store.writer_lock import IMPORT
    from parapp.ui import app as app_module

    path = tmp_path / "parapp.db"
    open_database(path).close()
    shown = errors
    monkeypatch.setenv("PARAPP_LOCK_WAIT", "0.2")
    # Another process's hold (an import on the command line).
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", "import sys; from parapp.store.writer_lock import WriterLock, "
                               "IMPORT; WriterLock(sys.argv[1]).acquire(IMPORT); print('ready', flush=True); "
                               "sys.stdin.readline()", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert app_module._take_writer_lock(path) is False
        assert shown and IMPORT in shown[0]
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(30)


def test_a_backup_s_time_reads_as_a_person_writes_it():
    from parapp.core.dates import when_made

    assert when_made("2026-12-02T16:08:31+07:00") == "02/12/2026 16:08"
    assert when_made("2026-12-02T16:08:31") == "02/12/2026 16:08"
    assert when_made("không rõ") == "không rõ"


def test_restoring_a_backup_file_asks_with_its_day_and_minute(qtbot, tmp_path, monkeypatch):
    from parapp.services import safety
    from parapp.ui import backup_dialogs

    (tmp_path / "data").mkdir()
    db = open_database(tmp_path / "data" / "parapp.db")
    out = safety.backup(db, tmp_path).path
    db.close()
    asked = []
    monkeypatch.setattr(backup_dialogs, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)
    dlg = backup_dialogs.RestoreDialog(tmp_path / "data")
    qtbot.addWidget(dlg)
    dlg._pick_file(str(out))
    made = dt.datetime.fromtimestamp(out.stat().st_mtime)
    assert f"{made:%d/%m/%Y} " in asked[0] and "T" not in asked[0].split("tạo lúc")[1][:17]
    assert dlg.label.count("/") == 2 and dlg.choice == ("file", out)

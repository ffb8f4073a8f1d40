"""Adversarial round 16, part A, the window's side: the restore dialog's precheck against the restore's gate
(room for a snapshot, folders that refuse writes), the read-only banner of a folder at the lock file's name,
the window's start on a FIFO at the journal's name or beside folders another account keeps closed, and the
window's log file. The rest is in test_adversarial_round16a.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from parapp.core.messages import ParAppError
from parapp.store import open_database

from ..ui.conftest import errors  # noqa: F401 (fixture)
from .test_adversarial_round15a import OTHER, _demo, as_other_account, posix_root, shared  # noqa: F401 (fixture)
from .test_hostile_backups import craft, listing, source, target  # noqa: F401 (fixtures)


# 2. Round 15 made the restore dialog check the room a backup file's restore needs before the window closes
# its data; an automatic snapshot's restore was checked for nothing of the kind, nor did the restore count
# the room itself: on a full data disk "Khôi phục bản đã chọn" passed the dialog, the window closed, the
# restore stopped on ENOSPC half-way through its copy and the window opened again asking "Ai đang làm
# việc?" (a 3 MB tmpfs holding the demo commune and one snapshot, twice).
def test_a_snapshot_restore_with_no_room_beside_the_data_is_refused_before_the_window_closes(
        qtbot, monkeypatch, target, errors):  # noqa: F811
    from collections import namedtuple

    from parapp.store.backup import take_snapshot
    from parapp.ui import backup_dialogs

    db = open_database(target)
    try:
        take_snapshot(db.conn, target.parent, "thu")
    finally:
        db.close()
    usage = namedtuple("usage", "total used free")
    from parapp.store import restore_room
    monkeypatch.setattr(restore_room.shutil, "disk_usage", lambda p: usage(8 << 20, 7 << 20, 1 << 20))
    monkeypatch.setattr(backup_dialogs, "ask_yes_no", lambda *a: True)
    before = listing(target.parent)
    dlg = backup_dialogs.RestoreDialog(target.parent, None, target)
    qtbot.addWidget(dlg)
    dlg.table.setCurrentIndex(dlg.model.index(0, 0))
    dlg._pick_snapshot()
    assert dlg.choice is None  # not accepted: the window never closes its data
    assert errors and "Không đủ chỗ trống" in errors[-1], list(errors)
    assert listing(target.parent) == before


# 7. A folder at the writer lock's name (`parapp.db.lock`): the command line said "Không ghi được vào thư mục
# … (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác" of a folder that takes writes, and the window's
# banner blamed another account's ParApp. Both now name the folder in the way.
def test_a_folder_at_the_lock_file_s_name_is_said_so(tmp_path, monkeypatch, qtbot, capsys):
    from parapp.cli.main import main
    from parapp.store.writer_lock import lock_path_for

    from .test_adversarial_round14c import _banner_of_run_app

    db_path = tmp_path / "parapp.db"
    open_database(db_path).close()
    lock = lock_path_for(db_path)
    lock.mkdir()
    plan = tmp_path / "kế hoạch.txt"
    plan.write_text("STT\tNội dung\tChủ trì\tThời hạn\n1\tViệc mới\tVăn phòng\tQuý I/2026\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "--db", str(db_path), str(plan)]) == 2
    said = capsys.readouterr().err
    assert str(lock) in said and "không phải là một tệp bình thường" in said and "thư mục khác" not in said, said
    [(readonly, shown, text)] = _banner_of_run_app(db_path, monkeypatch)
    assert readonly and shown
    assert lock.name in text and "tài khoản khác" not in text and "USB không cho ghi" not in text, text


# 9. The restore dialog's precheck (rounds 14c, 15) asked neither whether the data folder takes writes nor
# whether the evidence folders the backup's files go into do: an `evidence/18` another account made (root's,
# from a restore before round 15) passed the dialog; the window closed its data, the restore refused ("Không
# ghi được vào thư mục “…/evidence/18” bên trong thư mục dữ liệu") and the window opened again (as nobody,
# twice). Now refused while the dialog is open.
# The same for the safety snapshot's folder (`backups/auto` root's): "Chưa tạo được bản sao lưu tự động" came
# after the window had closed, for a backup file and for a snapshot alike.
@pytest.mark.parametrize("closed_is", ["evidence", "auto-for-file", "auto-for-snapshot"])
def test_a_restore_whose_folder_refuses_writes_is_refused_before_the_window_closes(
        qtbot, monkeypatch, source, tmp_path, target, errors, closed_is):  # noqa: F811
    from parapp.store.backup import AUTO_DIR, take_snapshot
    from parapp.store.evidence import stored_path
    from parapp.ui import backup_dialogs

    members, manifest = source
    backup = craft(tmp_path / "tốt.parapp-backup", dict(members), manifest)
    if closed_is == "auto-for-snapshot":
        db = open_database(target)
        try:
            take_snapshot(db.conn, target.parent, "thu")
        finally:
            db.close()
    sha = next(n for n in members if n.startswith("evidence/")).rsplit("/", 1)[-1]
    closed = stored_path(target.parent, sha).parent if closed_is == "evidence" else target.parent / AUTO_DIR
    closed.mkdir(parents=True, exist_ok=True)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if (Path(p) == closed and mode == os.W_OK)
                        else real_access(p, mode, **kw))
    monkeypatch.setattr(backup_dialogs, "ask_yes_no", lambda *a: True)
    before = listing(target.parent)
    dlg = backup_dialogs.RestoreDialog(target.parent, None, target)
    qtbot.addWidget(dlg)
    if closed_is == "auto-for-snapshot":
        dlg.table.setCurrentIndex(dlg.model.index(0, 0))
        dlg._pick_snapshot()
    else:
        dlg._pick_file(str(backup))
    assert dlg.choice is None  # not accepted: the window never closes its data
    assert errors and str(closed) in errors[-1] and "không có quyền ghi" in errors[-1], list(errors)
    assert listing(target.parent) == before


# The window, on the same FIFO: it hung before its frame was shown, reading the interface language.
@pytest.mark.skipif(os.name == "nt", reason="FIFOs are POSIX")
def test_the_window_names_a_fifo_at_the_journal_s_name_instead_of_hanging(tmp_path):
    import subprocess
    import sys

    db_path = _demo(tmp_path)
    for s in ("-wal", "-shm"):
        Path(f"{db_path}{s}").unlink(missing_ok=True)
    os.mkfifo(f"{db_path}-journal")
    root = str(Path(__file__).resolve().parents[2])
    code = ("import sys; from pathlib import Path; import parapp.ui.app as a\n"
            "a.show_error = lambda *x, **k: print('BOX', x[1])\n"
            "print('rc', a.run_app(Path(sys.argv[1]), None))\n")  # None: the language read from the data
    env = {**os.environ, "PYTHONPATH": root, "QT_QPA_PLATFORM": "offscreen", "PARAPP_STARTUP_PROBE": "1"}
    done = subprocess.run([sys.executable, "-c", code, str(db_path)], env=env, cwd=root, capture_output=True,
                          text=True, timeout=90)
    assert "rc 2" in done.stdout, done.stdout + done.stderr
    assert f"{db_path}-journal" in done.stdout and "không phải là một tệp bình thường" in done.stdout, done.stdout


# 12. The window's log (`logs/parapp.log`) was appended through a link planted at its name: an evidence file it
# named gained log lines (then "đã bị thay đổi" in check, left out of every backup). As root, `logs/` and the
# log were root's, and the account's own window then logged nothing, quietly.
@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_the_log_is_never_appended_through_a_link_at_its_name(tmp_path):
    import logging

    from parapp.logfile import get_logger, log_path, setup_logging

    victim = tmp_path / "Quyết định.pdf"
    victim.write_bytes(b"%PDF-1.4 evidence")
    log_path(tmp_path).parent.mkdir()
    log_path(tmp_path).symlink_to(victim)
    assert setup_logging(tmp_path) == log_path(tmp_path)
    get_logger().info("một dòng nhật ký")
    for h in logging.getLogger("parapp").handlers:
        h.flush()
    assert victim.read_bytes() == b"%PDF-1.4 evidence"
    assert not log_path(tmp_path).is_symlink() and "một dòng nhật ký" in log_path(tmp_path).read_text("utf-8")


@posix_root
def test_the_log_made_as_root_in_an_account_s_folder_is_that_account_s(shared):  # noqa: F811
    import logging

    from parapp.logfile import get_logger, log_path, setup_logging

    clerk = shared / "clerk"
    clerk.mkdir()
    os.chown(clerk, OTHER, OTHER)
    setup_logging(clerk)
    get_logger().info("một dòng nhật ký")
    for h in logging.getLogger("parapp").handlers:
        h.flush()
    for p in (log_path(clerk).parent, log_path(clerk)):
        assert (p.stat().st_uid, p.stat().st_gid) == (OTHER, OTHER), p


# 14. `backups` another account's, 0700 (made with that account's umask 077 in a shared data folder): listing
# the snapshots raised PermissionError, so the window's every start ("is a snapshot due today?") and its Tệp →
# Khôi phục… (even to pick a backup file) ended in "Lỗi không mong đợi". Now none is listed, the day's
# snapshot is refused in words, and the window goes on.
# The start's removal of what a kill left (clean_data_folder) raised the same way there, and for an
# `evidence` folder another account's.
@posix_root
@pytest.mark.parametrize("closed_is", ["backups", "evidence"])
def test_a_snapshot_folder_this_account_cannot_enter_lists_none_instead_of_failing(shared, closed_is):  # noqa: F811
    import datetime as dt

    from parapp.store.backup import latest_good, list_snapshots, snapshot_due_today, try_snapshot
    from parapp.store.leftovers import clean_data_folder

    from parapp.services import safety

    data = shared / "data"
    data.mkdir()
    db_path = _demo(data)
    made = safety.backup(open_database(db_path), shared).path
    made.chmod(0o644)
    (data / "backups" / "auto").mkdir(parents=True, exist_ok=True)
    for p in [data, *data.rglob("*")]:
        os.chown(p, OTHER, OTHER)
    os.chown(data / closed_is, 0, 0)
    (data / closed_is).chmod(0o700)

    def work():
        clean_data_folder(db_path)
        if closed_is == "evidence":
            return "cleaned"
        try:  # the restore dialog's precheck: refused in words, as the restore refuses
            safety.precheck_restore("file", made, db_path)
            raise AssertionError("the precheck let it through")
        except ParAppError as exc:
            assert "Chưa tạo được bản sao lưu tự động" in exc.message, exc.message
        db = open_database(db_path, create=False)
        try:
            said = try_snapshot(db.conn, data, "dau-ngay")
        finally:
            db.close()
        return (list_snapshots(data), snapshot_due_today(data, dt.date.today()), latest_good(data), str(said))

    kind, said = as_other_account(work)
    assert kind == "ok", said
    if closed_is == "backups":
        assert said.startswith("([], True, None, ") and "Chưa tạo được bản sao lưu tự động" in said, said


# 15. The same PermissionError one step away: the folder a file dialog last used, now inside a folder this
# account may not enter (a stick mounted under another account's /media), made "Sao lưu ra USB…", "Lưu PDF…"
# and every other file dialog fail before it opened; a `chung-thu-goc` folder another account keeps closed
# made "Gắn bản đã ký…" fail. The dialog starts in Documents; no root certificate is read from a closed folder.
def test_a_last_folder_this_account_cannot_enter_starts_the_dialog_in_documents(tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QSettings, QStandardPaths

    from parapp.ui.widgets import file_dialogs, open_data_folders

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    docs = tmp_path / "Tài liệu"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(docs))
    monkeypatch.setattr(open_data_folders, "DATA_DIRS", set())
    closed = tmp_path / "media" / "another" / "USB"
    closed.mkdir(parents=True)
    file_dialogs.remember(file_dialogs.BACKUPS, closed / "x.parapp-backup")
    real_is_dir = Path.is_dir

    def is_dir(self):
        if self == closed:
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_dir(self)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    assert file_dialogs.start_folder(file_dialogs.BACKUPS) == docs
    file_dialogs.remember(file_dialogs.BACKUPS, closed)  # never raises either


@posix_root
def test_root_certificates_in_a_folder_this_account_cannot_read_are_none(shared):  # noqa: F811
    from parapp.services.delivery import installed_roots, trust_dir

    trust_dir(shared).mkdir()
    assert installed_roots(shared) == []  # what reading roots imports is loaded here, by the account that may
    trust_dir(shared).chmod(0o700)
    assert as_other_account(lambda: installed_roots(shared)) == ("ok", "[]")

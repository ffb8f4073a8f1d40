"""Round 25A: round 24's new backup, restore, snapshot and read-only code, attacked; each command a message gives
is run as printed."""

from __future__ import annotations

import shlex
from pathlib import Path

from ..cli.test_cli import run
from .test_adversarial_round24a import backup_then_import


def _demo(tmp_path: Path, name: str = "data") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    db = folder / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    return db


def _commands(text: str, **fill: str) -> list[list[str]]:
    """Every `parapp …` command in a message, its <placeholders> filled in as the clerk would (by their first word
    after "tệp"/"thư"), split as a shell splits it."""
    import re

    for start, value in fill.items():
        text = re.sub(r"<%s[^>]*>" % re.escape(start.replace("_", " ")), lambda _m, v=value: shlex.quote(v), text)

    found = []
    for m in re.finditer(r'parapp ((?:restore|backup)(?:\s+(?:"[^"]*"|“[^”]*”|<[^>]*>|[^\s"“<,;()]+))+)', text):
        found.append(shlex.split(m.group(1).rstrip(".")))
    return found


def test_the_printed_way_back_command_runs_as_printed(tmp_path):
    """`parapp restore` printed its way back as parapp restore “…/parapp-…-truoc-khoi-phuc-….db” --db “…”: curly
    quotes are no quotes to a shell (cmd, bash): run as printed it said 'Thư mục “…/“d” không tồn tại' and undid
    nothing. Straight quotes: the command runs and puts the data back."""
    db = _demo(tmp_path)
    backup_file, wanted = backup_then_import(tmp_path, db)
    r = run("--db", db, "restore", backup_file)
    assert r.returncode == 0, r.stderr
    commands = _commands(r.stdout)
    assert len(commands) == 1, r.stdout
    back = run(*commands[0])
    assert back.returncode == 0, back.stderr
    assert run("--db", db, "tasks").stdout == wanted


def test_restoring_a_plain_copy_follows_its_advice_into_the_data_asked(tmp_path, monkeypatch):
    """Round 24A finding 8's advice for a database copy given to restore, followed as written: `parapp backup --db
    “X” --to <folder>` (curly quotes: no such file to a shell), then `parapp restore <the backup>` with no --db: it
    restored into the default data folder, not the data the restore was asked for, which stayed as it was. The
    advice keeps the --db of the data restored into, and quotes as a shell does."""
    db = _demo(tmp_path)
    other = _demo(tmp_path, "other")
    plan = tmp_path / "plan.csv"
    plan.write_text("STT,Nội dung,Chủ trì,Thời hạn\n1,Việc chỉ có trong bản chép,Văn phòng,Quý II/2026\n",
                    encoding="utf-8")
    assert run("--db", other, "import", plan).returncode == 0
    copy = tmp_path / "usb" / "parapp.db"
    copy.parent.mkdir()
    copy.write_bytes(other.read_bytes())
    r = run("--db", db, "restore", copy)
    assert r.returncode == 2
    commands = _commands(r.stderr, thư_mục=str(tmp_path / "usb"), tệp_dữ_liệu=str(db), tệp_=str(tmp_path / "?"))
    assert [c[0] for c in commands] == ["backup", "restore"], r.stderr
    made = run(*commands[0])
    assert made.returncode in (0, 1), made.stderr
    created = made.stdout.strip()
    assert "--db" in commands[1], r.stderr  # the data the restore was asked for
    restore_args = [created if a == str(tmp_path / "?") else a for a in commands[1]]
    assert run(*restore_args).returncode == 0
    assert "Việc chỉ có trong bản chép" in run("--db", db, "tasks").stdout


def test_a_read_only_window_beside_another_writer_follows_a_restore_there(qapp, tmp_path):
    """Round 24B left it: the window read-only beside another ParApp (which holds the writer lock) follows that
    writer's saves through PRAGMA data_version, but a restore there renames a new file in: this window's connection
    kept reading the replaced file, whose data_version never changes again, and showed (and printed) the data
    before the restore for the rest of the session. It now sees the file replaced and opens the data again, saying
    why, as after its own restore."""
    import time

    from PySide6.QtWidgets import QApplication

    from parapp.services.safety import backup, restore
    from parapp.store import open_database
    from parapp.ui.app import open_for_window
    from parapp.ui.main_window import MainWindow

    path = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    writer = open_database(path)
    made = backup(writer, usb)
    writer.execute("UPDATE tasks SET status = 'done', completed_on = '2026-05-20' WHERE status != 'done'")
    writer.close()
    db = open_for_window(path, unlocked=True)  # the other ParApp holds the lock
    w = MainWindow(db)
    w.show()
    try:
        register = w.page("register")
        register.model.load_all()
        restore(made.path, path)  # the other ParApp restores the backup (all done → as before)
        deadline = time.monotonic() + 10
        while not w.restart_requested and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.05)
        assert w.restart_requested, "the window went on showing the data the restore replaced"
        said = w.pending_restore()
        assert "khôi phục" in said or "thay" in said, said
    finally:
        w.close()
        w.deleteLater()
        db.close()


def test_backup_to_a_folder_not_made_yet_on_a_stick_that_is_there(tmp_path):
    """`parapp backup --to E:/saoluu-2026` (a folder not made yet; or 'E:/x.zip', a file name) with the stick in:
    "Không thấy thư mục … Hãy cắm lại USB hoặc chọn thư mục khác": plugging it again changes nothing, and making the
    folder was not said. Round 24A finding 4 said so of a .parapp-backup name only. With the folder holding it there
    (a stick mounted at /media/… pulled out looks the same), both are said: plug it in again, or make the folder."""
    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    for given in (usb / "saoluu-2026", usb / "x.zip"):
        r = run("--db", db, "backup", "--to", given)
        assert r.returncode == 2
        assert "tạo thư mục" in r.stderr and str(usb) in r.stderr.replace(str(given), ""), r.stderr
    r = run("--db", db, "backup", "--to", tmp_path / "gone" / "saoluu")  # the stick away: as before
    assert r.returncode == 2 and "cắm lại USB" in r.stderr and "tạo thư mục" not in r.stderr, r.stderr


def test_a_backup_whose_content_was_never_written_is_not_called_another_file(tmp_path):
    """Round 24A finding 9 said a 0-byte backup and one cut short as what they are. A stick pulled (or the PC
    switched off) just after a copy leaves on FAT/exFAT a file of the full size holding only zero bytes: still
    "không phải tệp sao lưu ParApp", the office's own backup taken for a wrong file. Said as never written."""
    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = Path(run("--db", db, "backup", "--to", usb).stdout.strip())
    before = run("--db", db, "tasks").stdout
    made.write_bytes(bytes(made.stat().st_size))
    r = run("--db", db, "restore", made)
    assert r.returncode == 2
    assert "không phải tệp sao lưu ParApp" not in r.stderr and "byte 0" in r.stderr, r.stderr
    assert run("--db", db, "tasks").stdout == before


def test_a_snapshots_refusal_sends_to_nothing_that_loses_its_evidence(tmp_path):
    """A write to an automatic snapshot is refused (round 24A finding 2) with "… hoặc chép tệp ra ngoài thư mục
    backups/auto rồi mở bản chép": done as said (the file copied to the desktop, opened), the copy has none of its
    evidence files ("Thiếu tệp kiểm chứng" × 21, exit 1) and becomes data of its own, apart from the commune's.
    Its other advice (restore it, with straight quotes) runs as printed; to look at it, the window opens it
    read-only where it is, its evidence found."""
    from .test_adversarial_round24a import _snapshot_of_a_restore

    snap, _ = _snapshot_of_a_restore(tmp_path)
    db = snap.parent.parent.parent / "parapp.db"
    plan = tmp_path / "plan.csv"
    plan.write_text("STT,Nội dung,Chủ trì,Thời hạn\n1,Rà soát thủ tục,Văn phòng,Quý II/2026\n", encoding="utf-8")
    r = run("--db", snap, "import", plan)
    assert r.returncode == 2
    assert "chép tệp ra ngoài" not in r.stderr, r.stderr
    (restore_args,) = _commands(r.stderr, tệp_dữ_liệu=str(db))
    assert run(*restore_args).returncode == 0
    assert run("--db", db, "check").returncode == 0


def test_a_read_only_window_whose_drive_went_away_is_not_sent_to_restore(qapp, tmp_path):
    """Round 24B (finding 4) said a drive gone mid-session as such, for a window that writes only. A read-only
    window reading the data file itself (another account's data on a share or stick, beside its writer) whose drive
    went away still said "Không đọc hoặc ghi được tệp dữ liệu (disk I/O error) … Nếu lỗi lặp lại, hãy dùng Tệp →
    Khôi phục…": switched off in that window, and a restore there is no answer to a stick pulled out."""
    import os
    import sqlite3

    import pytest

    if os.name == "nt":
        pytest.skip("a folder holding an open file cannot be renamed on Windows")
    from parapp.ui.app import open_for_window
    from parapp.ui.main_window import MainWindow
    from parapp.ui.uncaught import message_for

    path = _demo(tmp_path, "usb")
    db = open_for_window(path, unlocked=True)
    assert db.readonly and db.limited is None
    w = MainWindow(db)
    w.show()
    try:
        path.parent.rename(tmp_path / "gone")
        said = message_for(sqlite3.OperationalError("disk I/O error"))
    finally:
        w.close()
        w.deleteLater()
        db.close()
    assert "Khôi phục" not in said and "mở lại ParApp" in said and "chưa được lưu" not in said, said


def test_the_read_only_banner_of_a_portable_copy_says_how_to_open_the_copy(qapp, tmp_path, monkeypatch):
    """The portable ParApp on a locked stick or a CD (ParApp.exe with ParApp-data beside it) opens its data
    read-only, and the banner said "hãy chép cả thư mục dữ liệu … vào máy rồi mở bản chép". The window has no way to
    open another folder (no File → Open; the installed ParApp opens %APPDATA%\\ParApp, this one its ParApp-data
    again): followed as written, the copy is never opened. For the portable layout, the banner says to copy the
    whole ParApp folder (the program with its ParApp-data) and run ParApp from the copy, which opens the copy."""
    from parapp import datadir
    from parapp.store.db import open_readonly
    from parapp.ui.readonly_banner import readonly_text

    program = tmp_path / "E" / "ParApp"
    data = program / datadir.PORTABLE_DIRNAME
    data.mkdir(parents=True)
    path = _demo(tmp_path)
    (data / "parapp.db").write_bytes(path.read_bytes())
    monkeypatch.setattr(datadir, "_executable_dir", lambda: program)
    db = open_readonly(data / "parapp.db")
    try:
        said = readonly_text(db, "folder")
    finally:
        db.close()
    assert str(program) in said and "ParApp-data" in said, said
    assert "mở bản chép" not in said, said
    assert datadir.user_data_dir() == data  # what "run ParApp from the copy" opens: the copy's ParApp-data


def test_the_way_back_runs_from_another_folder_too(tmp_path):
    """`parapp restore X --db d/parapp.db` (a relative --db) printed its way back with `--db "d/parapp.db"`: run
    later from another folder (a new terminal opens in the home folder) it was refused, or restored the snapshot
    into another d/parapp.db found there. The way back names the data by its full path."""
    import os
    import subprocess
    import sys

    import parapp

    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    backup_file = run("--db", db, "backup", "--to", usb).stdout.strip()
    elsewhere = tmp_path / "elsewhere" / "data"
    elsewhere.mkdir(parents=True)
    r = subprocess.run([sys.executable, "-m", "parapp", "restore", backup_file, "--db", "data/parapp.db"],
                       capture_output=True, text=True, encoding="utf-8", cwd=tmp_path,
                       env={**os.environ, "PYTHONPATH": str(Path(parapp.__file__).resolve().parent.parent)})
    assert r.returncode == 0, r.stderr
    (command,) = _commands(r.stdout)
    assert Path(command[command.index("--db") + 1]) == db, r.stdout


def test_an_upgrade_due_on_a_portable_copy_on_read_only_media_says_how_to_open_the_copy(tmp_path, monkeypatch):
    """The same as finding 7 before the window opens: the portable ParApp of a newer version run from a locked stick
    holding older data said "… cần được nâng cấp … Hãy chép cả thư mục dữ liệu … vào máy rồi mở bản chép", which
    the window cannot open. It says to copy the whole ParApp folder and run ParApp in the copy."""
    import os
    import shutil

    import pytest

    from parapp import datadir
    from parapp.core.messages import ParAppError
    from parapp.store.db import open_readonly

    program = tmp_path / "E" / "ParApp"
    data = program / datadir.PORTABLE_DIRNAME
    data.mkdir(parents=True)
    path = data / "parapp.db"
    shutil.copyfile(Path(__file__).parent.parent / "fixtures" / "schema_v5.db", path)
    monkeypatch.setattr(datadir, "_executable_dir", lambda: program)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if mode & os.W_OK and str(p).startswith(
        str(program)) else real_access(p, mode, *a, **k))  # the locked stick
    with pytest.raises(ParAppError) as e:
        open_readonly(path)
    said = e.value.message
    assert "nâng cấp" in said and str(program) in said and "mở bản chép" not in said, said

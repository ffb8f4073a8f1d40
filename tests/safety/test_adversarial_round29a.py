"""Adversarial round 29A: backup, restore, automatic snapshots and `parapp check` (helper r29a)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo


def _listing(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def _backup(db: Path, usb: Path) -> Path:
    usb.mkdir(exist_ok=True)
    r = run("--db", db, "backup", "--to", usb)
    assert r.returncode == 0, r.stderr
    return next(usb.glob("*.parapp-backup"))


def test_restore_given_the_data_folder_as_db_says_a_folder(tmp_path):
    """F1: `restore <backup> --db <data folder>` said "Tệp “…” không phải là cơ sở dữ liệu ParApp … một tên tệp mới
    để tạo dữ liệu mới" — the one command the lead's folder words missed."""
    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    before = _listing(db.parent)
    r = run("restore", backup, "--db", db.parent)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "là một thư mục" in r.stderr and "Tệp “" not in r.stderr, r.stderr
    assert f'--db "{db}"' in r.stderr, r.stderr
    assert _listing(db.parent) == before


def _this_parapp() -> dict[str, str]:
    """The environment that runs this tree's parapp from any folder (not the one installed)."""
    import parapp

    return {**os.environ, "PYTHONPATH": str(Path(parapp.__file__).resolve().parents[1])}


def _shell_run(command: str, cwd: Path) -> subprocess.CompletedProcess:
    """A printed `parapp …` command pasted into a shell, as the clerk would (python -m parapp for parapp)."""
    assert command.startswith("parapp ")
    line = f"{sys.executable} -m {command}"
    return subprocess.run(["/bin/sh", "-c", line], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          env=_this_parapp())


HOSTILE = 'Dữ liệu #1 100% $HOME "bản" `true`'


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell's quoting")
def test_printed_commands_run_as_printed_in_a_folder_whose_name_a_shell_reads(tmp_path):
    """F2: the commands messages print put the path in double quotes: in a folder named with `$`, a double quote or a
    backtick, a shell pasted them into expanded `$HOME`, ran what the backticks held, or split the name — the
    command then named another folder ("Thư mục “…/root …” không tồn tại") or ran something else."""
    folder = tmp_path / HOSTILE
    db = _demo(tmp_path, HOSTILE)
    assert db.parent == folder
    elsewhere = tmp_path / "khac"
    elsewhere.mkdir()
    # The folder given as --db: the parapp.db inside it named to use.
    said = run("--db", folder, "tasks").stderr
    use = said[said.index("--db "):].split(". Chưa")[0]
    r = _shell_run(f"parapp {use} tasks", elsewhere)
    assert r.returncode == 0, said + "\n" + r.stderr
    # Unreadable values: the printed check run as printed finds them.
    con = sqlite3.connect(db)
    con.execute("UPDATE tasks SET due_date = 'khong' WHERE id = (SELECT MIN(id) FROM tasks)")
    con.commit()
    con.close()
    said = run("--db", db, "tasks").stderr
    check = said[said.index("parapp check"):].split(" nêu ")[0]
    r = _shell_run(check, elsewhere)
    assert r.returncode == 1 and "khong" in r.stdout + r.stderr, said + "\n" + r.stdout + r.stderr


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell's quoting")
def test_the_way_back_from_a_restore_runs_as_printed_in_such_a_folder(tmp_path):
    db = _demo(tmp_path, HOSTILE)
    backup = _backup(db, tmp_path / "usb")
    elsewhere = tmp_path / "khac"
    elsewhere.mkdir()
    r = run("restore", backup, "--db", db)
    assert r.returncode == 0, r.stderr
    way_back = r.stdout.split("\n    ")[1].strip()
    back = _shell_run(way_back, elsewhere)
    assert back.returncode == 0 and "Đã khôi phục" in back.stdout, way_back + "\n" + back.stderr


def _with_zeroed_free_pages(db: Path, megabytes: int) -> None:
    """Free pages of zeros, as SQLite built with SECURE_DELETE (Debian's) leaves them after a large delete."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA secure_delete = ON")
    con.execute("CREATE TABLE junk(b BLOB)")
    con.executemany("INSERT INTO junk VALUES (randomblob(1000000))", [()] * megabytes)
    con.commit()
    con.execute("DROP TABLE junk")
    con.commit()
    con.close()


@pytest.mark.skipif(os.name == "nt", reason="RLIMIT_FSIZE stands for a small stick")
def test_a_database_mostly_freed_pages_backs_up_onto_a_stick_smaller_than_it(tmp_path):
    """F3: the copy on the stick was the raw database, compacted only afterwards: 150 MB, 1 MB of it data, onto a
    stick with 40 MB free: "USB hoặc ổ đĩa đã đầy … Hãy xóa bớt tệp hoặc dùng USB khác" for a backup of 1 MB."""
    import resource

    db = _demo(tmp_path)
    _with_zeroed_free_pages(db, 40)
    assert db.stat().st_size > 36 << 20
    usb = tmp_path / "usb"
    usb.mkdir()
    small = 12 << 20  # no file on the stick may pass this: the stick's room

    def stick_room():
        resource.setrlimit(resource.RLIMIT_FSIZE, (small, small))

    r = subprocess.run([sys.executable, "-m", "parapp", "--db", str(db), "backup", "--to", str(usb)],
                       capture_output=True, text=True, encoding="utf-8", preexec_fn=stick_room)
    assert r.returncode == 0, r.stderr
    made = next(usb.glob("*.parapp-backup"))
    assert [p.name for p in usb.iterdir()] == [made.name]
    assert run("check", "--db", made).returncode == 0


def test_a_private_copy_in_memory_with_freed_pages_still_backs_up(tmp_path):
    """F3's route read straight from the data cannot vacuum the private copy a window or command reads of data on
    read-only media (a CD, a locked stick): it is copied, then compacted on the stick, as before."""
    from parapp.store.archive import make_backup
    from parapp.store.connect import _copy_once

    db = _demo(tmp_path)
    _with_zeroed_free_pages(db, 3)
    con = _copy_once(db)
    assert con.execute("PRAGMA freelist_count").fetchone()[0] > 0
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        made = make_backup(con, db.parent, usb, commune="Xã thử")
    finally:
        con.close()
    assert run("check", "--db", made.path).returncode == 0


def test_freed_pages_back_up_beside_a_statement_in_progress_and_a_transaction(tmp_path):
    """The window's connection may hold a statement in progress or a write transaction while its backup runs in a
    thread: VACUUM refuses both ("SQL statements in progress"), the snapshot never did."""
    from parapp.store.archive import make_backup

    db = _demo(tmp_path)
    _with_zeroed_free_pages(db, 3)
    con = sqlite3.connect(db, check_same_thread=False)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        rows = con.execute("SELECT id FROM tasks")
        rows.fetchone()  # in progress
        made = make_backup(con, db.parent, usb, commune="Xã thử")
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE tasks SET id = id")
        again = make_backup(con, db.parent, usb, commune="Xã thử")
        con.rollback()
    finally:
        con.close()
    for path in (made.path, again.path):
        assert run("check", "--db", path).returncode == 0


@pytest.mark.parametrize("name", ["usb/ParApp-Xa-2026-12-05-080000.parapp-backup", "khong-co/ban-sao-luu.zip"])
def test_check_of_a_backup_not_there_says_a_backup_not_there(tmp_path, name):
    """F4: the backup on a stick not plugged in (or given another drive letter on this PC): check said "Không thấy tệp
    dữ liệu … dữ liệu mới chỉ được tạo khi mở cửa sổ ParApp lần đầu hoặc bằng lệnh parapp demo", or "Thư mục … không
    tồn tại. Hãy tạo thư mục đó" — a backup called data, the clerk sent to make demo data or a folder named E:\\."""
    (tmp_path / "usb").mkdir()
    path = tmp_path / name
    r = run("check", "--db", path)
    assert r.returncode == 1, r.stdout + r.stderr
    said = r.stdout + r.stderr
    assert "Không thấy tệp sao lưu" in said and "demo" not in said and "Hãy tạo thư mục" not in said, said
    assert sorted(p.name for p in tmp_path.iterdir()) == ["usb"] and not any((tmp_path / "usb").iterdir())


def _rewritten_backup(tmp_path: Path, name: str, edit) -> Path:
    """The demo's backup unpacked, its database changed by `edit(con)` (which returns the text of the members to leave
    out, or None), its manifest made to match and zipped again: a backup as another program or an older ParApp left
    it."""
    import hashlib
    import json
    import zipfile

    db = _demo(tmp_path)
    good = _backup(db, tmp_path / "usb")
    work = tmp_path / "unpacked"
    with zipfile.ZipFile(good) as z:
        z.extractall(work)
        names = [i.filename for i in z.infolist()]
    con = sqlite3.connect(work / "parapp.db")
    dropped = edit(con)
    con.commit()
    con.close()
    kept = [n for n in names if not dropped or dropped not in n]
    manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
    manifest["members"] = {k: v for k, v in manifest["members"].items() if not dropped or dropped not in k}
    manifest["members"]["parapp.db"] = hashlib.sha256((work / "parapp.db").read_bytes()).hexdigest()
    (work / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    bad = tmp_path / name
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as z:
        for n in kept:
            z.write(work / n, n)
    return bad


def _dangling_backup(tmp_path: Path) -> Path:
    """A backup whose data names an official no longer there (edited with foreign keys off after an older ParApp
    backed it up): the restore refuses it once it reads the database."""
    def edit(con):
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("UPDATE task_assignments SET official_id = 9999 WHERE id = (SELECT MIN(id) FROM task_assignments)")

    return _rewritten_backup(tmp_path, "cu.parapp-backup", edit)


def test_check_of_a_backup_never_says_restorable_when_it_could_not_read_the_data(tmp_path, monkeypatch):
    """F5: `check` of a backup reads its database through the system's temporary folder; with no room there (C: full
    on an old PC) the reading was skipped and check said "tệp sao lưu nguyên vẹn, khôi phục được" (exit 0) of a
    backup the restore then refused ("1 dòng tham chiếu tới dữ liệu không còn tồn tại")."""
    import errno
    import tempfile

    from parapp.cli.safety_commands import cmd_check
    from parapp.core.messages import ParAppError

    bad = _dangling_backup(tmp_path)
    assert run("check", "--db", bad).returncode == 1

    class Full(tempfile.TemporaryDirectory):
        def __init__(self, *a, **k):
            raise OSError(errno.ENOSPC, "No space left on device", "/tmp")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", Full)
    try:
        code = cmd_check(bad)
    except ParAppError as exc:
        said = exc.message
        code = 2
    else:
        said = ""
    assert code != 0, "said restorable"
    assert code == 2 and "thư mục tạm" in said, said


@pytest.mark.parametrize("portable", [False, True])
def test_restore_of_a_data_folder_copied_whole_gives_the_data_route(tmp_path, portable):
    """F6: the old PC's data folder (or its portable install) copied whole to the stick and given to restore: "“…” là
    một thư mục, không phải tệp sao lưu … sao lưu lại trên máy có dữ liệu gốc" of a folder holding every byte of the
    data (the old PC may be gone). Said as the database it holds, with the route that works (backup it, restore
    that) — followed here."""
    db = _demo(tmp_path, "ParApp cu")
    given = db.parent
    if portable:
        given = tmp_path / "ParApp"
        given.mkdir()
        db = db.parent.rename(given / "ParApp-data") / "parapp.db"
    wanted = run("--db", db, "tasks").stdout
    target = tmp_path / "moi" / "parapp.db"
    target.parent.mkdir()
    r = run("restore", given, "--db", target)
    assert r.returncode == 2 and "sao lưu lại trên máy có dữ liệu gốc" not in r.stderr, r.stderr
    assert f"parapp backup --db \"{db}\" --to" in r.stderr, r.stderr
    assert sorted(p.name for p in target.parent.iterdir()) == []
    usb = tmp_path / "usb"
    made = _backup(db, usb)  # the route, as printed
    assert run("restore", made, "--db", target).returncode == 0
    assert run("--db", target, "tasks").stdout == wanted


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell")
@pytest.mark.parametrize("case", ["folder", "database-as-backup", "unreadable"])
def test_printed_commands_name_full_paths_when_given_relative_ones(tmp_path, case):
    """F7: a relative --db (or backup) was printed back as given: `--db "data/parapp.db"`, run as printed from another
    folder (a new terminal opens in the user's home), named no file there. The commands print the full path, as the
    way back from a restore has done since round 25A."""
    db = _demo(tmp_path)
    elsewhere = tmp_path / "khac"
    elsewhere.mkdir()

    def here(*args):
        return subprocess.run([sys.executable, "-m", "parapp", *map(str, args)], cwd=tmp_path, capture_output=True,
                              text=True, encoding="utf-8", env=_this_parapp())

    if case == "folder":
        said = here("--db", "data", "tasks").stderr
        command = "parapp " + said[said.index("--db "):].split(". Chưa")[0] + " tasks"
    elif case == "database-as-backup":
        said = here("restore", "data/parapp.db", "--db", "khac/parapp.db").stderr
        command = said[said.index("parapp backup"):].split(" --to ")[0] + " --to ."
    else:
        con = sqlite3.connect(db)
        con.execute("UPDATE tasks SET due_date = 'khong' WHERE id = (SELECT MIN(id) FROM tasks)")
        con.commit()
        con.close()
        said = here("--db", "data/parapp.db", "tasks").stderr
        command = said[said.index("parapp check"):].split(" nêu ")[0]
    r = _shell_run(command, elsewhere)
    assert "Không thấy" not in r.stderr and "không tồn tại" not in r.stderr, command + "\n" + r.stderr
    assert r.returncode in (0, 1), command + "\n" + r.stderr


@pytest.mark.parametrize("args", [("--db", "{f}", "tasks"), ("check", "--db", "{f}"),
                                  ("restore", "{b}", "--db", "{f}")])
def test_a_folder_this_account_cannot_enter_given_as_db_is_said_in_words(tmp_path, monkeypatch, capsys, args):
    """F8: `--db` given a folder of another account (C:\\Users\\<other>\\…, 0700): the folder words looked inside with
    Path.is_file, which raises there: "Lỗi không mong đợi: [Errno 13] Permission denied: '…/manifest.json'"."""
    import errno

    from parapp.cli.main import main

    folder = tmp_path / "cua nguoi khac"
    folder.mkdir()
    backup = tmp_path / "x.parapp-backup"
    backup.write_bytes(b"PK\x05\x06" + bytes(18))
    real_stat, real_access = os.stat, os.access

    def stat(p, *a, **k):
        if os.fspath(p).startswith(str(folder) + os.sep):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(p))
        return real_stat(p, *a, **k)

    def access(p, mode, *a, **k):
        if os.fspath(p) == str(folder) and mode & os.X_OK:
            return False
        return real_access(p, mode, *a, **k)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "access", access)
    try:
        code = main([a.format(f=folder, b=backup) for a in args])
    except SystemExit as exc:
        code = exc.code
    said = capsys.readouterr().err
    assert code == 2, said
    assert "không mong đợi" not in said and "không có quyền vào thư mục" in said, said


def test_a_folder_this_account_cannot_enter_given_to_restore_is_said_in_words(tmp_path, monkeypatch, capsys):
    """F8 for the file to restore: `restore <another account's folder>` looked inside with Path.is_file (round 27A's
    unpacked-folder words): "Lỗi không mong đợi: [Errno 13] Permission denied: '…/manifest.json'"."""
    import errno

    from parapp.cli.main import main

    folder = tmp_path / "cua nguoi khac"
    folder.mkdir()
    real_stat, real_access = os.stat, os.access

    def stat(p, *a, **k):
        if os.fspath(p).startswith(str(folder) + os.sep):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(p))
        return real_stat(p, *a, **k)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "access", lambda p, m, *a, **k: False if os.fspath(p) == str(folder) and m & os.X_OK
                        else real_access(p, m, *a, **k))
    target = tmp_path / "moi" / "parapp.db"
    target.parent.mkdir()
    try:
        code = main(["restore", str(folder), "--db", str(target)])
    except SystemExit as exc:
        code = exc.code
    said = capsys.readouterr().err
    assert code == 2 and "không mong đợi" not in said and "không có quyền vào thư mục" in said, said


def test_the_portable_install_folder_given_as_db_names_its_data(tmp_path):
    """F9: the portable install's folder (ParApp.exe beside ParApp-data) given as --db: "không có tệp parapp.db …
    hoặc một tên tệp mới để tạo dữ liệu mới (ví dụ “…/ParApp/parapp.db”)" — the window, given that name, starts a new
    empty register beside the program while the data sits in ParApp-data. The data there is named to use."""
    install = tmp_path / "ParApp"
    data = install / "ParApp-data"
    data.mkdir(parents=True)
    assert run("demo", "--db", data / "parapp.db").returncode == 0
    (install / "ParApp.exe").write_bytes(b"MZ")
    r = run("--db", install, "tasks")
    assert r.returncode == 2, r.stderr
    assert "tạo dữ liệu mới" not in r.stderr and f'--db "{data / "parapp.db"}"' in r.stderr, r.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a FIFO")
@pytest.mark.parametrize("name", ["x.parapp-backup", "x.zip", "x.docx"])
def test_check_of_a_fifo_named_as_a_backup_does_not_wait_for_ever(tmp_path, name):
    """F10: `check --db <a FIFO named .parapp-backup>` opened it to read its first bytes and waited for ever (restore
    and every other command look at what it is first and refuse it)."""
    fifo = tmp_path / name
    os.mkfifo(fifo)
    r = subprocess.run([sys.executable, "-m", "parapp", "check", "--db", str(fifo)], capture_output=True, text=True,
                       encoding="utf-8", timeout=60, env=_this_parapp())
    assert r.returncode == 1 and "không phải" in r.stdout, r.stdout + r.stderr


def test_a_backups_manifest_cannot_write_control_characters_to_the_terminal(tmp_path):
    """F11: the commune and the time a backup's manifest.json gives were printed as they were by check and restore:
    a hostile backup's ESC sequences, carriage return and line breaks erased the line and added "Lỗi giả: hãy chạy …"
    of its own to what ParApp said."""
    import json
    import zipfile

    db = _demo(tmp_path)
    good = _backup(db, tmp_path / "usb")
    bad = tmp_path / "la.parapp-backup"
    with zipfile.ZipFile(good) as zi, zipfile.ZipFile(bad, "w") as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename == "manifest.json":
                m = json.loads(data)
                m["created"] = "2026-12-05\x1b[2K\rDa khoi phuc"
                m["commune"] = "Xa A\x1b[31m\nLỗi giả: hãy chạy lệnh khác\u202e"
                data = json.dumps(m).encode()
            zo.writestr(info, data)
    target = tmp_path / "moi" / "parapp.db"
    target.parent.mkdir()
    for r in (run("check", "--db", bad), run("restore", bad, "--db", target)):
        assert r.returncode == 0, r.stderr
        said = r.stdout + r.stderr
        assert not any(c in said for c in "\x1b\r\u202e"), repr(said)
        assert not any(line.startswith("Lỗi giả") for line in said.splitlines()), said


def test_a_hostile_members_name_cannot_write_control_characters_to_the_terminal(tmp_path):
    """F11, the refusal's side: a member named "evidence/<ESC>[2K<CR>Đã khôi phục xong<LF>" was named as it was in
    "thành phần lạ “…”", the line erased and one of its own added."""
    import zipfile

    db = _demo(tmp_path)
    good = _backup(db, tmp_path / "usb")
    bad = tmp_path / "la.parapp-backup"
    with zipfile.ZipFile(good) as zi, zipfile.ZipFile(bad, "w") as zo:
        for info in zi.infolist():
            zo.writestr(info, zi.read(info.filename))
        zo.writestr("evidence/\x1b[2K\rĐã khôi phục xong\n", b"x")
    target = tmp_path / "moi" / "parapp.db"
    target.parent.mkdir()
    for r in (run("check", "--db", bad), run("restore", bad, "--db", target)):
        assert r.returncode in (1, 2), r.stderr
        said = r.stdout + r.stderr
        assert "\x1b" not in said and "\r" not in said, repr(said)
        assert not any(line.startswith("Đã khôi phục") for line in said.splitlines()), said


@pytest.mark.parametrize("args", [("restore", "{b}", "--db", "{t}"), ("demo", "--db", "{t}")])
def test_a_db_ending_in_a_separator_is_never_made_a_file(tmp_path, args):
    """F12: `restore <backup> --db moi/` (a new folder meant, not made yet) restored into a FILE named “moi” in the
    current folder, its evidence/ beside it there (the Desktop, the stick's root); `demo` the same. A name ending in
    a separator is a folder: said, nothing written."""
    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    work = tmp_path / "lam viec"
    work.mkdir()
    argv = [a.format(b=backup, t="moi" + os.sep) for a in args]
    r = subprocess.run([sys.executable, "-m", "parapp", *argv], cwd=work, capture_output=True, text=True,
                       encoding="utf-8", env=_this_parapp())
    assert r.returncode == 2, r.stdout + r.stderr
    assert sorted(p.name for p in work.iterdir()) == [], r.stdout
    assert "thư mục" in r.stderr and "parapp.db" in r.stderr, r.stderr


def test_a_backups_database_cannot_write_control_characters_through_a_left_out_name(tmp_path):
    """F11, the database's side: the name of an evidence file the backup lacks is read from the backup's own database
    and printed by check and restore ("Lưu ý: Bản sao lưu không có tệp kiểm chứng “…”")."""
    def edit(con):
        sha = con.execute("SELECT sha256 FROM evidence ORDER BY id LIMIT 1").fetchone()[0]
        con.execute("UPDATE evidence SET original_name = ? WHERE sha256 = ?", ["a\x1b[2K\rĐã xong\nb.pdf", sha])
        return sha

    bad = _rewritten_backup(tmp_path, "la.parapp-backup", edit)
    target = tmp_path / "moi" / "parapp.db"
    target.parent.mkdir()
    for r in (run("check", "--db", bad), run("restore", bad, "--db", target)):
        said = r.stdout + r.stderr
        assert r.returncode == 0 and "Đã xong" in said, said
        assert "\x1b" not in said and "\r" not in said and "\nb.pdf" not in said, repr(said)

"""Adversarial round 16, part A: backup, restore, snapshots, the writer lock, evidence and `check` after
round 15's changes (root keeping an account's files its own, the per-account temporary folder, the
restore precheck).

What failed on main is here; what held is in /work/notes/adversarial-round16a.md. Some tests run a
step as another account (a forked child that gives up root), so they need root and POSIX.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from parapp.store import open_database

from .test_adversarial_round15a import OTHER, _demo, as_other_account, posix_root, shared  # noqa: F401 (fixture)
from .test_hostile_backups import listing, target  # noqa: F401 (fixtures)


def _write_as_other(db_path: Path) -> str:
    db = open_database(db_path, create=False)
    try:
        db.execute("UPDATE settings SET value = value WHERE 0")
        return "written"
    finally:
        db.close()


# 1. Round 15 gave the account back the database a root restore replaced; a restore to a name where no
# database was yet (the administrator putting a clerk's backup on a new PC: `sudo parapp restore … --db
# /home/clerk/…/parapp.db`) left a database root's, 0644: the clerk's every save said "Tệp dữ liệu … chỉ
# cho đọc". Its evidence files were root's too.
@posix_root
@pytest.mark.parametrize("source", ["backup", "snapshot"])
def test_a_restore_as_root_to_a_new_name_leaves_the_database_the_folder_owner_s(tmp_path, shared, source):  # noqa: F811
    from parapp.services import safety
    from parapp.store.backup import take_snapshot

    data = tmp_path / "data"
    data.mkdir()
    db_path = _demo(data)
    if source == "backup":
        made = safety.backup(open_database(db_path), tmp_path).path
    else:
        db = open_database(db_path)
        try:
            made = take_snapshot(db.conn, data, "thu").path
        finally:
            db.close()
    clerk = shared / "clerk"
    clerk.mkdir()
    if source == "snapshot":
        shutil.copytree(data / "evidence", clerk / "evidence")
        for p in [clerk, *clerk.rglob("*")]:
            os.chown(p, OTHER, OTHER)
    os.chown(clerk, OTHER, OTHER)
    new_db = clerk / "parapp.db"
    if source == "backup":
        safety.restore(made, new_db)
    else:
        safety.restore_from_snapshot(made, new_db)
    owned = [new_db, *(p for p in (clerk / "evidence").rglob("*") if p.is_file())]
    assert len(owned) > 1
    for p in owned:
        st = p.stat()
        assert (st.st_uid, st.st_gid) == (OTHER, OTHER), p
    assert as_other_account(lambda: _write_as_other(new_db)) == ("ok", "written")


# 2. (the dialog's side is in test_adversarial_round16a_window.py) The restore of a snapshot itself counted no
# room either: it stopped on ENOSPC half-way through its copy.
def test_a_snapshot_restore_counts_the_room_it_needs_before_it_writes(monkeypatch, target):  # noqa: F811
    from collections import namedtuple

    from parapp.services import safety
    from parapp.store.archive_format import BackupError
    from parapp.store.backup import take_snapshot

    db = open_database(target)
    try:
        snap = take_snapshot(db.conn, target.parent, "thu").path
    finally:
        db.close()
    usage = namedtuple("usage", "total used free")
    from parapp.store import restore_room
    monkeypatch.setattr(restore_room.shutil, "disk_usage", lambda p: usage(8 << 20, 7 << 20, 1 << 20))
    before = listing(target.parent)
    with pytest.raises(BackupError) as caught:
        safety.restore_from_snapshot(snap, target)
    assert "Không đủ chỗ trống" in caught.value.message, caught.value.message
    assert listing(target.parent) == before


# 3. A link standing at a name the restore writes beside the data (`parapp.db.restoring`, an evidence
# file's `.partial`, planted by another account of a shared folder, or by the account whose data root
# restores) was written through: the file it named was overwritten with the restored database (or
# evidence), and the data folder's database (or evidence file) became that link, pointing out of it.
@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
@pytest.mark.parametrize("at", ["database", "evidence", "snapshot"])
def test_a_link_planted_beside_the_data_is_not_written_through_by_a_restore(tmp_path, at):
    from parapp.services import safety
    from parapp.store.backup import take_snapshot
    from parapp.store.evidence import stored_path

    data = tmp_path / "data"
    data.mkdir()
    db_path = _demo(data)
    db = open_database(db_path)
    try:
        made = take_snapshot(db.conn, data, "thu").path if at == "snapshot" else safety.backup(db, tmp_path).path
        sha = db.execute("SELECT sha256 FROM evidence ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        db.close()
    clerk = tmp_path / "clerk"
    clerk.mkdir()
    if at == "snapshot":
        shutil.copytree(data / "evidence", clerk / "evidence")
    victim = tmp_path / "của người khác.txt"
    victim.write_text("không được ghi đè")
    planted = stored_path(clerk, sha).with_name(sha + ".partial") if at == "evidence" else clerk / "parapp.db.restoring"
    planted.parent.mkdir(parents=True, exist_ok=True)
    planted.symlink_to(victim)
    safety.restore(made, clerk / "parapp.db")
    assert victim.read_text() == "không được ghi đè"
    for p in (clerk / "parapp.db", stored_path(clerk, sha)):
        assert p.is_file() and not p.is_symlink(), p
    assert not os.path.lexists(planted)


# 4. Round 15 said a data folder inside a folder this account may not enter; what the restore reads from
# such a folder was not: a backup file there was "không thấy" (not found: the official thinks it deleted),
# a snapshot there ended in "Lỗi không mong đợi: [Errno 13]", and a `--db` link into it was "không phải là
# cơ sở dữ liệu ParApp" (exit 1: check calls it unsound).
@posix_root
@pytest.mark.parametrize("command", ["restore-backup", "restore-snapshot", "check-link", "tasks-link"])
def test_what_lies_in_a_folder_this_account_cannot_enter_is_said_so(shared, command):  # noqa: F811
    import contextlib
    import io

    from parapp.cli.main import main
    from parapp.services import safety
    from parapp.store.backup import take_snapshot

    mine = shared / "mine"
    mine.mkdir()
    own_db = _demo(mine)
    closed = shared / "home-of-another"
    closed.mkdir()
    theirs = _demo(closed)
    made = safety.backup(open_database(theirs), closed).path
    db = open_database(theirs)
    try:
        snap = shutil.copy(take_snapshot(db.conn, closed, "thu").path, closed)
    finally:
        db.close()
    (mine / "link.db").symlink_to(theirs)
    for p in [mine, *mine.rglob("*")]:
        p.chmod(0o777 if p.is_dir() else 0o666)
    closed.chmod(0o700)
    args = {"restore-backup": ["restore", str(made), "--db", str(own_db)],
            "restore-snapshot": ["restore", str(snap), "--db", str(own_db)],
            "check-link": ["check", "--db", str(mine / "link.db")],
            "tasks-link": ["tasks", "--db", str(mine / "link.db")]}[command]
    before = own_db.read_bytes()

    def run():
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            rc = main(args)
        return f"{rc}|{out.getvalue()}"

    kind, said = as_other_account(run)
    rc, text = said.split("|", 1)
    assert (kind, rc) == ("ok", "2"), said
    assert "không có quyền vào thư mục" in text and str(closed) in text, text
    assert "Lỗi không mong đợi" not in text and "Không thấy" not in text and "không phải là" not in text
    assert own_db.read_bytes() == before


# 5. The writer lock opened its file through a link standing at its name (`parapp.db.lock`, planted by
# another account of a shared folder): the file the link named was truncated and overwritten with who
# held the lock ("nhập kế hoạch\t16072\t2026-12-04 …"); linked to the database, the database was cut to 1 byte.
@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
@pytest.mark.parametrize("to", ["another file", "the database"])
def test_the_writer_lock_never_writes_through_a_link_at_its_name(tmp_path, to):
    from parapp.store.writer_lock import IMPORT, WriterLock, lock_path_for

    db_path = _demo(tmp_path)
    victim = db_path if to == "the database" else tmp_path / "của người khác.txt"
    if to != "the database":
        victim.write_text("không được ghi đè")
    before = victim.read_bytes()
    lock_path_for(db_path).symlink_to(victim)
    with WriterLock(db_path).acquire(IMPORT, wait=0):
        assert not lock_path_for(db_path).is_symlink()
        assert victim.read_bytes() == before
    assert victim.read_bytes() == before
    open_database(db_path, create=False).close()


# 6. A FIFO at the name SQLite gives its rollback journal (`parapp.db-journal`) made every opening wait for
# ever: `check`, `tasks`, `import`, `backup`, a restore and the window hung (killed after 10 s, each twice).
# A folder or a FIFO at `-wal` or `-shm` ended a write in "Lỗi không mong đợi: disk I/O error". Now each
# refuses at once, naming the file.
@pytest.mark.skipif(os.name == "nt", reason="FIFOs are POSIX")
@pytest.mark.parametrize("side", ["-journal", "-wal", "-shm"])
@pytest.mark.parametrize("shape", ["fifo", "folder", "link"])  # a link: "thư mục … chỉ đọc … chọn thư mục khác"
def test_a_side_file_that_is_no_file_is_named_not_waited_on(tmp_path, side, shape):
    import subprocess
    import sys

    db_path = _demo(tmp_path)
    for s in ("-wal", "-shm"):
        Path(f"{db_path}{s}").unlink(missing_ok=True)
    plan = tmp_path / "kế hoạch.txt"
    plan.write_text("STT\tNội dung\tChủ trì\tThời hạn\n1\tViệc mới\tVăn phòng\tQuý I/2026\n", encoding="utf-8")
    db = open_database(db_path)
    try:
        from parapp.store.backup import take_snapshot

        snap = take_snapshot(db.conn, tmp_path, "thu").path
    finally:
        db.close()
    odd = Path(f"{db_path}{side}")
    if shape == "link":
        (tmp_path / "của người khác.txt").write_text("không được ghi đè")
        odd.symlink_to(tmp_path / "của người khác.txt")
    else:
        os.mkfifo(odd) if shape == "fifo" else odd.mkdir()
    before = db_path.read_bytes()
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": root, "PARAPP_LOCK_WAIT": "0"}
    for args in (["check"], ["tasks"], ["import", str(plan)], ["restore", str(snap)]):
        done = subprocess.run([sys.executable, "-m", "parapp", *args, "--db", str(db_path)], env=env, cwd=root,
                              capture_output=True, text=True, timeout=60)
        said = done.stdout + done.stderr
        assert done.returncode in (1, 2), (args, said)
        assert str(odd) in said and "không phải là một tệp bình thường" in said, (args, said)
        assert "Lỗi không mong đợi" not in said
    assert db_path.read_bytes() == before
    if shape == "link":
        assert (tmp_path / "của người khác.txt").read_text() == "không được ghi đè"


# 8. The same for a database made new as root in an account's folder (`sudo parapp demo --db …`, a first
# start as root): root's, 0644, and the account could save nothing in it.
@posix_root
def test_a_database_made_as_root_in_an_account_s_folder_is_that_account_s(shared):  # noqa: F811
    from parapp.cli.main import main

    clerk = shared / "clerk"
    clerk.mkdir()
    os.chown(clerk, OTHER, OTHER)
    assert main(["demo", "--db", str(clerk / "parapp.db")]) == 0
    st = (clerk / "parapp.db").stat()
    assert (st.st_uid, st.st_gid) == (OTHER, OTHER)
    assert as_other_account(lambda: _write_as_other(clerk / "parapp.db")) == ("ok", "written")


# 10. A current database too damaged to snapshot is kept aside as parapp-hong-<time>.db, named by the clock
# alone: a second one kept in the same second (a PC whose clock went back, reset at each start) took the first
# one's name, and the first damaged database — perhaps the only copy of a week's work — was gone.
def test_a_damaged_database_kept_aside_never_replaces_one_kept_before(tmp_path, monkeypatch):
    import datetime as dt

    from parapp.services import safety
    from parapp.store import restore as restore_module

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2009, 1, 1, 0, 5, 13)

    (tmp_path / "nguồn").mkdir()
    src = _demo(tmp_path / "nguồn")
    made = safety.backup(open_database(src), tmp_path).path
    monkeypatch.setattr(restore_module, "dt", type("clock", (), {"datetime": Frozen}))
    data = tmp_path / "data"
    data.mkdir()
    db_path = data / "parapp.db"
    for i in (1, 2):
        damaged = bytearray(src.read_bytes())
        damaged[100:200] = b"X" * 100
        damaged[3 * 4096:3 * 4096 + 2000] = b"\x00\xff" * 1000
        db_path.write_bytes(bytes(damaged) + f"bản hỏng {i}".encode())
        assert safety.restore(made, db_path).kept is not None
    kept = sorted(p.read_bytes()[-len("bản hỏng 1".encode()):] for p in data.glob("parapp-hong-*.db"))
    assert kept == ["bản hỏng 1".encode(), "bản hỏng 2".encode()]


# 11. Kept aside by renaming, the damaged database left its name before the restored one took it: a kill
# (a power cut) in between left no parapp.db at all — the window's next start made a new, empty one, the
# commune's data seemingly gone — and, killed between the renames, the kept file apart from its WAL
# (killed at each rename, each twice). Now the database keeps its name until the restored file takes it.
@pytest.mark.skipif(os.name == "nt", reason="a kill -9 of a child process")
def test_a_restore_killed_while_keeping_a_damaged_database_aside_leaves_it_in_place(tmp_path):
    import subprocess
    import sys

    from parapp.services import safety

    (tmp_path / "nguồn").mkdir()
    src = _demo(tmp_path / "nguồn")
    made = safety.backup(open_database(src), tmp_path).path
    data = tmp_path / "data"
    data.mkdir()
    db_path = data / "parapp.db"
    damaged = bytearray(src.read_bytes())
    damaged[100:200] = b"X" * 100
    damaged[3 * 4096:3 * 4096 + 2000] = b"\x00\xff" * 1000
    db_path.write_bytes(bytes(damaged))
    root = str(Path(__file__).resolve().parents[2])
    code = ("import os, signal, sys; from pathlib import Path\n"
            "import parapp.store.restore as r; from parapp.services import safety\n"
            "r.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)  # killed as the restored file moves in\n"
            "safety.restore(Path(sys.argv[1]), Path(sys.argv[2]))\n")
    done = subprocess.run([sys.executable, "-c", code, str(made), str(db_path)], env={**os.environ, "PYTHONPATH": root},
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    assert db_path.read_bytes() == bytes(damaged)  # the next start finds the data where it was
    [kept] = data.glob("parapp-hong-*.db")
    assert kept.read_bytes() == bytes(damaged)


# 13. An evidence folder this account may not enter (`evidence/18`, another account's, 0700): the restore and
# the restore dialog's precheck ended in "Lỗi không mong đợi: [Errno 13] Permission denied: '…/evidence/18/…'"
# (Path.exists raising), as nobody, twice. Now the folder is named, exit 2, nothing changed.
@posix_root
# A backup of that data said of each file there "Không đọc được … Hãy kiểm tra ổ đĩa của máy" (a disk fault):
# round 14's words for another account's file ("không có quyền đọc") now cover its folder too.
@pytest.mark.parametrize("step", ["precheck", "restore", "backup"])
def test_an_evidence_folder_this_account_cannot_enter_is_named_by_a_restore(shared, step):  # noqa: F811
    import contextlib
    import io

    from parapp.cli.main import main
    from parapp.services import safety
    from parapp.store.evidence import stored_path

    data = shared / "data"
    data.mkdir()
    db_path = _demo(data)
    made = safety.backup(open_database(db_path), shared).path
    db = open_database(db_path)
    try:
        sha = db.execute("SELECT sha256 FROM evidence ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        db.close()
    closed = stored_path(data, sha).parent
    for p in [data, *data.rglob("*")]:
        os.chown(p, OTHER, OTHER)
    made.chmod(0o644)
    os.chown(closed, 0, 0)
    closed.chmod(0o700)
    before = db_path.read_bytes()

    def run():
        if step == "precheck":
            return safety.precheck_restore("file", made, db_path)
        out = io.StringIO()
        args = {"restore": ["restore", str(made)], "backup": ["backup", "--to", str(usb)]}[step]
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            rc = main([*args, "--db", str(db_path)])
        return f"{rc}|{out.getvalue()}"

    usb = shared / "usb"
    usb.mkdir()
    usb.chmod(0o777)
    kind, said = as_other_account(run)
    assert kind in ("ok", "FolderNotPermitted"), (kind, said)
    if step == "backup":
        assert said.startswith("1|") and "không có quyền đọc tệp kiểm chứng" in said, said
        assert "kiểm tra ổ đĩa" not in said, said
        return
    if step == "restore":
        assert said.startswith("2|"), said
    assert str(closed) in said and "không có quyền vào thư mục" in said and "Errno" not in said, said
    assert db_path.read_bytes() == before

"""Adversarial round 18, part A: backup, restore, snapshots, the writer lock, `check` (what round 17A added).
What held is in /work/notes/adversarial-round18a.md.
"""

from __future__ import annotations

import os

import pytest

from parapp.cli.main import main

from .test_adversarial_round15a import posix_root, shared  # noqa: F401 (fixture)


# 1. A --db that is a link leading back to itself (a.db -> b.db -> a.db): `check` said "Lỗi không mong đợi:
# Symlink loop" and exited 1, the code for "not sound" on which a script restores, of data it never read; a
# restore said the same, every other command "not a ParApp database". Now named as a link loop, exit 2.
@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_a_db_link_that_loops_is_named_and_refused(tmp_path, capsys):
    (tmp_path / "a.db").symlink_to("b.db")
    (tmp_path / "b.db").symlink_to("a.db")
    for args in (["check"], ["tasks"], ["demo"], ["restore", str(tmp_path / "x.parapp-backup")]):
        assert main(["--db", str(tmp_path / "a.db"), *args]) == 2, args
        err = capsys.readouterr().err
        assert "trỏ vòng về chính nó" in err and "không mong đợi" not in err, (args, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db", "b.db"]


# 2. Round 17 named a FILE at `backups/auto` (each snapshot, and the restore dialog's precheck); a LINK TO NOTHING
# there (a backups folder moved to a stick, now out) still made every snapshot, so every restore, say "(lỗi không
# rõ)" after 100 tries, and the dialog's precheck passed it (and one at `evidence/xx`): the window would close its
# data and the restore refuse. Now said as what stands there, by the dialog first.
@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
@pytest.mark.parametrize("where", ["backups/auto", "evidence/xx"])
def test_a_link_to_nothing_where_the_restore_makes_a_folder_is_named_by_the_dialog_and_the_gate(tmp_path, where):
    from parapp.core.messages import ParAppError
    from parapp.services import safety

    from .test_adversarial_round17a import _backup_and_target

    made, data, hashes = _backup_and_target(tmp_path, with_db=where == "backups/auto")
    at = data / "backups" / "auto" if where == "backups/auto" else data / "evidence" / hashes[0][:2]
    at.parent.mkdir(parents=True)
    at.symlink_to(tmp_path / "ổ đã rút" / "auto")
    before = (data / "parapp.db").read_bytes() if where == "backups/auto" else None
    with pytest.raises(ParAppError) as dialog:
        safety.precheck_restore("file", made, data / "parapp.db", data)
    with pytest.raises(ParAppError) as gate:
        safety.restore(made, data / "parapp.db", data)
    for said in (dialog.value.message, gate.value.message):
        assert "không rõ" not in said, said
    if where == "backups/auto":
        assert dialog.value.message == gate.value.message and str(at) in gate.value.message
        assert (data / "parapp.db").read_bytes() == before


# 3. Rounds 16-17 refused a link (symbolic, then hard) at `logs/parapp.log`; a FIFO there was opened to be
# written and waited for a reader for ever: the window's first log line (in its own thread) hung it (killed
# after 10 s, twice). Now it is removed like a link, and one put there after the look is not waited on.
@pytest.mark.skipif(os.name == "nt", reason="FIFOs are POSIX")
def test_a_fifo_at_the_log_s_name_never_hangs_the_window(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "logs").mkdir()
    os.mkfifo(tmp_path / "logs" / "parapp.log")
    root = str(Path(__file__).resolve().parents[2])
    code = ("import sys; from pathlib import Path; from parapp.logfile import setup_logging, get_logger; "
            "setup_logging(Path(sys.argv[1])); get_logger().info('dòng nhật ký'); print('ok')")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], env={**os.environ, "PYTHONPATH": root},
                          cwd=root, capture_output=True, text=True, timeout=30)
    assert done.stdout.strip() == "ok", done.stderr
    log = tmp_path / "logs" / "parapp.log"
    assert log.is_file() and "dòng nhật ký" in log.read_text(encoding="utf-8")


# 4. Round 17 copies a damaged database aside (where the disk has no hard links, a FAT stick) to
# `parapp-hong-….db.partial`, then renames it: killed during the copy, that part (as large as the database, on a
# small stick) stayed for ever, beside the data, under a name of the damaged data's: no start, writer or restore
# removed it (twice). Now the next writer removes it with the other leftovers.
@pytest.mark.skipif(os.name == "nt", reason="a kill -9 of a child process")
def test_a_part_copy_of_a_damaged_database_a_kill_left_is_removed_by_the_next_writer(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from parapp.services import safety
    from parapp.store import open_database
    from parapp.store.access import writing

    from .test_adversarial_round15a import _demo
    from .test_adversarial_round17a import KILLED_COPYING_ASIDE

    (tmp_path / "nguồn").mkdir()
    src = _demo(tmp_path / "nguồn")
    made = safety.backup(open_database(src), tmp_path).path
    data = tmp_path / "dữ liệu [1]"
    data.mkdir()
    db_path = data / "parapp.db"
    damaged = bytearray(src.read_bytes())
    damaged[100:200] = b"X" * 100
    damaged[3 * 4096:3 * 4096 + 2000] = b"\x00\xff" * 1000
    db_path.write_bytes(bytes(damaged))
    root = str(Path(__file__).resolve().parents[2])
    code = KILLED_COPYING_ASIDE
    done = subprocess.run([sys.executable, "-c", code, str(made), str(db_path)], env={**os.environ, "PYTHONPATH": root},
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    assert list(data.glob("parapp-hong-*.partial"))  # what the kill left
    db_path.write_bytes(src.read_bytes())  # sound data again (restored by hand), and a writer comes
    for side in ("-wal", "-shm"):
        Path(f"{db_path}{side}").unlink(missing_ok=True)
    with writing(db_path, "thử"):
        pass
    assert not list(data.glob("*.partial")), sorted(p.name for p in data.iterdir())


# 5. Round 17 removed a file hard-linked at `parapp.db.lock` before taking the lock; but that file may be the
# lock a window HOLDS, given a second name by a backup tool that links (cp -al, rsync --link-dest, a snapshot of
# the data folder): the next command removed it, took a lock of its own, and `parapp restore` swapped the
# database under the open window (its later saves go to a deleted file), exit 0 (twice). Now a hard link there
# is locked as it is (never written): busy while held.
@pytest.mark.skipif(not hasattr(os, "link") or os.name == "nt", reason="hard links as on POSIX")
def test_a_held_lock_given_a_second_name_still_keeps_a_second_writer_out(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from parapp.store.errors import WriterBusy
    from parapp.store.writer_lock import WINDOW, WriterLock, lock_path_for

    from .test_adversarial_round15a import _demo

    db_path = _demo(tmp_path)
    root = str(Path(__file__).resolve().parents[2])
    code = ("import sys, time; from parapp.store.writer_lock import WriterLock, WINDOW\n"
            "WriterLock(sys.argv[1]).acquire(WINDOW, wait=0); print('held', flush=True); sys.stdin.read()\n")
    window = subprocess.Popen([sys.executable, "-c", code, str(db_path)], env={**os.environ, "PYTHONPATH": root},
                              cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "held"
        os.link(lock_path_for(db_path), tmp_path / "bản sao ổ đĩa của parapp.db.lock")
        with pytest.raises(WriterBusy):
            WriterLock(db_path).acquire(WINDOW, wait=0)
    finally:
        window.communicate("", timeout=30)
    with WriterLock(db_path).acquire(WINDOW, wait=0):  # let go: taken at once
        pass


# 6. Round 17 looks for SQLite's side files beside the file a --db link names; the folder-takes-writes check
# still looked beside the LINK: a link kept in a read-only folder (a shortcut an administrator put in a shared
# folder) to data in the account's own writable folder had every write refused, "Không ghi được vào thư mục
# <the link's folder> … Hãy chọn thư mục khác" (another folder = an empty commune), and the window opened
# read-only (twice). Now the folder looked at is the one SQLite writes in.
@posix_root
def test_a_db_link_in_a_read_only_folder_to_writable_data_is_written(shared):  # noqa: F811 (fixture)
    from pathlib import Path

    from parapp.store.access import writing

    from .test_adversarial_round15a import OTHER, _demo, as_other_account

    data, shortcuts = shared / "dữ liệu", shared / "lối tắt"
    data.mkdir()
    db_path = _demo(data)
    for p in (data, *data.rglob("*")):
        os.chown(p, OTHER, OTHER)
    shortcuts.mkdir()
    (shortcuts / "parapp.db").symlink_to(db_path)
    shortcuts.chmod(0o555)

    def write():
        with writing(Path(shortcuts / "parapp.db"), "thử") as db:
            db.execute("UPDATE settings SET value = value")
        return "written"

    assert as_other_account(write) == ("ok", "written")

    # The first start through such a link (no database yet): made where the link points.
    fresh = data / "mới.db"
    shortcuts.chmod(0o755)
    (shortcuts / "mới.db").symlink_to(fresh)
    shortcuts.chmod(0o555)

    def first_start():
        with writing(Path(shortcuts / "mới.db"), "thử", create=True):
            pass
        return fresh.is_file()

    assert as_other_account(first_start) == ("ok", "True")


# 7. Round 17 made `check` exit 2, not 1 ('not sound', on which a script restores), for data it had not read; a
# disk that failed the read (a loose USB stick, EIO) still exited 1, with StorageIOError's own words "chưa làm gì
# … 'parapp check' cho biết dữ liệu có nguyên vẹn không" (shown with the read made to fail, twice).
def test_check_says_nothing_about_data_a_failing_disk_would_not_give(tmp_path, monkeypatch, capsys):
    import builtins
    import errno

    import parapp.store.db as store_db

    from .test_adversarial_round15a import _demo

    db_path = _demo(tmp_path)
    real_open = builtins.open

    def loose_stick(file, *a, **k):
        if str(file) == str(db_path) and a and "b" in a[0]:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr(store_db, "open", loose_stick, raising=False)
    monkeypatch.setattr("parapp.core.file_head.open", loose_stick, raising=False)  # the first bytes, since round 43
    assert main(["--db", str(db_path), "check"]) == 2
    assert "ổ đĩa" in capsys.readouterr().err


# 1b. The same for the user's own data file (no --db), were it such a link.
@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_the_user_s_own_data_file_a_link_that_loops_is_named(tmp_path, monkeypatch, capsys):
    import parapp.datadir as datadir

    (tmp_path / "parapp.db").symlink_to("parapp.db")
    monkeypatch.setattr(datadir, "default_db_path", lambda: tmp_path / "parapp.db")
    assert main(["check"]) == 2
    assert "trỏ vòng về chính nó" in capsys.readouterr().err

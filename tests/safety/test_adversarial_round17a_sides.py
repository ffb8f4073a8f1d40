"""Adversarial round 17, part A, SQLite's side files: where they are looked for (beside the file a --db link
names) and another account's WAL beside shared data (named, never blamed on the folder, never taken for damage).
The rest is in test_adversarial_round17a.py; what held is in /work/notes/adversarial-round17a.md.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from parapp.store import open_database

from .test_adversarial_round15a import _demo, posix_root, shared  # noqa: F401 (fixture)


# 7. Round 16 named a FIFO at SQLite's side files instead of waiting on it, beside the name given; given a link
# to the database as --db (a data folder moved and linked back, a shortcut), SQLite opens the journal beside the
# file the link names, so a FIFO there still hung `check`, `tasks` and `backup` for ever (killed after 10 s,
# twice). Now the side files are looked for where SQLite opens them.
@pytest.mark.skipif(os.name == "nt", reason="FIFOs are POSIX")
def test_a_side_file_beside_the_database_a_link_names_is_named_not_waited_on(tmp_path):
    import subprocess
    import sys

    real = tmp_path / "dữ liệu thật"
    real.mkdir()
    db_path = _demo(real)
    for s in ("-wal", "-shm"):
        Path(f"{db_path}{s}").unlink(missing_ok=True)
    odd = Path(f"{db_path}-journal")
    os.mkfifo(odd)
    link = tmp_path / "lối tắt #1.db"
    link.symlink_to(db_path)
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": root, "PARAPP_LOCK_WAIT": "0"}
    for args in (["check"], ["tasks"], ["backup", "--to", str(tmp_path)]):
        done = subprocess.run([sys.executable, "-m", "parapp", *args, "--db", str(link)], env=env, cwd=root,
                              capture_output=True, text=True, timeout=30)
        said = done.stdout + done.stderr
        assert done.returncode in (1, 2), (args, said)
        assert str(odd) in said and "không phải là một tệp bình thường" in said, (args, said)


# 8. A WAL another account's ParApp left beside shared data (it has the data open, or was killed; its umask
# 077 made it 0600): every command of this account said "Không ghi được vào thư mục … (chỉ đọc hoặc không có
# quyền). Hãy chọn thư mục khác" of a folder that takes writes (another folder: an empty commune), or "Không đọc
# hoặc ghi được ổ đĩa … Hãy kiểm tra ổ đĩa hoặc USB"; with the data under /tmp, "không ghi được vào thư mục tạm
# /tmp" (twice each). Now the file and whose it is are said; a WAL it may read still reads.
@posix_root
@pytest.mark.parametrize("mode", [0o600, 0o644])
def test_a_wal_another_account_left_is_named_not_blamed_on_the_folder(shared, mode):  # noqa: F811
    import sqlite3

    from parapp.store.db import open_readonly

    from .test_adversarial_round15a import as_other_account

    folder = shared / "dữ liệu chung"
    folder.mkdir()
    folder.chmod(0o1777)
    db_path = _demo(folder)
    db_path.chmod(0o666)
    holder = sqlite3.connect(db_path)  # the other account's ParApp, still open: its WAL stays
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("INSERT INTO settings (key, value) VALUES ('test.trong_wal', 'đã lưu')")
        holder.commit()
        for side in ("-wal", "-shm"):
            Path(f"{db_path}{side}").chmod(mode)

        def read():
            ro = open_readonly(db_path)
            try:
                return ro.execute("SELECT value FROM settings WHERE key = 'test.trong_wal'").fetchone()[0]
            finally:
                ro.close()

        wal = f"{db_path}-wal"
        for work in (read, lambda: open_database(db_path, create=False).close()):
            kind, said = as_other_account(work)
            if work is read and mode == 0o644:
                assert (kind, said) == ("ok", "đã lưu")
                continue
            assert kind == "SideFileForeign", said
            assert wal in said and "tài khoản khác" in said and "Hãy chọn thư mục khác" not in said
    finally:
        holder.close()


# 9. The same WAL beside data this account restores over (a folder the office shares, 0777): the safety snapshot
# could not read it, so the SOUND database was said damaged ("Tệp dữ liệu cũ bị hỏng nên không sao lưu được; đã
# giữ nguyên nó với tên parapp-hong-….db"), kept aside with no snapshot, and the restore went on (twice). Now the
# restore's gate names the WAL and changes nothing.
@posix_root
def test_a_restore_over_data_with_another_account_s_wal_never_calls_it_damaged(shared):  # noqa: F811
    import sqlite3

    from parapp.services import safety

    from .test_adversarial_round15a import as_other_account

    (shared / "nguồn").mkdir()
    made = safety.backup(open_database(_demo(shared / "nguồn")), shared).path
    made.chmod(0o644)
    folder = shared / "dữ liệu chung"
    folder.mkdir()
    db_path = _demo(folder)
    folder.chmod(0o777)
    db_path.chmod(0o666)
    holder = sqlite3.connect(db_path)
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("INSERT INTO settings (key, value) VALUES ('test.trong_wal', 'đã lưu')")
        holder.commit()
        for side in ("-wal", "-shm"):
            Path(f"{db_path}{side}").chmod(0o600)
        kind, said = as_other_account(lambda: safety.restore(made, db_path))
        assert kind == "SideFileForeign", said
        assert not list(folder.glob("parapp-hong-*")) and Path(f"{db_path}-wal").exists()
    finally:
        holder.close()


# 12. `parapp check` exits 1 for data that is not sound (a script then restores). For another account's WAL beside
# the data (test 8) and for a FIFO at a side file (round 16) it exited 1, with nothing read of the data: sound
# data was reported as not sound. Now exit 2 (refused, nothing said about the data), as for a database this
# account may not read.
@posix_root
def test_check_says_nothing_about_data_it_could_not_read_beside_another_account_s_wal(shared):  # noqa: F811
    import sqlite3

    from parapp.cli.safety_commands import cmd_check

    from .test_adversarial_round15a import as_other_account

    folder = shared / "dữ liệu chung"
    folder.mkdir()
    folder.chmod(0o1777)
    db_path = _demo(folder)
    db_path.chmod(0o666)
    holder = sqlite3.connect(db_path)
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("INSERT INTO settings (key, value) VALUES ('test.trong_wal', 'đã lưu')")
        holder.commit()
        for side in ("-wal", "-shm"):
            Path(f"{db_path}{side}").chmod(0o600)
        kind, said = as_other_account(lambda: cmd_check(db_path))
        assert kind == "SideFileForeign", (kind, said)  # raised to main: exit 2, not "1: not sound"
    finally:
        holder.close()
    for side in ("-wal", "-shm"):
        Path(f"{db_path}{side}").unlink(missing_ok=True)
    os.mkfifo(f"{db_path}-journal")
    with pytest.raises(Exception) as refused:  # noqa: PT011, B017 - the kind is asserted below
        cmd_check(db_path)
    assert type(refused.value).__name__ == "SideFileNotAFile"

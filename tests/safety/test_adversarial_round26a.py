"""Round 26A: the way back restore prints, run as a clerk copies it; snapshots kept by hand in backups/auto."""

from __future__ import annotations

import shlex
from pathlib import Path

from ..cli.test_cli import run
from .test_adversarial_round24a import _snapshot_of_a_restore, backup_then_import
from .test_adversarial_round25a import _demo


def _backup_of_a_plain_copy(tmp_path: Path):
    """The demo's data, and round 24A finding 8's way for a plain copy of parapp.db: back the copy up with --db."""
    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = usb / "parapp.db"
    copy.write_bytes(db.read_bytes())
    return db, run("backup", "--db", copy, "--to", usb)


def _to_end_of_line(text: str, start: str) -> list[str]:
    """The command a message gives, as a clerk copies it: from `start` to the end of its line, split as a shell
    splits it (nothing stripped: a sentence's full stop after the command is copied with it)."""
    (line,) = [ln for ln in text.splitlines() if start in ln]
    return shlex.split(line[line.index(start):])[1:]


def test_the_way_back_copied_to_the_end_of_its_line_puts_the_data_back(tmp_path):
    """`parapp restore` printed its way back as a sentence: '… để quay lại: parapp restore "…" --db "…/parapp.db".'
    Copied to the end of the line, as a command is, the full stop went with it: `--db "…/parapp.db".` is the file
    `parapp.db.` to a shell; the restore went there, said "Đã khôi phục …", and the data stayed as the wrong backup
    left it. The command stands on its own line, nothing after it."""
    db = _demo(tmp_path)
    backup_file, wanted = backup_then_import(tmp_path, db)
    r = run("--db", db, "restore", backup_file)
    assert r.returncode == 0, r.stderr
    back = run(*_to_end_of_line(r.stdout, "parapp restore"))
    assert back.returncode == 0, back.stderr
    assert run("--db", db, "tasks").stdout == wanted
    assert not (db.parent / "parapp.db.").exists()


def test_the_snapshot_refusals_command_to_look_names_the_snapshot(tmp_path):
    """The refusal of a write into a snapshot ended with '… (chỉ đọc): parapp --db "<snapshot>".': copied to the
    end of the line, `--db` named `<snapshot>.`, a file that does not exist (the window would make new, empty data
    in backups/auto)."""
    snap, _ = _snapshot_of_a_restore(tmp_path)
    plan = tmp_path / "plan.csv"
    plan.write_text("STT,Nội dung,Chủ trì,Thời hạn\n1,Rà soát thủ tục mới,Văn phòng,Quý II/2026\n", encoding="utf-8")
    r = run("--db", snap, "import", plan)
    assert r.returncode == 2, r.stderr
    args = _to_end_of_line(r.stderr, "parapp --db")
    assert args[:2] == ["--db", str(snap)], r.stderr


KEPT_BY_HAND = ("parapp-20261201-080000-dau-ngay-000001 - Copy.db",          # Explorer's copy in the same folder
                "parapp-20261201-080000-dau-ngay-000001 - Bản sao.db",       # the same on a Vietnamese Windows
                "parapp-20261201-080000-dau-ngay-000001 - GIU LAI.db",       # renamed to keep it
                "parapp-20261120-170000-truoc-khoi-phuc-000002 (1).db")      # downloaded / copied back


def test_pruning_never_removes_a_snapshot_copy_the_office_made(tmp_path):
    """A copy of a snapshot made in backups/auto by hand (Explorer's "… - Copy.db", or renamed "… - GIU LAI.db" to
    keep that day's data) was parsed as a snapshot (its reason "dau-ngay-000001 - Copy"): the next snapshot's pruning
    (a restore, the window's next start) removed it, unsaid. Pruning removes only the names ParApp writes."""
    db = _demo(tmp_path)
    auto = db.parent / "backups" / "auto"
    auto.mkdir(parents=True)
    (auto / "parapp-20261201-080000-dau-ngay-000001.db").write_bytes(db.read_bytes())
    old = auto / "parapp-20261120-170000-truoc-khoi-phuc-000002.db"
    old.write_bytes(db.read_bytes())
    for name in KEPT_BY_HAND:
        (auto / name).write_bytes(db.read_bytes())
    usb = tmp_path / "usb"
    usb.mkdir()
    made = run("--db", db, "backup", "--to", usb)
    assert run("--db", db, "restore", made.stdout.strip()).returncode == 0
    left = {p.name for p in auto.iterdir()}
    assert set(KEPT_BY_HAND) <= left, left


def test_a_restore_does_not_ask_to_reattach_files_the_data_folder_holds(tmp_path):
    """Round 24A finding 8's advice for a plain copy of parapp.db (back it up with --db, restore that) followed: the
    copy's backup lacks the evidence (none beside the copy; named at backup, exit 1), and the restore then said, of
    each of the 21 files, "Bản sao lưu không có tệp kiểm chứng … hãy gắn lại tệp gốc nếu còn giữ" - while the data
    folder restored into holds every one of them (`check`: sound). A file the backup lacks but the data folder holds,
    as recorded, is no file to attach again."""
    db, made = _backup_of_a_plain_copy(tmp_path)
    assert made.returncode == 1, made.stderr  # the evidence is not beside the copy: named
    r = run("--db", db, "restore", made.stdout.strip())
    assert r.returncode == 0, r.stderr
    assert "gắn lại" not in r.stdout, r.stdout
    assert run("check", "--db", db).returncode == 0


def test_a_restore_still_names_a_file_the_backup_lacks_and_the_folder_lacks_too(tmp_path):
    """The other side: the file neither the backup nor the data folder holds (or holds damaged) is still named."""
    from parapp.store.evidence import stored_path
    from parapp.store.hashing import file_sha256

    db, made = _backup_of_a_plain_copy(tmp_path)
    files = sorted((db.parent / "evidence").rglob("*"))
    files = [f for f in files if f.is_file()]
    files[0].unlink()
    files[1].write_bytes(b"hong")  # damaged, not what the database records
    assert file_sha256(files[1]) != files[1].name
    r = run("--db", db, "restore", made.stdout.strip())
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("gắn lại") == 2, r.stdout
    assert stored_path(db.parent, files[0].name) == files[0]


def test_the_way_back_names_the_data_restored_when_db_goes_through_a_link_and_dotdot(tmp_path):
    """`--db x/../d/parapp.db` with x a link to a/b: the system goes up from where the link leads (a/d/parapp.db),
    but the way back named os.path.abspath's lexical reading, `<tmp>/d/parapp.db`: no such data (refused), or another
    data file of that name (the snapshot restored into it). The way back names the folder the system reached."""
    import os
    import subprocess
    import sys

    import parapp

    (tmp_path / "a" / "b").mkdir(parents=True)
    db = _demo(tmp_path / "a", "d")
    (tmp_path / "x").symlink_to(tmp_path / "a" / "b")
    backup_file, wanted = backup_then_import(tmp_path, db)
    r = subprocess.run([sys.executable, "-m", "parapp", "restore", backup_file, "--db", "x/../d/parapp.db"],
                       capture_output=True, text=True, encoding="utf-8", cwd=tmp_path,
                       env={**os.environ, "PYTHONPATH": str(Path(parapp.__file__).resolve().parent.parent)})
    assert r.returncode == 0, r.stderr
    args = _to_end_of_line(r.stdout, "parapp restore")
    assert Path(args[args.index("--db") + 1]).resolve() == db.resolve(), r.stdout
    assert run(*args).returncode == 0
    assert run("--db", db, "tasks").stdout == wanted


def test_a_snapshot_reached_through_a_linked_backups_folder_is_still_one(tmp_path):
    """`backups` a link (a junction on Windows) to another drive's folder, to keep the copies off C:: a snapshot given
    as `--db d/backups/auto/parapp-….db` was judged by where the link leads (…/ParAppBackups/auto), not a data
    folder's backups/auto: `import` wrote into it ("Đã nhập", the way back changed, round 24A finding 2 undone) and
    `check` said its 21 evidence files missing (finding 3 undone). Judged by the path as given too."""
    db = _demo(tmp_path)
    elsewhere = tmp_path / "ParAppBackups" / "auto"
    elsewhere.mkdir(parents=True)
    (db.parent / "backups").symlink_to(elsewhere.parent)
    snap = db.parent / "backups" / "auto" / "parapp-20261204-080000-dau-ngay-000001.db"
    snap.write_bytes(db.read_bytes())
    before = snap.read_bytes()
    plan = tmp_path / "plan.csv"
    plan.write_text("STT,Nội dung,Chủ trì,Thời hạn\n1,Rà soát thủ tục mới,Văn phòng,Quý II/2026\n", encoding="utf-8")
    r = run("--db", snap, "import", plan)
    assert r.returncode == 2, r.stdout + r.stderr
    assert snap.read_bytes() == before
    assert sorted(p.name for p in elsewhere.iterdir()) == [snap.name]
    c = run("check", "--db", snap)
    assert c.returncode == 0, c.stdout


def test_no_restore_into_a_snapshot_reached_through_a_linked_backups_folder(tmp_path, monkeypatch):
    """The same link, `parapp restore X --db d/backups/auto/parapp-….db`: the restore judged the file the link leads to
    (…/ParAppBackups/auto/…), no snapshot by its folders' names, and replaced the way back with the backup (as the
    office's account; root refuses links out of the data folder before that)."""
    import pytest

    from parapp.core.messages import ParAppError
    from parapp.services import safety
    from parapp.store import atomic

    monkeypatch.setattr(atomic, "_as_root", lambda: False)
    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = run("--db", db, "backup", "--to", usb)
    elsewhere = tmp_path / "ParAppBackups" / "auto"
    elsewhere.mkdir(parents=True)
    (db.parent / "backups").symlink_to(elsewhere.parent)
    snap = db.parent / "backups" / "auto" / "parapp-20261204-080000-dau-ngay-000001.db"
    snap.write_bytes(db.read_bytes())
    before = snap.read_bytes()
    with pytest.raises(ParAppError) as refused:
        safety.restore(Path(made.stdout.strip()), snap)
    assert "bản sao lưu tự động" in str(refused.value.message)
    assert snap.read_bytes() == before
    assert sorted(p.name for p in elsewhere.iterdir()) == [snap.name]


def test_restoring_another_communes_snapshot_says_so(tmp_path):
    """Round 23B: a command cannot ask before replacing one commune's data with another's, so it says what it did
    and how to undo it - for a backup file. A snapshot of another commune's data folder (the command line takes any
    snapshot path: a neighbour's stick, the wrong folder) replaced "Ba Giang" with "Hòa Bình" and said only "Đã khôi
    phục … từ bản sao lưu tự động …", not whose data it was."""
    import sqlite3

    db = _demo(tmp_path)
    other = _demo(tmp_path, "other")
    con = sqlite3.connect(other)
    con.execute("UPDATE settings SET value = 'Ủy ban nhân dân xã Hòa Bình' WHERE key = 'commune_name'")
    con.commit()
    con.close()
    snap = other.parent / "backups" / "auto" / "parapp-20261204-080000-dau-ngay-000001.db"
    snap.parent.mkdir(parents=True)
    snap.write_bytes(other.read_bytes())
    r = run("--db", db, "restore", snap)
    assert r.returncode == 0, r.stderr
    assert "Hòa Bình" in r.stderr and "Ba Giang" in r.stderr, r.stdout + r.stderr


def test_a_clock_that_starts_at_the_same_date_each_day_still_keeps_two_weeks_of_days(tmp_path):
    """A flat CMOS battery sets an offline PC's clock back at every start, to the same date (01/01/2009 00:00): every
    day's snapshots were one "day" to the retention. The morning snapshot was never due again (one of "today" was
    there) and each close replaced the last: after a month only the very first morning and the last close were
    left, the way back to yesterday gone. A clock gone back behind the last snapshot starts a day of its own."""
    import datetime as dt
    import sqlite3

    from parapp.store.backup import list_snapshots, snapshot_due_today, take_snapshot

    con = sqlite3.connect(tmp_path / "parapp.db")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    boot = dt.datetime(2009, 1, 1, 0, 0)
    closes = []
    for day in range(30):  # each start the same date and time; a working day of eight hours
        start = boot + dt.timedelta(minutes=5)
        if snapshot_due_today(tmp_path, start.date(), now=start):
            take_snapshot(con, tmp_path, "dau-ngay", start)
        con.execute("INSERT INTO t VALUES (?)", (day,))
        con.commit()
        closes.append(take_snapshot(con, tmp_path, "khi-dong", boot + dt.timedelta(hours=8)).path)
    kept = {s.path for s in list_snapshots(tmp_path)}
    assert set(closes[-14:]) <= kept  # each of the last fourteen days' close
    assert sum(s.reason == "dau-ngay" for s in list_snapshots(tmp_path)) >= 14

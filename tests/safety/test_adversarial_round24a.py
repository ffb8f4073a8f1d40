"""Round 24A: backup, restore and automatic snapshots, new angles (after rounds 16A-23B)."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from parapp.services.demo import build_demo
from parapp.store import open_database
from parapp.services.safety import backup


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    db = open_database(folder / "parapp.db")
    build_demo(db, dt.date(2026, 12, 4))
    yield db
    db.close()


def _hours_old(p: Path, hours: float = 3) -> None:
    then = time.time() - hours * 3600
    os.utime(p, (then, then))


KEPT_BY_HAND = ["ParApp-XaBaGiang-2026-01-01-080000.parapp-backup.zip",
                "ParApp-XaBaGiang-2026-01-01-080000.parapp-backup.bak",
                "ParApp-XaBaGiang-truoc-sap-nhap.parapp-backup.old",
                "ParApp-XaBaGiang-2026-06-30-170000.parapp-backup.db"]


def test_a_backup_never_removes_a_backup_the_office_renamed(demo_db, tmp_path):
    """Finding 1: the next backup into a folder removed, as a killed backup's leftover, any file an hour old named
    "ParApp-*.parapp-backup.*": a backup the office kept as ….parapp-backup.zip (to open it in Explorer), .bak or
    .old was deleted without a word. Only the names a backup gives its own temporary files are leftovers."""
    usb = tmp_path / "usb"
    usb.mkdir()
    for name in KEPT_BY_HAND:
        (usb / name).write_bytes(b"PK\x03\x04 a backup kept by hand")
        _hours_old(usb / name)
    leftovers = ["ParApp-XaBaGiang-2026-11-30-090000.parapp-backup.1a2b3c4d.partial",
                 "ParApp-XaBaGiang-2026-11-30-090000.parapp-backup.1a2b3c4d.db",
                 "ParApp-XaBaGiang-2026-11-30-090000.parapp-backup.1a2b3c4d.db.5e6f7a8b.partial",
                 "ParApp-XaBaGiang-2026-11-30-090000.parapp-backup.1a2b3c4d.db.5e6f7a8b.partial-journal",
                 "ParApp-XaBaGiang-2026-11-30-090000.parapp-backup.partial"]  # an older version's
    for name in leftovers:
        (usb / name).write_bytes(b"killed")
        _hours_old(usb / name)
    made = backup(demo_db, usb)
    left = {p.name for p in usb.iterdir()}
    assert set(KEPT_BY_HAND) <= left
    assert not set(leftovers) & left
    assert made.path.name in left


def test_the_full_stick_message_never_counts_a_renamed_backup_as_a_leftover(tmp_path):
    """Finding 1, its message: a full stick's words counted such a file as a killed backup's and advised
    deleting "các tệp có đuôi .partial và .db đó", naming it."""
    import errno

    from parapp.store.archive import _usb_error

    usb = tmp_path / "usb"
    usb.mkdir()
    for name in KEPT_BY_HAND:
        (usb / name).write_bytes(b"x" * 4096)
    text = str(_usb_error(OSError(errno.ENOSPC, "full"), usb, "00000000"))
    assert "ngắt giữa chừng" not in text
    assert not any(name in text for name in KEPT_BY_HAND)


def _snapshot_of_a_restore(tmp_path) -> tuple[Path, Path]:
    """A data folder after a restore: its "trước khi khôi phục" snapshot is the way back."""
    from ..cli.test_cli import run

    folder = tmp_path / "data"
    folder.mkdir()
    assert run("demo", "--db", folder / "parapp.db").returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    made = run("--db", folder / "parapp.db", "backup", "--to", usb)
    assert made.returncode == 0, made.stderr
    assert run("--db", folder / "parapp.db", "restore", made.stdout.strip()).returncode == 0
    (snap,) = (folder / "backups" / "auto").glob("parapp-*-truoc-khoi-phuc-*.db")
    return snap, Path(made.stdout.strip())


def test_no_command_writes_into_an_automatic_snapshot(tmp_path):
    """Finding 2: `--db backups/auto/parapp-…-truoc-khoi-phuc-….db` given to a writing command (to look at
    yesterday's data, or a path picked by mistake) wrote into the snapshot: `import` added its tasks there (exit 0,
    "Đã nhập"), a restore onto it replaced it, and a backups/auto folder was made inside backups/auto. The way back
    from the restore then led to data that never was. Reading it is fine; writing is refused, exit 2, nothing
    changed, with what to do."""
    from ..cli.test_cli import run

    snap, backup_file = _snapshot_of_a_restore(tmp_path)
    before = snap.read_bytes()
    plan = tmp_path / "plan.csv"
    plan.write_text("STT,Nội dung,Chủ trì,Thời hạn\n1,Rà soát thủ tục,Văn phòng,Quý II/2026\n", encoding="utf-8")
    for args in (["import", plan], ["restore", backup_file], ["restore", snap]):
        r = run("--db", snap, *args)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert "bản sao lưu tự động" in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert snap.read_bytes() == before
    assert not (snap.parent / "backups").exists()
    assert run("--db", snap, "tasks").returncode == 0  # read as it stands


def test_the_window_opens_a_snapshot_read_only_and_says_why(tmp_path):
    """Finding 2, the window: `parapp --db <snapshot>` opens it read-only (no first-start snapshot taken inside
    it, nothing edited into it), and the banner says it is an automatic snapshot, not a read-only folder."""
    from parapp.store import errors
    from parapp.store.db import check_openable
    from parapp.ui.app import why_read_only

    snap, _ = _snapshot_of_a_restore(tmp_path)
    with pytest.raises(errors.FolderReadOnly):  # what the window opens read-only
        check_openable(snap)
    check_openable(snap, write=False)
    assert why_read_only(snap, object(), unlocked=False) == "snapshot"


def test_check_of_a_snapshot_looks_for_its_evidence_in_its_data_folder(tmp_path):
    """Finding 3: `parapp check --db backups/auto/parapp-….db` (is the way back sound before I restore it?) said
    "Thiếu tệp kiểm chứng …" for every evidence file and exited 1, "not sound": it looked in backups/auto. The
    snapshot's evidence is its data folder's."""
    from ..cli.test_cli import run

    snap, _ = _snapshot_of_a_restore(tmp_path)
    r = run("--db", snap, "check")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "nguyên vẹn" in r.stdout


@pytest.mark.parametrize("given", ["saoluu.parapp-backup", "existing.parapp-backup"])
def test_backup_to_a_file_name_says_to_give_a_folder(demo_db, tmp_path, given):
    """Finding 4: `parapp backup --to E:/saoluu.parapp-backup` (the file's name, as `--out` takes for a PDF), or
    --to an existing backup file, said "Không thấy thư mục … Hãy cắm lại USB": the stick is there. --to takes a
    folder, the backup's name is ParApp's; said so, naming the folder to give."""
    from parapp.store.archive_format import BackupError

    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "existing.parapp-backup").write_bytes(b"PK")
    with pytest.raises(BackupError) as caught:
        backup(demo_db, usb / given)
    text = str(caught.value)
    assert "cắm lại USB" not in text and str(usb) in text and "thư mục" in text, text
    assert sorted(p.name for p in usb.iterdir()) == ["existing.parapp-backup"]


def backup_then_import(tmp_path, db):
    """A backup of `db` on a stick, then a task imported after it: (the backup, `tasks` as it stands now)."""
    from ..cli.test_cli import run

    usb = tmp_path / "usb"
    usb.mkdir()
    backup_file = run("--db", db, "backup", "--to", usb).stdout.strip()
    plan = tmp_path / "plan.csv"
    plan.write_text("STT,Nội dung,Chủ trì,Thời hạn\n1,Rà soát thủ tục mới,Văn phòng,Quý II/2026\n", encoding="utf-8")
    assert run("--db", db, "import", plan).returncode == 0
    return backup_file, run("--db", db, "tasks").stdout


def test_a_restore_names_its_way_back_and_the_command_that_undoes_it(tmp_path):
    """Finding 5: after `parapp restore` of the wrong file, the way back was "bản sao lưu tự động “trước khi khôi
    phục”", unnamed; the command line lists no snapshots, so undoing meant finding it by hand among the files of
    backups/auto. The snapshot is named, with the command that puts it back; that command does."""
    import re

    from ..cli.test_cli import run

    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    backup_file, wanted = backup_then_import(tmp_path, db)

    def restored_from(source) -> str:
        r = run("--db", db, "restore", source)
        assert r.returncode == 0, r.stderr
        found = re.search(r"parapp restore \"([^\"]+)\" --db \"([^\"]+)\"", r.stdout)
        assert found and Path(found.group(2)) == db, r.stdout
        assert Path(found.group(1)).is_file() and "truoc-khoi-phuc" in found.group(1), r.stdout
        return found.group(1)

    way_back = restored_from(backup_file)  # the wrong file: the import is gone
    assert run("--db", db, "tasks").stdout != wanted
    restored_from(way_back)  # undone by the command said
    assert run("--db", db, "tasks").stdout == wanted


def test_a_backup_with_a_file_at_evidence_says_the_files_are_missing_not_the_disk(tmp_path):
    """Finding 6: with a file where the evidence folder belongs (`evidence` a file, a copy gone wrong), every
    evidence file was "Không đọc được … Hãy kiểm tra ổ đĩa của máy": a sound disk blamed. They are not in the
    data folder: said as missing, as `check` says them."""
    from parapp.store.archive_format import MISSING

    data = tmp_path / "data"
    data.mkdir()
    db = open_database(data / "parapp.db")
    build_demo(db, dt.date(2026, 12, 4))
    (data / "evidence").rename(tmp_path / "evidence-moved")
    (data / "evidence").write_text("not a folder")
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup(db, usb)
    db.close()
    assert made.left_out and {x.reason for x in made.left_out} == {MISSING}
    assert not any("ổ đĩa" in str(x.message) for x in made.left_out)


def test_a_snapshot_of_a_newer_parapp_is_said_to_need_it(tmp_path):
    """Finding 7: a snapshot taken by a newer ParApp (a PC updated, then the old version put back from the USB
    stick) restored by this one: "Cơ sở dữ liệu được khôi phục không phải dữ liệu ParApp nguyên vẹn (… phiên bản
    ParApp mới hơn …); … Hãy chọn một bản sao lưu khác" — sound data called unsound, and sent to other backups
    that a newer ParApp made too. What a backup file of a newer ParApp is told: install the newer ParApp."""
    import sqlite3

    from ..cli.test_cli import run

    snap, _ = _snapshot_of_a_restore(tmp_path)
    other = tmp_path / "other" / "backups" / "auto"
    other.mkdir(parents=True)
    newer = other / "parapp-20270101-080000-dau-ngay-000001.db"
    newer.write_bytes(snap.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('parapp', 'm0099_future', '2027-01-01')")
    con.commit()
    con.close()
    db = snap.parent.parent.parent / "parapp.db"
    before = run("--db", db, "tasks").stdout
    r = run("--db", db, "restore", newer)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "mới hơn" in r.stderr and "nguyên vẹn" not in r.stderr and "bản sao lưu khác" not in r.stderr, r.stderr
    assert run("--db", db, "tasks").stdout == before


def test_restoring_a_plain_copy_of_the_database_says_how_to_use_it(tmp_path):
    """Finding 8: `parapp restore E:/parapp.db` (the database copied by hand, the office's own "backup", or a
    snapshot renamed on the stick) was "không phải tệp sao lưu ParApp (không mở được như tệp nén) … hãy chọn một bản
    sao lưu khác … hoặc sao lưu lại trên máy có dữ liệu gốc": the copy holds the data, and is told useless. It is
    said to be a database, with the two commands that restore it (a backup of it, then its restore); they do."""
    import re

    from ..cli.test_cli import run

    snap, _ = _snapshot_of_a_restore(tmp_path)
    db = snap.parent.parent.parent / "parapp.db"
    copy = tmp_path / "usb" / "parapp.db"
    copy.write_bytes(snap.read_bytes())
    r = run("--db", db, "restore", copy)
    assert r.returncode == 2
    assert "tệp nén" not in r.stderr and "parapp backup --db" in r.stderr, r.stderr
    made = run("backup", "--db", copy, "--to", tmp_path / "usb")
    assert made.returncode in (0, 1), made.stderr  # 1: its evidence is not beside the copy, named
    assert run("--db", db, "restore", made.stdout.strip()).returncode == 0
    assert re.search(r"nguyên vẹn", run("--db", db, "check").stdout)


@pytest.mark.parametrize("shape", ["cut", "empty", "folder"])
def test_a_backup_cut_short_empty_or_a_folder_is_said_as_such(tmp_path, shape):
    """Finding 9: a backup cut short (a copy to the stick interrupted, the stick pulled), a 0-byte one (a copy that
    failed at once) and a folder named like a backup were all "không phải tệp sao lưu ParApp (không mở được như tệp
    nén)": the office took a backup of its own for a wrong file. Each is said as what it is; data unchanged."""
    from parapp.store.archive_format import BackupError
    from parapp.store.archive_verify import open_archive

    from ..cli.test_cli import run

    snap, backup_file = _snapshot_of_a_restore(tmp_path)
    bad = tmp_path / "usb" / f"{shape}.parapp-backup"
    if shape == "cut":
        bad.write_bytes(backup_file.read_bytes()[: backup_file.stat().st_size // 2])
    elif shape == "empty":
        bad.write_bytes(b"")
    else:
        bad.mkdir()
    with pytest.raises(BackupError) as caught:
        open_archive(bad)
    text = str(caught.value)
    assert "không phải tệp sao lưu ParApp" not in text, text
    assert {"cut": "không trọn vẹn", "empty": "0 byte", "folder": "thư mục"}[shape] in text, text
    db = snap.parent.parent.parent / "parapp.db"
    assert run("--db", db, "restore", bad).returncode == 2


def test_a_snapshot_that_cannot_be_removed_never_stops_the_next(tmp_path, monkeypatch):
    """Finding 10: one old snapshot the pruning cannot remove (marked read-only on Windows, as files copied from a CD
    or a read-only share are; immutable here) made every later snapshot fail after it was written: each restore
    refused ("thư mục … chỉ đọc hoặc không có quyền ghi" of a writable folder), the window's daily copy "chưa tạo
    được". Pruning is housekeeping: what it cannot remove stays, the rest goes, the snapshot stands."""
    import sqlite3

    from parapp.store import backup as snapshots

    con = sqlite3.connect(tmp_path / "parapp.db")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    start = dt.datetime(2026, 1, 5, 8)
    for day in range(20):
        snapshots.take_snapshot(con, tmp_path, "khi-dong", now=start + dt.timedelta(days=day))
        snapshots.take_snapshot(con, tmp_path, "khi-dong", now=start + dt.timedelta(days=day, hours=9))
    stuck = snapshots.list_snapshots(tmp_path)[-1].path  # the oldest: pruned next time
    real_unlink = Path.unlink

    def unlink(self, missing_ok=False):
        if self == stuck:
            raise PermissionError(1, "Operation not permitted", str(self))
        return real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    made = snapshots.take_snapshot(con, tmp_path, "truoc-khoi-phuc", now=start + dt.timedelta(days=40))
    con.close()
    left = {s.path for s in snapshots.list_snapshots(tmp_path)}
    assert made.path in left and stuck in left
    assert len(left) <= 14 + 12 + 2  # the others were pruned all the same


def test_a_restore_stopped_by_one_read_only_evidence_file_names_it(tmp_path, monkeypatch):
    """Finding 11: a damaged evidence file the restore mends, but which cannot be replaced (read-only on Windows, as
    files copied from a CD are; open in a PDF viewer; immutable here), stopped the restore with "Không ghi được vào
    thư mục “<data folder>” (chỉ đọc …). Hãy chọn thư mục khác": the folder takes writes. The file is named, with
    what to do; data unchanged."""
    import errno

    from parapp.store import restore as restoring
    from parapp.store.archive_format import BackupError
    from parapp.store.evidence import stored_path
    from parapp.store.restore import restore_backup

    _, backup_file = _snapshot_of_a_restore(tmp_path)
    data = tmp_path / "data"
    victim = next(p for p in (data / "evidence").rglob("*") if p.is_file())
    victim.write_bytes(b"")  # damaged: the restore writes it again
    assert stored_path(data, victim.name) == victim
    real_replace = os.replace

    def replace(src, dst, *a, **k):
        if Path(dst) == victim:
            raise PermissionError(errno.EACCES, "Access is denied", str(src), None, str(dst))
        return real_replace(src, dst, *a, **k)

    monkeypatch.setattr(restoring.os, "replace", replace)
    before = (data / "parapp.db").read_bytes()
    with pytest.raises(BackupError) as caught:
        restore_backup(backup_file, data / "parapp.db", data)
    text = str(caught.value)
    assert victim.name in text and "Hãy chọn thư mục khác" not in text, text
    assert (data / "parapp.db").read_bytes() == before

"""Round 28A: backups as an office keeps them (the data folder zipped with a backup inside), a crafted zip that lies
about how many entries it holds, and a database whose freed pages are zeros."""

from __future__ import annotations

import sqlite3
import struct
import zipfile
from pathlib import Path

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round27a import _backup


def test_a_zip_of_the_data_folder_holding_an_older_backup_points_to_its_own_data(tmp_path):
    """The office backs up its way: the whole data folder zipped, and a backup it once saved in that folder (Sao lưu
    ra… into the data folder, or its `backups`) went into the zip too. Restored or checked, the zip was "a zip holding
    the backup “ParApp-…”: unzip it and restore that file" — the older backup: the work done since it, in the
    parapp.db beside it in the zip, would have been thrown away. The data folder's own database is the newest."""
    db = _demo(tmp_path)
    older = _backup(tmp_path, db)
    folder = db.parent
    sent = tmp_path / "thu muc du lieu.zip"
    with zipfile.ZipFile(sent, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(db, "parapp.db")
        z.write(older, f"backups/{older.name}")
        for f in (folder / "evidence").rglob("*"):
            if f.is_file():
                z.write(f, f.relative_to(folder).as_posix())
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    for args in (("--db", target, "restore", sent), ("check", "--db", sent)):
        r = run(*args)
        said = r.stdout + r.stderr
        assert r.returncode in (1, 2), said
        assert "parapp backup --db" in said, said
        assert not target.exists()


def _lying_zip(path: Path, entries: int) -> Path:
    """A central directory of `entries` entries whose end record says it holds one."""
    cd = bytearray()
    for i in range(entries):
        name = b"%x" % i
        cd += struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0, 0, 0, 0)
        cd += name
    path.write_bytes(bytes(cd) + struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 1, 1, len(cd), 0, 0))
    return path


def test_a_zip_lying_about_its_number_of_entries_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    """The end record's count is what the entry bound read; the central directory is parsed by its size. A 155 MB
    file whose end says "1 entry" holds 3 million: a restore spent 29 s and 1.7 GB of memory (an old office PC has
    2–4 GB) to say "thiếu manifest.json". Counted before zipfile parses it (bound lowered: a small test)."""
    from parapp.store import archive_verify
    from parapp.store.archive_format import BackupError

    monkeypatch.setattr(archive_verify, "MAX_MEMBERS", 1000)
    lie = _lying_zip(tmp_path / "lie.zip", 5000)
    parsed = []
    real = zipfile.ZipFile
    monkeypatch.setattr(archive_verify.zipfile, "ZipFile", lambda *a, **k: parsed.append(a) or real(*a, **k))
    try:
        archive_verify.open_archive(lie)
    except BackupError as exc:
        assert "1,000" in exc.message, exc.message
    else:
        raise AssertionError("a zip of 5,000 entries opened past a bound of 1,000")
    assert not parsed


def test_a_database_whose_freed_pages_are_zeros_can_still_be_backed_up(tmp_path):
    """SQLite built with SECURE_DELETE (Debian's, and so Linux installs) writes zeros over what is deleted: a large
    import removed, a PAR set taken off. The file keeps its size; its backup deflated the database more than 100×,
    the zip-bomb bound, and every backup from then on was refused: "Thành phần “parapp.db” … lớn bất thường …
    hoặc sao lưu lại trên máy có dữ liệu gốc" — on the PC with the data. The backup holds the data, not the zeros."""
    db = _demo(tmp_path)
    wanted = run("--db", db, "tasks").stdout
    con = sqlite3.connect(db)
    con.execute("PRAGMA secure_delete = ON")
    con.execute("CREATE TABLE junk(x)")
    con.execute("INSERT INTO junk VALUES (zeroblob(30000000))")
    con.commit()
    con.execute("DROP TABLE junk")
    con.commit()
    con.close()
    made = _backup(tmp_path, db)
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    assert run("--db", target, "restore", made).returncode == 0
    assert run("--db", target, "tasks").stdout == wanted
    assert run("--db", target, "check").returncode == 0


def test_check_of_a_folder_unpacked_from_a_backup_says_what_restore_says(tmp_path):
    """The backup renamed .zip and unpacked (Extract All) on the stick, then checked before carrying it:
    `parapp check --db <folder>` said "Tệp “…” không phải là cơ sở dữ liệu ParApp … hoặc một tên tệp mới để tạo dữ
    liệu mới" — a folder called a file, and the way to a new, empty register. Checked as a restore takes it (round 27A
    F6/F7): an unpacked backup, and how to restore it."""
    db = _demo(tmp_path)
    backup = _backup(tmp_path, db)
    unpacked = tmp_path / "usb" / backup.stem
    with zipfile.ZipFile(backup) as z:
        z.extractall(unpacked)
    before = sorted(p.relative_to(unpacked) for p in unpacked.rglob("*"))
    r = run("check", "--db", unpacked)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "giải nén" in r.stdout and "tạo dữ liệu mới" not in r.stdout, r.stdout
    assert sorted(p.relative_to(unpacked) for p in unpacked.rglob("*")) == before


def test_a_zip_holding_several_backups_names_the_newest(tmp_path):
    """The stick's backup folder zipped whole to send it (Zalo): restored as it came, the message named the first
    backup by name — the oldest, ParApp's names being dated — and the clerk, doing as told, would restore months-old
    data. The newest is named."""
    db = _demo(tmp_path)
    backup = _backup(tmp_path, db)
    sent = tmp_path / "sao luu.zip"
    with zipfile.ZipFile(sent, "w", zipfile.ZIP_DEFLATED) as z:
        for name, when in (("ParApp-XaBaGiang-2026-01-05-080000.parapp-backup", (2026, 1, 5, 8, 0, 0)),
                           ("ParApp-XaBaGiang-2026-12-05-080000.parapp-backup", (2026, 12, 5, 8, 0, 0)),
                           ("ParApp-XaBaGiang-2026-06-05-080000.parapp-backup", (2026, 6, 5, 8, 0, 0))):
            z.writestr(zipfile.ZipInfo(f"Sao luu ParApp/{name}", when), backup.read_bytes())
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    r = run("--db", target, "restore", sent)
    assert r.returncode == 2
    assert "2026-12-05-080000" in r.stderr and "2026-01-05" not in r.stderr, r.stderr


def test_a_zip_of_the_portable_install_with_its_data_is_said_as_data(tmp_path):
    """The portable ParApp on a stick (ParApp\\ParApp-data\\parapp.db) zipped whole to send or keep: the data is a
    level below the wrapping folder, and the zip was "thiếu manifest.json … sao lưu lại trên máy có dữ liệu gốc" —
    of a zip holding the data. Said as a zip holding ParApp data, with the way to restore it."""
    db = _demo(tmp_path)
    sent = tmp_path / "ParApp.zip"
    with zipfile.ZipFile(sent, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ParApp/ParApp.exe", b"MZ")
        for p in sorted(db.parent.rglob("*")):
            if p.is_file():
                z.write(p, "ParApp/ParApp-data/" + p.relative_to(db.parent).as_posix())
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    r = run("--db", target, "restore", sent)
    assert r.returncode == 2
    assert "sao lưu lại trên máy" not in r.stderr and "parapp backup --db" in r.stderr, r.stderr
    assert not target.exists()


def _older_backup(tmp_path: Path, backup: Path, *, recorded: bool = True) -> Path:
    """As an older ParApp wrote it: an evidence file found damaged backed up under its recorded name, the manifest
    holding the hash of what was written. `recorded=False`: under a name the database records nowhere (tampered)."""
    import hashlib
    import json

    older = tmp_path / "usb" / "older.parapp-backup"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(older, "w", zipfile.ZIP_DEFLATED) as out:
        manifest = json.loads(src.read("manifest.json"))
        damaged = next(n for n in src.namelist() if n.startswith("evidence/"))
        if not recorded:
            del manifest["members"][damaged]
            damaged = "evidence/00/" + "0" * 64
        manifest["members"][damaged] = hashlib.sha256(b"damaged").hexdigest()
        for info in src.infolist():
            if info.filename not in ("manifest.json", damaged) and info.filename in manifest["members"]:
                out.writestr(info.filename, src.read(info))
        out.writestr(damaged, b"damaged")
        out.writestr("manifest.json", json.dumps(manifest))
    return older


def test_check_of_an_older_backup_names_the_damaged_copy_restore_will_name(tmp_path):
    """A clerk checks the backup on the stick before the old PC is wiped: `check` said "tệp sao lưu nguyên vẹn, khôi
    phục được (… 21 tệp kiểm chứng)", nothing more; restored on the new PC, "Bản sao lưu không có tệp kiểm chứng
    “Kế hoạch 02-KH-UBND.pdf” … hãy gắn lại tệp gốc nếu còn giữ" — the original was on the PC just wiped. `check` says
    what the restore will say, while the old PC still holds the file."""
    db = _demo(tmp_path)
    older = _older_backup(tmp_path, _backup(tmp_path, db))
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    checked = run("check", "--db", older)
    restored = run("--db", target, "restore", older)
    assert restored.returncode == 0, restored.stderr
    named = [line.removeprefix("Lưu ý: ") for line in restored.stdout.splitlines() if "gắn lại" in line]
    assert named, restored.stdout
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for line in named:
        assert line in checked.stdout + checked.stderr, checked.stdout + checked.stderr
    assert "20 tệp kiểm chứng" in checked.stdout, checked.stdout


def test_check_of_a_backup_refuses_what_restore_refuses(tmp_path):
    """A member whose content is not its name's hash, under a name the database records nowhere, is a tampered backup:
    restore refuses it ("không khớp mã kiểm tra") once it reads the database; `check` said it restores (and the
    window's precheck let it close the data for a restore that was then refused)."""
    db = _demo(tmp_path)
    older = _older_backup(tmp_path, _backup(tmp_path, db), recorded=False)
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    restored = run("--db", target, "restore", older)
    assert restored.returncode == 2, restored.stdout
    checked = run("check", "--db", older)
    assert checked.returncode == 1, checked.stdout
    assert "không khớp mã kiểm tra" in checked.stdout, checked.stdout


def test_a_backup_made_while_the_clock_is_before_1980_restores(tmp_path, monkeypatch):
    """A PC whose clock went back to before 1980 (a machine with no clock battery starts at 1970; some boards reset
    to it): `parapp backup` ended in "Lỗi không mong đợi: ZIP does not support timestamps before 1980", no backup
    made, nothing said of the clock. The zip's own dates are kept within what ZIP can hold; the manifest says when."""
    import datetime as dt
    import time

    from parapp.store.archive import make_backup
    from parapp.store.archive_verify import verify_backup

    db = _demo(tmp_path)
    wanted = run("--db", db, "tasks").stdout
    seventies = time.struct_time((1979, 12, 31, 8, 0, 0, 0, 365, 0))
    monkeypatch.setattr(zipfile.time, "localtime", lambda *a: seventies)
    (tmp_path / "usb").mkdir()
    con = sqlite3.connect(db)
    try:
        made = make_backup(con, db.parent, tmp_path / "usb", now=dt.datetime(1979, 12, 31, 8, 0, 0))
    finally:
        con.close()
    monkeypatch.undo()
    assert verify_backup(made.path).created.startswith("1979-12-31")
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    assert run("--db", target, "restore", made.path).returncode == 0
    assert run("--db", target, "tasks").stdout == wanted


def test_an_all_zero_backup_is_told_without_reading_all_of_it(tmp_path):
    """A file of zeros only (what FAT leaves of a pulled stick's copy) is said as such; read whole to say it, a sparse
    file of 20 GB named .parapp-backup kept a restore reading zeros for 48 s (a terabyte: most of an hour), the window
    waiting. Its beginning, its end and samples between are enough to say it."""
    from parapp.store import archive_bounds

    sparse = tmp_path / "rong.parapp-backup"
    with open(sparse, "wb") as fh:
        fh.truncate(8 << 30)

    class Counting:
        def __init__(self, fh):
            self.fh, self.read_bytes = fh, 0

        def seek(self, *a):
            return self.fh.seek(*a)

        def read(self, n=-1):
            data = self.fh.read(n)
            self.read_bytes += len(data)
            return data

    with open(sparse, "rb") as fh:
        counting = Counting(fh)
        assert archive_bounds.only_zero_bytes(counting)
    assert counting.read_bytes <= 300 << 20
    with open(sparse, "r+b") as fh:
        fh.seek((8 << 30) - 10)
        fh.write(b"x")
    with open(sparse, "rb") as fh:
        assert not archive_bounds.only_zero_bytes(fh)


def test_no_backup_is_said_made_that_its_restore_refuses(tmp_path):
    """Data edited by another program (a viewer with foreign keys off): one assignment names an official no longer
    there. `parapp backup` said it made the backup (exit 0); its restore then refused it: "không phải dữ liệu ParApp
    nguyên vẹn (1 dòng tham chiếu tới dữ liệu không còn tồn tại …)". The backup asks its copy what the restore asks,
    and says it cannot be made, with the way forward, before reporting it made."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE task_assignments SET official_id = 9999 WHERE id = (SELECT MIN(id) FROM task_assignments)")
    con.commit()
    con.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    r = run("--db", db, "backup", "--to", usb)
    made = [p for p in usb.iterdir() if p.name.endswith(".parapp-backup")]
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    restores = all(run("--db", target, "restore", p).returncode == 0 for p in made)
    assert r.returncode != 0 or restores, r.stdout
    assert r.returncode == 2 and not made, r.stdout + r.stderr
    assert "task_assignments" in r.stderr, r.stderr


def test_a_zip_holding_a_backup_and_its_unpacked_folder_names_the_backup(tmp_path):
    """The backup renamed .zip, unpacked beside itself (Extract All), then both selected and zipped to send: after
    F5's rule (a parapp.db anywhere: the data route, CLI only) the backup file, restorable from the window, went
    unnamed. A parapp.db beside a manifest.json is a backup unpacked, not a data folder: the backup is named."""
    db = _demo(tmp_path)
    backup = _backup(tmp_path, db)
    sent = tmp_path / "ca hai.zip"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(sent, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(backup, backup.name)
        for info in src.infolist():
            z.writestr(f"{backup.stem}/{info.filename}", src.read(info))
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    r = run("--db", target, "restore", sent)
    assert r.returncode == 2
    assert f"“{backup.name}”" in r.stderr, r.stderr


def test_an_existing_file_at_out_is_told_apart_without_parsing_a_lying_zip(tmp_path, monkeypatch):
    """`--out` onto an existing file: its kind is told by its content, a zip parsed by zipfile whole. A file starting
    as a zip whose end says "1 entry" over millions kept F2's 29 s and 1.7 GB there too. Counted first (the bound
    lowered here); such a file is no Word or Excel document, and is never replaced."""
    from parapp import files
    from parapp.store import archive_bounds

    monkeypatch.setattr(files, "ZIP_PARTS_AT_MOST", 1000)
    lie = _lying_zip(tmp_path / "bao cao.docx", 5000)
    lie.write_bytes(b"PK\x03\x04" + lie.read_bytes())
    parsed = []
    real = zipfile.ZipFile
    monkeypatch.setattr(files.zipfile, "ZipFile", lambda *a, **k: parsed.append(a) or real(*a, **k))
    assert archive_bounds.entries_in  # the same count as a backup's
    try:
        files.check_output(lie, "docx")
    except files.WontReplace:
        pass
    else:
        raise AssertionError("a file that is no Word document would have been replaced")
    assert not parsed

"""Round 27A: backup files as an office handles them (unpacked to look, zipped again by Windows Explorer)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo


def _backup(tmp_path: Path, db: Path) -> Path:
    out = tmp_path / "usb"
    out.mkdir(exist_ok=True)
    r = run("--db", db, "backup", "--to", out)
    assert r.returncode == 0, r.stderr
    return Path(r.stdout.strip().splitlines()[-1])


def _zipped_again(backup: Path, dest: Path, top: str) -> Path:
    """The backup unpacked (renamed .zip, Extract All…) and zipped again as Explorer does: its own (deflate)
    compression, an entry for each folder, and, sent from the folder Extract All made, that folder as a level."""
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as out:
        if top:
            out.writestr(top + "/", b"")
        folders = sorted({n.rsplit("/", 1)[0] + "/" for n in src.namelist() if "/" in n}
                         | {n.split("/", 1)[0] + "/" for n in src.namelist() if "/" in n})
        for f in folders:
            out.writestr(top + "/" + f if top else f, b"")
        for info in src.infolist():
            out.writestr(f"{top}/{info.filename}" if top else info.filename, src.read(info))
    return dest


@pytest.mark.parametrize("top", ["", "ParApp-XaBaGiang-2026-12-05-005922"])
def test_a_backup_unpacked_and_zipped_again_by_explorer_still_restores(tmp_path, top):
    """A clerk renames the backup to .zip to look inside, then zips it again (Send to → Compressed folder) to carry
    it: Explorer adds an entry for each folder ('evidence/') and, sent from the folder Extract All made, that folder
    as one more level. Restored, it was refused: "thành phần lạ “evidence/” không ghi trong manifest" or "thiếu
    manifest.json", advice "sao lưu lại trên máy có dữ liệu gốc" — every byte was there, often the only copy."""
    db = _demo(tmp_path)
    wanted = run("--db", db, "tasks").stdout
    again = _zipped_again(_backup(tmp_path, db), tmp_path / "usb" / "ParApp-XaBaGiang.zip", top)
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    r = run("--db", target, "restore", again)
    assert r.returncode == 0, r.stderr
    assert run("--db", target, "tasks").stdout == wanted
    assert run("--db", target, "check").returncode == 0


def test_a_zip_holding_the_backup_file_says_to_take_it_out(tmp_path):
    """A backup zipped to be sent (Zalo and mail refuse or mangle unknown kinds of file) and restored as it came:
    "Tệp sao lưu thiếu manifest.json … hãy chọn một bản sao lưu khác … hoặc sao lưu lại trên máy có dữ liệu gốc" —
    the backup was whole inside. Said as what it is, with the backup's name and what to do."""
    db = _demo(tmp_path)
    backup = _backup(tmp_path, db)
    sent = tmp_path / "gui qua Zalo.zip"
    with zipfile.ZipFile(sent, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(backup, backup.name)
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    r = run("--db", target, "restore", sent)
    assert r.returncode == 2
    assert backup.name in r.stderr and "manifest" not in r.stderr, r.stderr
    assert "sao lưu lại trên máy" not in r.stderr, r.stderr
    assert not target.exists()


def test_the_windows_restore_shows_a_backup_zipped_again(qtbot, tmp_path, monkeypatch):
    """Tệp → Khôi phục… → Từ tệp sao lưu… listed only *.parapp-backup: the backup zipped again (or renamed .zip to
    look inside, Explorer hiding the first extension) was not in the list, in the folder where the clerk had put it,
    and the window is a Windows clerk's only way to restore."""
    import fnmatch
    import re

    from parapp.ui import backup_dialogs
    from parapp.ui.widgets import file_dialogs

    db = _demo(tmp_path)
    again = _zipped_again(_backup(tmp_path, db), tmp_path / "usb" / "ParApp-XaBaGiang.zip", "ParApp-XaBaGiang")
    shown = []

    def ask_open(_parent, _title, filters="", _purpose=""):
        patterns = [p for group in re.findall(r"\(([^)]*)\)", filters) for p in group.split()]
        shown.extend(p for p in patterns if fnmatch.fnmatch(again.name, p))
        return again if shown else None

    monkeypatch.setattr(file_dialogs, "ask_open", ask_open)
    asked = []
    monkeypatch.setattr(backup_dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    dlg = backup_dialogs.RestoreDialog(db.parent, db_path=db)
    qtbot.addWidget(dlg)
    dlg._pick_file()
    assert shown and asked, (shown, asked)


def test_restoring_its_own_snapshot_does_not_send_to_its_own_evidence_folder(tmp_path):
    """An evidence file gone from the data folder (deleted by hand, a disk error), then one of the folder's own
    snapshots restored: the note said "hãy chép thư mục evidence từ thư mục dữ liệu nơi bản sao lưu tự động được tạo
    vào đây" — that folder is this one, without the file: advice no one can follow. For the folder's own snapshot
    it says the file is gone from this folder and how to get it back."""
    from parapp.services import safety
    from parapp.store.backup import list_snapshots

    db = _demo(tmp_path)
    data = db.parent
    first = next(p for p in sorted((data / "evidence").rglob("*")) if p.is_file())
    first.unlink()
    (tmp_path / "usb").mkdir()
    made = run("--db", db, "backup", "--to", tmp_path / "usb")  # exit 1: the file gone is named
    backup = next((tmp_path / "usb").glob("*.parapp-backup"))
    assert made.returncode == 1 and backup.is_file(), made.stderr
    assert run("--db", db, "restore", backup).returncode == 0
    (snap,) = [s for s in list_snapshots(data) if s.reason == "truoc-khoi-phuc"]
    left = safety.restore_from_snapshot(snap.path, db, data).left_out
    assert left, "the file gone is named"
    said = str(left[0].restored_message)
    assert "nơi bản sao lưu tự động được tạo" not in said, said
    assert ".parapp-backup" in said, said


def test_a_zip_of_the_data_folder_is_said_as_such(tmp_path):
    """The office's own habit of backing up: the data folder zipped (Send to → Compressed folder), parapp.db and
    evidence inside. Restored: "Tệp sao lưu thiếu manifest.json … sao lưu lại trên máy có dữ liệu gốc" — a PC that
    may be gone, for a zip holding every byte. Said as what it is, with the way to restore it."""
    db = _demo(tmp_path)
    folder_zip = tmp_path / "usb" / "parapp.zip"
    folder_zip.parent.mkdir()
    with zipfile.ZipFile(folder_zip, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("parapp/", b"")
        for p in sorted(db.parent.rglob("*")):
            if p.is_file():
                z.write(p, "parapp/" + p.relative_to(db.parent).as_posix())
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    r = run("--db", target, "restore", folder_zip)
    assert r.returncode == 2
    assert "sao lưu lại trên máy" not in r.stderr, r.stderr
    assert "thư mục dữ liệu" in r.stderr and "parapp backup --db" in r.stderr, r.stderr
    assert not target.exists()


def test_a_wrapping_folder_taken_off_never_makes_a_name_point_outside(tmp_path):
    """F1 takes one wrapping folder off the names: `t//etc/evil` would become `/etc/evil`. Refused as pointing
    outside the data folder, whatever the manifest says."""
    from parapp.store.archive_format import BackupError
    from parapp.store.archive_verify import verify_backup

    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("t/manifest.json", '{"app": "ParApp", "schema_version": 1, "members": {}, "created": ""}')
        z.writestr("t/parapp.db", b"")
        z.writestr("t//etc/evil", b"x")
    with pytest.raises(BackupError, match="ra ngoài thư mục dữ liệu"):
        verify_backup(bad)


def test_check_of_a_backup_file_checks_the_backup(tmp_path):
    """`parapp check` ("kiểm tra dữ liệu có nguyên vẹn không") given the backup on the USB stick, as a clerk checks
    the copy he just made: "không phải là cơ sở dữ liệu ParApp. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để
    tạo dữ liệu mới" — a sound backup called not ParApp's. It checks the backup as a restore would, writing
    nothing; a backup cut short is said so."""
    db = _demo(tmp_path)
    backup = _backup(tmp_path, db)
    r = run("check", "--db", backup)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "không phải là cơ sở dữ liệu" not in r.stdout + r.stderr
    assert "tệp sao lưu" in r.stdout, r.stdout
    cut = tmp_path / "usb" / "cut.parapp-backup"
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    r = run("check", "--db", cut)
    assert r.returncode == 1 and "không trọn vẹn" in r.stdout + r.stderr, r.stdout + r.stderr
    assert sorted(p.name for p in backup.parent.iterdir()) == sorted([backup.name, cut.name])
    word = tmp_path / "bao cao.docx"  # a zip too, given by mistake: not a ParApp database, as before
    with zipfile.ZipFile(word, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    r = run("check", "--db", word)
    assert r.returncode == 1 and "không phải là cơ sở dữ liệu ParApp" in r.stdout + r.stderr, r.stdout + r.stderr


def test_restoring_an_unpacked_backup_folder_says_how(tmp_path):
    """The backup renamed .zip and unpacked (Extract All), then that folder given to restore: "“…” là một thư mục,
    không phải tệp sao lưu … hoặc sao lưu lại trên máy có dữ liệu gốc" — the folder held the whole backup. Said as
    an unpacked backup, with the way that works (zip its contents again: F1 restores that)."""
    db = _demo(tmp_path)
    backup = _backup(tmp_path, db)
    unpacked = tmp_path / "usb" / backup.stem
    with zipfile.ZipFile(backup) as z:
        z.extractall(unpacked)
    target = tmp_path / "other" / "parapp.db"
    target.parent.mkdir()
    r = run("--db", target, "restore", unpacked)
    assert r.returncode == 2
    assert "sao lưu lại trên máy" not in r.stderr and "giải nén" in r.stderr, r.stderr
    assert not target.exists()


def test_a_root_restore_names_the_link_itself_not_a_real_folder_behind_it(tmp_path, as_root):
    """`evidence` a link to another disk (kept off C:, or a bigger disk), a restore run as root: refused, "Thư mục
    “…/evidence/18” là một liên kết … Hãy xóa liên kết đó". evidence/18 is no link but a real folder of evidence
    files out there: deleted as told, the files went with it. The link named is the one there is."""
    import datetime as dt
    import os

    from parapp.services.demo import build_demo
    from parapp.store import link_errors, open_database
    from parapp.store.archive import make_backup
    from parapp.store.restore import restore_backup

    folder = tmp_path / "data"
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    build_demo(db, dt.date(2026, 6, 1))
    backup = make_backup(db.conn, folder, tmp_path).path
    db.close()
    store = tmp_path / "D" / "ParAppEvidence"
    store.parent.mkdir()
    (folder / "evidence").rename(store)
    (folder / "evidence").symlink_to(store)
    first = sorted(p for p in store.iterdir() if p.is_dir())[0]
    for f in first.iterdir():
        f.unlink()
    first.rmdir()  # one the restore has to make again
    with pytest.raises(link_errors.LinkedOutOfDataFolder) as refused:
        restore_backup(backup, folder / "parapp.db", folder)
    said = str(refused.value)
    named = said.split("“")[1].split("”")[0]
    assert os.path.islink(named), said


def test_an_older_backups_damaged_copy_is_not_named_when_the_folder_holds_it_sound(tmp_path):
    """An older ParApp backed up a damaged evidence file under its recorded name. Restored where the data folder holds
    that file as recorded, the restore said "Bản sao lưu không có tệp kiểm chứng … hãy gắn lại tệp gốc" of a file
    `check` then called sound: round 26A's rule (named only when the folder lacks it or holds it damaged) for this
    kind of left-out file too."""
    import hashlib
    import json

    db = _demo(tmp_path)
    backup = _backup(tmp_path, db)
    older = tmp_path / "usb" / "older.parapp-backup"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(older, "w", zipfile.ZIP_DEFLATED) as out:
        manifest = json.loads(src.read("manifest.json"))
        damaged = next(n for n in src.namelist() if n.startswith("evidence/"))
        manifest["members"][damaged] = hashlib.sha256(b"damaged").hexdigest()
        for info in src.infolist():
            if info.filename == "manifest.json":
                continue
            out.writestr(info.filename, b"damaged" if info.filename == damaged else src.read(info))
        out.writestr("manifest.json", json.dumps(manifest))
    r = run("--db", db, "restore", older)
    assert r.returncode == 0, r.stderr
    assert "gắn lại" not in r.stdout + r.stderr, r.stdout + r.stderr
    assert run("--db", db, "check").returncode == 0

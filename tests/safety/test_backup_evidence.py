"""Issue 21, findings 1 and 7: a backup is never reported made unless it would restore, and what
goes wrong is blamed on the right disk.

1. One evidence file changed by a byte in the data folder: the backup is made without it (it
   could never be restored as the file the database records), names it, and restores; a backup
   an older version made with such a file restores too, without it.
7. A USB stick with no room is the USB stick's fault, not the data disk's; an evidence file that
   cannot be read is named as such, not "the USB stick may have been removed".
"""

import datetime as dt
import errno
import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from parapp.services.demo import build_demo
from parapp.store import open_database
from parapp.store.archive import make_backup, write_backup
from parapp.store.archive_format import BackupError
from parapp.store.evidence import add_evidence, list_evidence, stored_path
from parapp.store.restore import restore_backup

from ..cli.test_cli import run

TODAY = dt.date(2024, 5, 20)


@pytest.fixture
def commune(tmp_path):
    folder = tmp_path / "Dữ liệu xã"
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    build_demo(db, TODAY)
    for i, name in enumerate(["Quyết định 15.pdf", "Biên bản kiểm tra.pdf", "Ảnh chụp.jpg"]):
        doc = tmp_path / name
        doc.write_bytes(f"%PDF-1.4 {name} ".encode() * (300 + i))
        add_evidence(db, folder, 3 + i, doc)
    db.close()
    return folder / "parapp.db"


def _damage_one(db_path: Path) -> tuple[str, Path]:
    db = open_database(db_path)
    ev = next(e for e in list_evidence(db) if e.original_name == "Biên bản kiểm tra.pdf")
    db.close()
    p = stored_path(db_path.parent, ev.sha256)
    data = bytearray(p.read_bytes())
    data[100] ^= 1  # one byte
    p.write_bytes(bytes(data))
    return ev.original_name, p


def test_a_backup_leaves_out_a_damaged_evidence_file_names_it_and_restores(commune, tmp_path):
    name, _ = _damage_one(commune)
    usb = tmp_path / "usb"
    usb.mkdir()
    r = run("backup", "--db", commune, "--to", usb)
    assert r.returncode == 1, (r.stdout, r.stderr)  # made, but not whole: said so
    assert name in r.stderr and "hỏng" in r.stderr and "Traceback" not in r.stderr
    made = Path(r.stdout.strip())
    assert made.exists() and made.parent == usb
    with zipfile.ZipFile(made) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert [x["name"] for x in manifest["left_out"]] == [name]
    new = tmp_path / "máy mới" / "parapp.db"
    new.parent.mkdir()
    r = run("restore", made, "--db", new)
    assert r.returncode == 0, r.stderr
    assert name in r.stdout + r.stderr  # the restore says which file the backup lacks
    r = run("check", "--db", new)
    assert r.returncode == 1 and name in r.stdout  # the one file missing, nothing else
    assert len([ln for ln in r.stdout.splitlines() if ln.strip()]) == 1


def test_a_sound_backup_exits_0_and_lists_nothing_left_out(commune, tmp_path):
    r = run("backup", "--db", commune, "--to", tmp_path)
    assert r.returncode == 0 and r.stderr == ""
    with zipfile.ZipFile(r.stdout.strip()) as z:
        manifest = json.loads(z.read("manifest.json"))
    db = open_database(commune)
    recorded = {e.sha256 for e in list_evidence(db)}  # the demo's finished tasks' documents, and the three
    db.close()
    assert manifest["left_out"] == [] and len(recorded) > 3
    assert {n.rsplit("/", 1)[1] for n in manifest["members"] if n.startswith("evidence/")} == recorded


def test_a_backup_an_older_version_made_with_a_damaged_file_still_restores_its_database(commune, tmp_path):
    # What the old writer did: the damaged bytes stored under the recorded name, the manifest
    # hashing the bytes as they were. Every restore of it used to be refused, database and all.
    name, damaged = _damage_one(commune)
    db = open_database(commune)
    good = write_backup(db.conn, commune.parent, tmp_path, commune="Xã Ba Giang")
    db.close()
    old = tmp_path / "cũ.parapp-backup"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(old, "w") as zout:
        manifest = json.loads(zin.read("manifest.json"))
        for n in zin.namelist():
            if n != "manifest.json":
                zout.writestr(n, zin.read(n))
        member = f"evidence/{damaged.name[:2]}/{damaged.name}"
        zout.writestr(member, damaged.read_bytes())
        manifest["members"][member] = hashlib.sha256(damaged.read_bytes()).hexdigest()
        del manifest["left_out"]
        zout.writestr("manifest.json", json.dumps(manifest))
    target = tmp_path / "đích" / "parapp.db"
    target.parent.mkdir()
    done = restore_backup(old, target, target.parent)
    assert [x.name for x in done.left_out] == [name]
    assert not stored_path(target.parent, damaged.name).exists()  # the damaged copy is not put in place
    con = sqlite3.connect(target)
    assert con.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] > 0
    con.close()


def test_a_full_usb_stick_is_blamed_not_the_data_disk(commune, tmp_path, monkeypatch, capsys):
    from parapp.cli.main import main
    from parapp.store import archive

    real = archive.snapshot

    def full(con, dest, **kw):  # SQLite writing the copy onto the stick runs out of room half-way
        real(con, dest, **kw)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(archive, "snapshot", full)
    usb = tmp_path / "USB đầy"
    usb.mkdir()
    code = main(["backup", "--db", str(commune), "--to", str(usb)])
    err = capsys.readouterr().err
    assert code == 2 and "USB" in err and "đầy" in err, err
    assert str(commune.parent) not in err and "parapp.db" not in err  # not the data disk
    assert list(usb.iterdir()) == []


def test_an_unreadable_evidence_file_is_named_not_blamed_on_the_usb(commune, tmp_path, monkeypatch):
    from parapp.store import archive

    db = open_database(commune)
    ev = next(e for e in list_evidence(db) if e.original_name == "Ảnh chụp.jpg")
    bad = stored_path(commune.parent, ev.sha256)
    real_open = open

    def unreadable(path, *a, **k):
        if Path(path) == bad:
            raise OSError(errno.EIO, "Input/output error", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr(archive, "open", unreadable, raising=False)
    made = make_backup(db.conn, commune.parent, tmp_path, commune="x")
    db.close()
    assert [(x.name, x.reason) for x in made.left_out] == [("Ảnh chụp.jpg", "unreadable")]
    assert "USB" not in made.left_out[0].message


def test_a_usb_write_failure_is_the_usbs(commune, tmp_path, monkeypatch):
    from parapp.store import archive

    db = open_database(commune)
    real_zip = archive.zipfile.ZipFile

    class Failing(real_zip):
        def open(self, name, mode="r", **kw):
            handle = super().open(name, mode, **kw)
            if mode == "w" and str(getattr(name, "filename", name)).startswith("evidence/"):
                def boom(data):
                    raise OSError(errno.ENOSPC, "No space left on device")
                handle.write = boom
            return handle

    monkeypatch.setattr(archive.zipfile, "ZipFile", Failing)
    with pytest.raises(BackupError) as e:
        write_backup(db.conn, commune.parent, tmp_path, commune="x")
    db.close()
    assert "USB" in e.value.message and "đầy" in e.value.message
    assert not list(tmp_path.glob("*.parapp-backup*"))


def test_a_restore_where_the_evidence_folder_is_a_file_says_so_and_changes_nothing(commune, tmp_path):
    # Found in issue 21's own adversarial pass: the clean-up's own error hid the reason ('Lỗi không mong đợi').
    r = run("backup", "--db", commune, "--to", tmp_path)
    assert r.returncode == 0, r.stderr
    target = tmp_path / "đích" / "parapp.db"
    target.parent.mkdir()
    assert run("demo", "--db", target).returncode == 0
    import shutil

    shutil.rmtree(target.parent / "evidence")
    (target.parent / "evidence").write_text("không phải thư mục")
    before = target.read_bytes()
    r = run("restore", r.stdout.strip(), "--db", target)
    assert r.returncode == 2 and "Lỗi không mong đợi" not in r.stderr and "chưa khôi phục" in r.stderr, r.stderr
    assert target.read_bytes() == before

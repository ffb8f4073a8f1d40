import json
import zipfile

from .test_cli import run


def test_backup_restore_check(tmp_path):
    db = tmp_path / "Dữ liệu" / "parapp.db"
    db.parent.mkdir()
    assert run("demo", "--db", db).returncode == 0
    usb = tmp_path / "USB có dấu"
    usb.mkdir()
    r = run("backup", "--db", db, "--to", usb)
    assert r.returncode == 0, r.stderr
    out = r.stdout.strip()
    assert out.endswith(".parapp-backup") and zipfile.is_zipfile(out)
    new = tmp_path / "Máy mới" / "parapp.db"
    new.parent.mkdir()
    r = run("restore", out, "--db", new)
    assert r.returncode == 0, r.stderr
    assert json.loads(run("tasks", "--db", new, "--json").stdout) == json.loads(run("tasks", "--db", db,
                                                                                    "--json").stdout)
    r = run("check", "--db", new)
    assert r.returncode == 0 and "nguyên vẹn" in r.stdout


def test_check_reports_damage_and_bad_backups_are_refused(tmp_path):
    bad = tmp_path / "parapp.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    r = run("check", "--db", bad)
    assert r.returncode != 0 and "hỏng" in r.stdout
    fake = tmp_path / "x.parapp-backup"
    fake.write_text("không phải zip")
    r = run("restore", fake, "--db", tmp_path / "new.db")
    assert r.returncode == 2 and "không phải tệp sao lưu" in r.stderr and not (tmp_path / "new.db").exists()
    r = run("backup", "--db", tmp_path / "none.db", "--to", tmp_path / "không có")
    assert r.returncode == 2 and "Traceback" not in r.stderr

"""Issue 21's fresh adversarial round (notes: adversarial-round3.md): what it found, each as the
office would meet it.

1. A `--db` that is a symbolic link (a shortcut to the data on another disk): a restore replaced the
   link with a file of its own while the evidence went beside the real database; the restored data
   missed every evidence file and the database the link opened was never restored (exit 0).
2. A backup that lacks an evidence file its database records without saying so (an older ParApp
   skipped files missing when it backed up): restored with exit 0 and not a word.
3. A backup to a write-protected USB stick or a CD: "the USB stick may have been removed, plug it
   back in" instead of "it is read-only".
4. A restore while another program (not a ParApp) is in the middle of writing: the database was
   swapped under it, and what it committed next went into a deleted file.
5. A CSV 1 MB wide (3 rows of 200,000 cells): the figures import ran for many minutes.
6. A CSV with one unclosed quotation mark: "field larger than field limit (131072)", in English.
7. `parapp import` of a file from which no task is read made an empty plan (exit 0).
"""

import datetime as dt
import json
import os
import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest

from parapp.core.figures_import import read_bytes as read_figures
from parapp.core.importing.model import Unreadable
from parapp.core.par.reading import read_bytes as read_par_set
from parapp.services.demo import build_demo
from parapp.services.safety import backup, restore
from parapp.store import open_database
from parapp.store import restore as restore_module
from parapp.store.archive import BackupError, MISSING
from parapp.store.backup import list_snapshots
from parapp.store.errors import DatabaseBusy
from parapp.store.evidence import add_evidence, list_evidence, stored_path

from ..cli.test_cli import run

TODAY = dt.date(2024, 5, 20)


def _commune(folder: Path, tmp_path: Path) -> Path:
    folder.mkdir(parents=True)
    db = open_database(folder / "parapp.db")
    build_demo(db, TODAY)
    doc = tmp_path / f"Quyết định {folder.name}.pdf"
    doc.write_bytes(f"%PDF-1.4 {folder.name} ".encode() * 500)
    add_evidence(db, folder, 3, doc)
    db.close()
    return folder / "parapp.db"


def _backup(db_path: Path, to: Path) -> Path:
    to.mkdir(exist_ok=True)
    db = open_database(db_path)
    try:
        return backup(db, to).path
    finally:
        db.close()


def _received(db_path: Path) -> list:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT * FROM tasks ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_restore_through_a_symbolic_link_restores_the_database_it_opens(tmp_path):
    source = _commune(tmp_path / "Xã nguồn", tmp_path)
    made = _backup(source, tmp_path / "USB")
    real = _commune(tmp_path / "Ổ D" / "ParApp", tmp_path)
    shortcut_folder = tmp_path / "Màn hình"
    shortcut_folder.mkdir()
    link = shortcut_folder / "parapp.db"
    link.symlink_to(real)

    restore(made, link)

    assert link.is_symlink(), "the link the office opens is still the link"
    assert _received(real) == _received(source), "the database it opens is the restored one"
    db = open_database(link)
    try:
        for ev in list_evidence(db):
            assert stored_path(real.parent, ev.sha256).exists(), ev.original_name
    finally:
        db.close()
    assert run("check", "--db", link).returncode == 0
    assert not list((shortcut_folder).glob("*.restoring*"))


def _without_one_evidence_file(made: Path, out: Path) -> str:
    """The backup as an older ParApp wrote it when one evidence file was missing: neither in the
    zip nor in its manifest, and no word of it."""
    with zipfile.ZipFile(made) as z:
        manifest = json.loads(z.read("manifest.json"))
        dropped = next(n for n in manifest["members"] if n.startswith("evidence/"))
        del manifest["members"][dropped]
        with zipfile.ZipFile(out, "w") as w:
            for info in z.infolist():
                if info.filename not in (dropped, "manifest.json"):
                    w.writestr(info, z.read(info.filename))
            w.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
    return dropped.rsplit("/", 1)[1]


def test_a_backup_that_silently_lacks_an_evidence_file_is_restored_saying_so(tmp_path):
    source = _commune(tmp_path / "Xã nguồn", tmp_path)
    old_style = tmp_path / "cũ.parapp-backup"
    lacking = _without_one_evidence_file(_backup(source, tmp_path / "USB"), old_style)
    target = tmp_path / "Máy mới" / "parapp.db"
    target.parent.mkdir()

    done = restore(old_style, target)

    assert [(x.sha256, x.reason) for x in done.left_out] == [(lacking, MISSING)]
    (tmp_path / "Máy khác").mkdir()
    r = run("restore", old_style, "--db", tmp_path / "Máy khác" / "parapp.db")
    assert r.returncode == 0, r.stderr
    assert "Lưu ý: Bản sao lưu không có tệp kiểm chứng" in r.stdout


def test_a_backup_already_beside_its_evidence_names_nothing(tmp_path):
    """Restored where the file is already kept (the same PC): nothing is missing, nothing said."""
    source = _commune(tmp_path / "Xã nguồn", tmp_path)
    old_style = tmp_path / "cũ.parapp-backup"
    _without_one_evidence_file(_backup(source, tmp_path / "USB"), old_style)
    assert restore(old_style, source).left_out == []


def test_a_backup_to_a_read_only_stick_says_read_only(tmp_path, monkeypatch):
    source = _commune(tmp_path / "Xã", tmp_path)
    stick = tmp_path / "USB khóa"
    stick.mkdir()
    real = os.access
    locked = lambda p, mode, **kw: False if mode == os.W_OK and Path(p) == stick else real(p, mode, **kw)  # noqa: E731
    monkeypatch.setattr(os, "access", locked)
    db = open_database(source, create=False)
    try:
        with pytest.raises(BackupError) as err:
            backup(db, stick)
    finally:
        db.close()
    said = str(err.value.message)
    assert "chỉ đọc" in said and "bị rút" not in said
    assert list(stick.iterdir()) == []


def test_a_restore_waits_for_no_other_program_in_the_middle_of_writing(tmp_path, monkeypatch):
    source = _commune(tmp_path / "Xã nguồn", tmp_path)
    made = _backup(source, tmp_path / "USB")
    current = _commune(tmp_path / "Xã", tmp_path)
    before = current.read_bytes()
    monkeypatch.setattr(restore_module, "BUSY_WAIT_S", 0.0)
    other = sqlite3.connect(current, isolation_level=None)  # DB Browser, editing a row
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE tasks SET note = 'sửa bằng chương trình khác' WHERE id = 1")
    try:
        with pytest.raises(DatabaseBusy):
            restore(made, current)
        other.execute("COMMIT")
    finally:
        other.close()
    assert list_snapshots(current.parent) == []
    con = sqlite3.connect(current)
    try:
        assert con.execute("SELECT note FROM tasks WHERE id = 1").fetchone()[0] == "sửa bằng chương trình khác"
    finally:
        con.close()
    assert before  # the file was a database before, and is the same one now
    assert run("check", "--db", current).returncode == 0


WIDE = ((",".join(["Hồ sơ tiếp nhận"] * 5000) + "\n") * 3).encode()


@pytest.mark.parametrize("reader", [read_figures, read_par_set], ids=["figures", "par-set"])
def test_a_csv_wider_than_any_table_is_refused(reader):
    with pytest.raises(Unreadable) as err:
        reader(WIDE, "thống kê.csv")
    assert "200 cột" in str(err.value.message)


def test_empty_cells_past_the_edge_are_no_reason_to_refuse():
    """Excel writes a row's empty cells up to the last column anyone touched."""
    text = "Kỳ báo cáo: Quý I/2026\nSTT,Hồ sơ tiếp nhận,Đã giải quyết" + "," * 400 + "\n1,10,8" + "," * 400 + "\n"
    got = read_figures(text.encode(), "thống kê.csv")
    assert got is not None


def test_an_unclosed_quotation_mark_is_named_in_vietnamese(tmp_path):
    # Round 40C F1: a mark never closed is the writer's, kept in the words; the rows under it are read, not one cell
    f = tmp_path / "kế hoạch.csv"
    f.write_text('STT,Nhiệm vụ cụ thể,Cơ quan chủ trì\n1,"Rà soát TTHC,Văn phòng\n' + "2,x,y\n" * 30000,
                 encoding="utf-8")
    db = _commune(tmp_path / "Xã", tmp_path)
    r = run("import", f, "--db", db, "--dry-run", "--json")
    assert r.returncode == 0 and "Traceback" not in r.stderr and "field larger" not in r.stderr
    tasks = json.loads(r.stdout)["tasks"]
    assert len(tasks) == 30001 and (tasks[0]["content"], tasks[0]["lead"]) == ('"Rà soát TTHC', "Văn phòng")
    # a quoted cell longer than any sheet's is still named in Vietnamese
    f.write_text('STT,Nhiệm vụ cụ thể,Cơ quan chủ trì\n1,"' + "Rà soát TTHC " * 20000 + '",Văn phòng\n',
                 encoding="utf-8")
    r = run("import", f, "--db", db)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "field larger" not in r.stderr and "ngoặc kép" in r.stderr


def test_a_file_with_no_task_makes_no_plan(tmp_path):
    f = tmp_path / "Kế hoạch trống.csv"
    f.write_text("STT,Nhiệm vụ cụ thể,Cơ quan chủ trì,Thời gian thực hiện\n", encoding="utf-8")
    db = _commune(tmp_path / "Xã", tmp_path)
    before = _received(db)
    con = sqlite3.connect(db)
    plans = con.execute("SELECT count(*) FROM plans").fetchone()[0]
    con.close()
    r = run("import", f, "--db", db)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stdout + r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM plans").fetchone()[0] == plans
    con.close()
    assert _received(db) == before

"""Adversarial round 45A: backups and restores read in the window's own process (helper r45a)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from parapp.store import open_database
from parapp.core.messages import ParAppError

_READ_AND_CLOSE = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT COUNT(*) FROM units").fetchone()
con.close()
"""


def _another_reader(db_path) -> None:
    """Another program (a second ParApp, `parapp check`) reads the data and closes: with the window's locks gone it
    took itself for the last one and removed the -wal and -shm the window still writes to."""
    subprocess.run([sys.executable, "-c", _READ_AND_CLOSE, str(db_path)], check=True, timeout=60)


def test_the_open_data_chosen_as_the_backup_file_keeps_the_windows_locks(tmp_path):
    """F1: Tệp → Khôi phục… → "Từ tệp sao lưu", the clerk picked parapp.db itself (the file the window has open) for
    the backup: refused, rightly ("là một tệp cơ sở dữ liệu …"), but the check had opened and closed the open data's
    file (POSIX: every lock of the process on it dropped). Another reader then removed the -wal and -shm the window
    wrote on: the day's saved work was in a -wal no longer there (lost at the next power cut). The same with the
    data folder picked (its parapp.db read inside). Now the window keeps its locks."""
    from parapp.services import safety

    folder = tmp_path / "Hồ sơ #2 %20"
    folder.mkdir()
    path = folder / "parapp.db"
    db = open_database(path)
    try:
        db.execute("INSERT INTO units (name) VALUES ('Văn phòng HĐND và UBND')")  # saved, still in the -wal
        wal, shm = folder / "parapp.db-wal", folder / "parapp.db-shm"
        assert wal.exists()
        for chosen in (folder, path):
            with pytest.raises(ParAppError):
                safety.precheck_restore("file", chosen, path, folder)
            _another_reader(path)
            assert wal.exists() and shm.exists(), chosen
    finally:
        db.close()


def test_the_open_data_picked_as_a_tasks_evidence_is_refused_and_keeps_the_windows_locks(tmp_path):
    """F2: "Thêm tệp…" on a task, the clerk picked parapp.db (the data the window has open, in the folder the dialog
    opened on): "kept" as the task's evidence — a copy of the data file without its -wal (the day's saved work not in
    it), stored in evidence/ — and the copy's open()/close() dropped the window's SQLite locks: another reader then
    removed the -wal holding that work. Now refused (nothing kept), the window's locks in place."""
    from parapp.store import evidence

    folder = tmp_path / "Hồ sơ #2 %20"
    folder.mkdir()
    path = folder / "parapp.db"
    db = open_database(path)
    try:
        db.execute("INSERT INTO units (name) VALUES ('Văn phòng HĐND và UBND')")  # saved, still in the -wal
        wal = folder / "parapp.db-wal"
        with pytest.raises(evidence.EvidenceError):
            evidence.keep_file(folder, path)  # what every "Thêm tệp…" keeps a file by
        assert not list((folder / "evidence").rglob("*")) if (folder / "evidence").exists() else True
        _another_reader(path)
        assert wal.exists() and (folder / "parapp.db-shm").exists()
    finally:
        db.close()


@pytest.mark.parametrize("route", ["import", "signed", "scan", "output"])
def test_the_open_data_picked_for_an_import_or_a_signed_copy_keeps_the_windows_locks(tmp_path, route):
    """F3: the window's own parapp.db dropped on the import dialog ("Nhập kế hoạch", "Nhập số liệu", the PAR INDEX set),
    or picked as a report's signed copy or scan (the dialogs offer "all files" too), or named as where an export goes:
    refused, rightly, as no plan / no signed PDF / a data file, but read with open()/close(): the window's SQLite locks
    on it were gone, and another reader then removed the -wal holding the day's saved work. Now those reads go
    through store.file_head as the data-folder rules' do."""
    from parapp.core.importing.limits import read_bounded
    from parapp.files import check_output
    from parapp.services import delivery

    folder = tmp_path / "Hồ sơ #2 %20"
    folder.mkdir()
    path = folder / "parapp.db"
    db = open_database(path)
    try:
        db.execute("INSERT INTO units (name) VALUES ('Văn phòng HĐND và UBND')")  # saved, still in the -wal
        read = {"import": lambda: read_bounded(path), "signed": lambda: delivery._read(path, 1 << 30),
                "scan": lambda: delivery._scan_head(path), "output": lambda: check_output(path, "pdf")}[route]
        try:
            read()
        except ParAppError:
            pass  # refused or read: either way the window's locks stay
        _another_reader(path)
        assert (folder / "parapp.db-wal").exists() and (folder / "parapp.db-shm").exists()
    finally:
        db.close()


def test_a_restore_beside_only_a_kept_aside_copy_is_not_sent_into_the_copy(tmp_path, capsys):
    """F4: the data folder held only the damaged copy a restore had kept aside (`xa-hong-<time>.db`; xa.db itself
    deleted). `parapp restore <backup> --db …/ho-so.db`: refused, exit 2, "… hoặc vào chính “…/xa-hong-<time>.db” nếu
    muốn thay dữ liệu đó"; followed, the office's data was restored under the damaged copy's name ("Đã khôi phục …
    xa-hong-….db", exit 0), a name every rule reads as a copy kept aside. The kept copy is no data in use (as for the
    window's first start): the restore into ho-so.db is made."""
    import shutil

    from parapp.cli.main import main

    folder = tmp_path / "Hồ sơ #2 %20"
    folder.mkdir()
    db = folder / "xa.db"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db), "--to", str(tmp_path)]) == 0
    shutil.copyfile(db, folder / "xa-hong-20261206-101500.db")
    for side in ("", "-wal", "-shm"):
        (folder / f"xa.db{side}").unlink(missing_ok=True)
    capsys.readouterr()
    code = main(["restore", str(next(tmp_path.glob("*.parapp-backup"))), "--db", str(folder / "ho-so.db")])
    said = capsys.readouterr()
    assert "xa-hong-20261206-101500.db" not in said.out + said.err, said
    assert code == 0 and (folder / "ho-so.db").exists()

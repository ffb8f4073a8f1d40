"""Round 20A, on bfd5bc0: as root, a link at `evidence` itself (or at `backups`) leading out of the data folder
was refused only after `mkdir -p` had made evidence/xx (backups/auto) out there, root's: the refusal came after
the write. The folder it is made in is now checked first."""

from __future__ import annotations

import os
import shutil

import pytest

from parapp.store import atomic, errors, link_errors
from parapp.store.archive import make_backup
from parapp.store.backup import take_snapshot
from parapp.store.restore import restore_backup

from .test_root_never_writes_through_links import _data

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links and root")


def test_a_root_restore_makes_nothing_through_a_link_at_evidence_itself(tmp_path, as_root):
    db, folder = _data(tmp_path)
    backup = make_backup(db.conn, folder, tmp_path).path
    db.close()
    victim = tmp_path / "root-only"
    victim.mkdir()
    shutil.rmtree(folder / "evidence")
    (folder / "evidence").symlink_to(victim)
    with pytest.raises(link_errors.LinkedOutOfDataFolder):
        restore_backup(backup, folder / "parapp.db", folder)
    assert list(victim.iterdir()) == []


def test_a_root_snapshot_makes_nothing_through_a_link_at_backups(tmp_path, as_root):
    db, folder = _data(tmp_path)
    victim = tmp_path / "root-only"
    victim.mkdir()
    shutil.rmtree(folder / "backups", ignore_errors=True)
    (folder / "backups").symlink_to(victim)
    with pytest.raises(errors.StoreError):
        take_snapshot(db.conn, folder, "thu")
    db.close()
    assert list(victim.iterdir()) == []


def test_relative_links_inside_the_data_folder_still_work_as_root(tmp_path, as_root):
    db, folder = _data(tmp_path)
    shutil.rmtree(folder / "backups", ignore_errors=True)
    (folder / "kho").mkdir()
    (folder / "backups").symlink_to("kho")
    assert take_snapshot(db.conn, folder, "thu").path.exists()
    db.close()
    assert list((folder / "kho" / "auto").glob("*.db"))


def test_make_folders_in_a_data_folder_not_made_yet_as_root(tmp_path, as_root):
    atomic.make_folders(tmp_path / "mới" / "evidence" / "ab", within=tmp_path / "mới")
    assert (tmp_path / "mới" / "evidence" / "ab").is_dir()


def test_root_s_window_logs_nothing_through_a_link_at_logs(tmp_path, as_root):
    """logs/ a link out of the data folder: root's window appended lines the account can word (a file's name) to
    parapp.log in any folder of root's (/etc/logrotate.d reads every file there). Logged nowhere instead."""
    import logging

    from parapp.logfile import get_logger, setup_logging

    folder = tmp_path / "Dữ liệu"
    folder.mkdir()
    victim = tmp_path / "logrotate.d"
    victim.mkdir()
    (folder / "logs").symlink_to(victim)
    assert setup_logging(folder) is None
    get_logger().info("tệp x\npostrotate\n  touch /tmp/x\nendscript")
    for h in logging.getLogger("parapp").handlers:
        h.flush()
    assert list(victim.iterdir()) == []


def test_root_s_start_removes_no_leftover_through_a_link_out_of_the_data_folder(tmp_path, as_root):
    """The leftovers a kill left (*.partial, .incoming-*) are removed by whoever takes the writer lock; as root,
    through a link the account put at evidence/xx or backups/auto, root's own *.partial files went."""
    from parapp.store.leftovers import ADDED, clean_data_folder

    db, folder = _data(tmp_path)
    db.close()
    theirs = tmp_path / "root-only"
    theirs.mkdir()
    h = "ab" + "0" * 62
    for name in ("iso.partial", ".incoming-x", h):
        (theirs / name).write_text("root's")
    shutil.rmtree(folder / "evidence" / "ab", ignore_errors=True)
    (folder / "evidence" / "ab").symlink_to(theirs)
    (folder / ("parapp.db" + ADDED)).write_text(h + "\n")
    auto = folder / "backups" / "auto"
    shutil.rmtree(auto, ignore_errors=True)
    auto.parent.mkdir(exist_ok=True)
    auto.symlink_to(theirs)
    (theirs / "db.partial").write_text("root's")

    clean_data_folder(folder / "parapp.db")
    assert sorted(p.name for p in theirs.iterdir()) == sorted([".incoming-x", "db.partial", "iso.partial", h])


def test_an_account_s_own_leftovers_are_still_removed_as_root(tmp_path, as_root):
    from parapp.store.leftovers import clean_data_folder

    db, folder = _data(tmp_path)
    db.close()
    (folder / "evidence" / "cd").mkdir(parents=True, exist_ok=True)
    left = folder / "evidence" / "cd" / "x.partial"
    left.write_text("half")
    clean_data_folder(folder / "parapp.db")
    assert not left.exists()


def test_root_s_window_says_a_link_out_before_it_closes_for_the_restore(tmp_path, as_root):
    """The gate the window runs before it closes for a restore passed; the restore then refused the link out
    of the data folder with the window closed (as round 16 found for folders that take no writes)."""
    from parapp.store.restore_precheck import precheck_backup, precheck_snapshot

    db, folder = _data(tmp_path)
    backup = make_backup(db.conn, folder, tmp_path).path
    snap = take_snapshot(db.conn, folder, "thu").path
    db.close()
    victim = tmp_path / "root-only"
    victim.mkdir()
    shutil.rmtree(folder / "evidence")
    (folder / "evidence").symlink_to(victim)
    with pytest.raises(link_errors.LinkedOutOfDataFolder):
        precheck_backup(backup, folder / "parapp.db", folder)
    kept = tmp_path / "snap.db"
    shutil.copy(snap, kept)
    shutil.rmtree(folder / "backups")
    (folder / "backups").symlink_to(victim)
    with pytest.raises(link_errors.LinkedOutOfDataFolder):
        precheck_snapshot(kept, folder / "parapp.db", folder)
    assert list(victim.iterdir()) == []


def test_a_snapshot_restored_into_another_data_folder_says_where_its_evidence_is(tmp_path):
    """A snapshot holds no evidence file. Restored into a new data folder, each file was said 'damaged or missing
    when the backup was made; attach the original again', though all were sound in the folder it came from."""
    from parapp.services.safety import restore

    db, folder = _data(tmp_path)
    snap = take_snapshot(db.conn, folder, "thu").path
    db.close()
    new = tmp_path / "máy mới"
    new.mkdir()
    done = restore(snap, new / "parapp.db")
    assert done.left_out
    said = str(done.left_out[0].restored_message)
    assert "hỏng hoặc thiếu lúc sao lưu" not in said
    assert "bản sao lưu tự động" in said and "evidence" in said

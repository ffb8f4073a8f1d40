"""Found in issue 21's own adversarial pass: attaching an evidence file is a reader of a user's file
too, and what it keeps must be a file a backup can carry and a restore accept.

- a FIFO or a device chosen as evidence hung the window (hashing never ended); refused now;
- a file larger than a backup may hold (2 GB) was kept, and then every backup failed its own
  check and none was made; it is refused when attached, and a backup leaves out (and names)
  one an older version let in.
"""

import datetime as dt
import os

import pytest

from parapp.services.demo import build_demo
from parapp.store import open_database
from parapp.store.archive import make_backup
from parapp.store.archive_verify import MAX_EVIDENCE
from parapp.store.evidence import EvidenceError, add_evidence, list_evidence, stored_path
from parapp.store.restore import restore_backup

TODAY = dt.date(2024, 5, 20)


@pytest.fixture
def commune(tmp_path):
    folder = tmp_path / "Dữ liệu"
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    build_demo(db, TODAY)
    yield db, folder
    db.close()


def test_special_files_are_refused_as_evidence_without_being_read(commune, tmp_path):
    db, folder = commune
    before = len(list_evidence(db))
    specials = [tmp_path, os.devnull]
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "ống.pdf"
        os.mkfifo(fifo)
        specials.append(fifo)
    for special in specials:
        with pytest.raises(EvidenceError) as e:
            add_evidence(db, folder, 1, special)
        assert "không phải là một tệp thông thường" in e.value.message
    assert len(list_evidence(db)) == before


def test_a_file_larger_than_a_backup_holds_is_refused_as_evidence(commune, tmp_path):
    db, folder = commune
    big = tmp_path / "phim.mp4"
    with open(big, "wb") as fh:
        fh.truncate(MAX_EVIDENCE + 1)  # sparse: refused by its size, never read
    with pytest.raises(EvidenceError) as e:
        add_evidence(db, folder, 1, big)
    assert "quá lớn" in e.value.message


def test_a_backup_leaves_out_an_evidence_file_too_large_for_it_and_still_restores(commune, tmp_path, monkeypatch):
    from parapp.store import archive, archive_verify

    db, folder = commune
    doc = tmp_path / "Biên bản.pdf"
    doc.write_bytes(b"%PDF-1.4 " + b"x" * 80_000)  # larger than the demo's own (45 KB)
    add_evidence(db, folder, 2, doc)
    monkeypatch.setattr(archive_verify, "MAX_EVIDENCE", 60_000)  # what 2 GB is to a real backup
    monkeypatch.setattr(archive, "MAX_EVIDENCE", 60_000)
    made = make_backup(db.conn, folder, tmp_path, commune="x")
    assert [(x.name, x.reason) for x in made.left_out] == [("Biên bản.pdf", "too_large")]
    target = tmp_path / "đích" / "parapp.db"
    target.parent.mkdir()
    done = restore_backup(made.path, target, target.parent)
    assert [x.name for x in done.left_out] == ["Biên bản.pdf"]
    assert all(stored_path(target.parent, e.sha256).exists() for e in list_evidence(db)
               if e.original_name != "Biên bản.pdf")

"""Round 28B of issue 21: read-only use, attacking what round 27B built (the private copy made again only from the
data, the banner's note when it cannot be, what a copy killed midway leaves in the temporary folder). Each test failed
before its fix."""

from __future__ import annotations

import errno
import os
import tempfile

import pytest

from .test_adversarial_round26b import _demo


def test_what_a_killed_copy_left_is_removed_by_a_copy_that_needs_no_temporary_folder(tmp_path, monkeypatch):
    # A window killed while it copied the data with its -wal (the owner's ParApp at work) left a whole copy of the
    # data in the temporary folder; round 27B's sweep ran only when the next copy went through that folder too, i.e.
    # with a -wal beside the data again. Data on a CD, a locked stick, or another account's once its ParApp closed
    # (no -wal): every later copy is read in place, and the copy left stayed for good (Windows never empties the
    # temporary folder). Real as root without CAP_DAC_OVERRIDE on `tester`'s data (0755 folder, no -wal):
    # `parapp check` twice, a 5 MB parapp-doc-* folder two hours old kept, on main 85fc78c.
    from parapp.store import connect

    from .test_adversarial_round27b import killed_copy_left

    path, temp, left = killed_copy_left(tmp_path, monkeypatch)
    assert not os.path.exists(f"{path}-wal") or os.path.getsize(f"{path}-wal") == 0
    con = connect.private_copy(path)
    con.close()
    assert not left.exists()
    assert list(temp.iterdir()) == []


@pytest.mark.parametrize("how", ["open", "follow"])
def test_no_usable_temporary_folder_is_said_as_that_not_as_the_datas_drive(qapp, tmp_path, monkeypatch, how):
    # Data read through a private copy with a -wal beside it: the copy goes through the system's temporary folder.
    # With none usable (TMPDIR/TEMP gone, /tmp and /var/tmp read-only, the working folder not writable) Python's
    # tempfile raised "No usable temporary directory found" outside the copy's own error handling: `parapp check`
    # and `tasks` said "Không đọc hoặc ghi được ổ đĩa chứa “<the data's folder>” … Hãy kiểm tra ổ đĩa hoặc USB …;
    # “parapp check” cho biết …" of a sound drive (twice, real in a mount namespace, on main 85fc78c), and a
    # read-only window's follower said the data file "không đọc được (có thể đang được chép đè, hoặc ổ đĩa vừa bị
    # ngắt)". The temporary folder is named, as for a full one (round 27B).
    from parapp.store import connect, errors, open_database
    from parapp.store.db import open_readonly

    path = _demo(tmp_path)
    monkeypatch.setattr(connect, "would_leave_side_files", lambda p: True)
    db = open_readonly(path) if how == "follow" else None
    writer = open_database(path)

    def none_usable():
        raise FileNotFoundError(errno.ENOENT, f"No usable temporary directory found in {[str(tmp_path / 'tmp')]}")

    monkeypatch.setattr(tempfile, "gettempdir", none_usable)
    try:
        writer.execute("UPDATE officials SET position = position || '.'")  # in the -wal: a copy through the temp
        if how == "open":
            with pytest.raises(errors.NoRoomToRead) as said:
                open_readonly(path).close()
            assert str(path.parent) not in str(said.value)
        else:
            assert db.read_copy_again() is False
            assert isinstance(db.copy_trouble, errors.NoRoomToRead)
    finally:
        writer.close()
        if db is not None:
            db.close()


_OWNER = """
import sqlite3, sys
con = None
for line in sys.stdin:
    word = line.split()
    if word[0] == "open":
        con = sqlite3.connect(sys.argv[1], isolation_level=None)
        con.execute("PRAGMA journal_mode").fetchall()
    elif word[0] == "done":
        con.execute("UPDATE tasks SET status = 'done', completed_on = '2024-05-20' WHERE id IN "
                    "(SELECT id FROM tasks WHERE status != 'done' LIMIT ?)", (int(word[1]),))
    else:
        con.close()
    print("ok", flush=True)
"""


@pytest.mark.parametrize("look", ["why_read_only", "say_if_writable_now"])
def test_a_read_only_window_keeps_following_once_the_owner_closes_and_reopens_parapp(qapp, tmp_path, monkeypatch,
                                                                                      look):
    # Another account's read-only window on data it may read, opened while the owner's ParApp was at work (its -wal
    # and -shm there: the window reads the file itself and follows PRAGMA data_version). The window then read the
    # file's first bytes with Python's open()/close() (why_read_only's check for other names; a second start asking
    # whether the data can be written now): closing any descriptor of a file drops every POSIX lock the process holds
    # on it, SQLite's too. The owner's ParApp closing then took the file as its only user and removed its -wal and
    # -shm under the window, whose connection went on reading the removed -shm: after the owner's next start and
    # saves the window kept what it read before, for good, its data_version unchanged, nothing said (29 → 32 done,
    # the file 41; real as root without CAP_DAC_OVERRIDE on `tester`'s 0644 file in a 1777 folder, twice, on main
    # 85fc78c).
    import subprocess
    import sys
    import types

    from parapp.store.db import open_readonly
    from parapp.ui import readonly_follow
    from parapp.ui.app import why_read_only

    path = _demo(tmp_path)
    owner = subprocess.Popen([sys.executable, "-c", _OWNER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)

    def say(word):
        owner.stdin.write(word + "\n")
        owner.stdin.flush()
        assert owner.stdout.readline().strip() == "ok"

    count = "SELECT count(*) FROM tasks WHERE status = 'done'"
    db = None
    try:
        say("open")
        db = open_readonly(path)
        assert db.limited is None  # the file itself, beside the owner's ParApp
        db.readonly = True
        before, seen = db.execute(count).fetchone()[0], db.data_version()
        if look == "why_read_only":
            why_read_only(path, db, unlocked=True)
        else:
            monkeypatch.setattr("parapp.ui.widgets.texts.inform", lambda *a: None)
            readonly_follow.say_if_writable_now(types.SimpleNamespace(db=db))
        say("done 2")
        say("close")  # the owner's ParApp closed for the day …
        say("open")   # … and opened the next morning
        say("done 3")
        assert db.data_version() != seen
        assert db.execute(count).fetchone()[0] == before + 5
    finally:
        say("close")
        owner.stdin.close()
        owner.wait(10)
        if db is not None:
            db.close()


def _no_usable_temporary_folder(monkeypatch, tmp_path):
    named = str(tmp_path / "Temp")
    monkeypatch.setenv("TMPDIR", named)

    def none_usable():
        raise FileNotFoundError(errno.ENOENT, f"No usable temporary directory found in {[named]}")

    monkeypatch.setattr(tempfile, "gettempdir", none_usable)
    return named


def test_an_evidence_file_opened_with_no_usable_temporary_folder_is_not_said_gone(tmp_path, monkeypatch):
    # Opening an evidence file (allowed in a read-only window: the task's, a PAR criterion's, a report's signed copy)
    # copies it into this account's temporary folder first. With none usable: "Không mở được tệp “Quyết định.pdf”:
    # không còn thấy tệp hoặc thư mục" — the file is there, sound; the temporary folder is what is missing (twice,
    # on main 85fc78c). Said as that folder, the stored file untouched.
    from parapp.store.evidence_copy import CannotOpen, opening_copy

    stored = tmp_path / "stored"
    stored.write_bytes(b"%PDF-1.4 evidence")
    named = _no_usable_temporary_folder(monkeypatch, tmp_path)
    with pytest.raises(CannotOpen) as said:
        opening_copy(stored, "a" * 64, "Quyết định.pdf")
    text = str(said.value)
    assert named in text and "không còn thấy tệp" not in text.split("(")[0]
    assert stored.read_bytes() == b"%PDF-1.4 evidence"


def test_a_preview_opened_in_the_pdf_viewer_with_no_usable_temporary_folder_is_said(qapp, tmp_path, monkeypatch):
    # Print preview → "Mở bằng trình xem PDF" (the way to print from a read-only window too) writes the PDF into this
    # account's temporary folder. With none usable, the error's own handler asked tempfile for the folder's name
    # again and raised again: "ParApp gặp một lỗi chưa lường trước…" (twice, on main 85fc78c). Said as the folder.
    from parapp.files import CannotWrite
    from parapp.ui.preview import pdf_preview

    named = _no_usable_temporary_folder(monkeypatch, tmp_path)
    raised = []

    def attempt(parent, work, *a, **k):
        try:
            work()
        except Exception as exc:  # noqa: BLE001 - what the window's attempt() would be given
            raised.append(exc)
        return False

    monkeypatch.setattr(pdf_preview, "attempt", attempt, raising=False)
    monkeypatch.setattr("parapp.ui.widgets.operation.attempt", attempt)
    fake = type("Preview", (), {"suggested_name": "bao-cao.pdf", "pdf": b"%PDF-1.4"})()
    pdf_preview.PdfPreview.open_external(fake)
    assert len(raised) == 1 and isinstance(raised[0], CannotWrite) and named in str(raised[0])


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="a second path to one folder: a bind mount")
def test_a_second_start_through_another_path_to_the_same_data_brings_the_window_forward(qapp, tmp_path):
    # The data folder reached by two paths (a bind mount; on Windows a share of the folder mapped as a drive): the
    # window open through one, ParApp started through the other found the folder's lock held, asked the socket named
    # after its own path, heard nobody, and ended silently (exit 0, no window, the open one not brought forward), twice
    # on main 85fc78c. The socket is named after the folder itself.
    import subprocess


    data, other = tmp_path / "data", tmp_path / "other"
    data.mkdir()
    other.mkdir()
    if subprocess.run(["mount", "--bind", str(data), str(other)], capture_output=True).returncode != 0:
        pytest.skip("no bind mount here")
    try:
        assert second_start_brings_forward(data, other)
    finally:
        subprocess.run(["umount", str(other)])


def second_start_brings_forward(first_dir, second_dir) -> bool:
    """A window's single-instance guard on `first_dir`; a second start on `second_dir`: refused, and the first
    brought forward (within 5 s)."""
    from parapp.ui.single_instance import SingleInstance

    from .test_adversarial_round26b import _wait

    first = second = None
    try:
        first = SingleInstance(first_dir)
        assert first.acquire()
        shown = []
        first.activated.connect(lambda: shown.append(True))
        second = SingleInstance(second_dir)
        assert second.acquire() is False
        _wait(lambda: shown, 5)
        return bool(shown)
    finally:
        for one in (second, first):
            if one is not None:
                one.release()

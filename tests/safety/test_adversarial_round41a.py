"""Adversarial round 41A: backups, restores, automatic snapshots, `parapp check`, `repair`, `--out` (helper r41a)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from parapp.cli.main import main

YEAR = dt.date.today().year


@pytest.fixture(scope="module")
def carried(tmp_path_factory):
    """A demo commune with this year's unfinished work carried into next year's plan (made once: copied per test)."""
    folder = tmp_path_factory.mktemp("carried") / "data"
    folder.mkdir()
    db = folder / "parapp.db"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["carry", "--db", str(db), "--year", str(YEAR)]) == 0
    return db


def _copy(carried, tmp_path, name: str = "data"):
    shutil.copytree(carried.parent, tmp_path / name)
    return tmp_path / name / "parapp.db"


def _loosen(db, missing: int = 1058) -> tuple[int, int]:
    """A bit turned on the disk inside a carried task's `carried_to`: (the task, its successor) as they were."""
    con = sqlite3.connect(db)
    try:
        task, successor = con.execute("SELECT id, carried_to FROM tasks WHERE carried_to IS NOT NULL "
                                      "ORDER BY id LIMIT 1").fetchone()
        con.execute("UPDATE tasks SET carried_to = ? WHERE id = ?", [missing, task])  # foreign keys off: as a disk
        con.commit()
    finally:
        con.close()
    return task, successor


def _said(capsys) -> str:
    out = capsys.readouterr()
    return out.out + out.err


def test_a_carried_task_pointing_at_a_row_no_longer_there_is_mended_by_repair(carried, tmp_path, capsys):
    """L3 (left by round 40A): a carried task's `carried_to` pointing at no task (a bit turned on the disk). `check`
    said "1 dòng tham chiếu tới dữ liệu không còn tồn tại", every backup was refused with "hãy khôi phục bản sao lưu
    gần nhất" (every change since that backup lost), and `repair` said "không có chữ nào bị hỏng, không sửa gì". Now
    check and the backup's refusal name `parapp repair`, which empties the link (what removing the successor does),
    after its snapshot; carrying the task again links it to its successor once more; the backup is then made."""
    db = _copy(carried, tmp_path)
    task, successor = _loosen(db)
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    said = _said(capsys)
    assert "parapp repair" in said and "1058" in said, said
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "--db", str(db), "--to", str(usb)]) == 2
    said = _said(capsys)
    assert "parapp repair --db" in said and "khôi phục bản sao lưu gần nhất" not in said, said
    assert main(["repair", "--db", str(db)]) == 0
    said = _said(capsys)
    assert f"Nhiệm vụ số {task}" in said and f"--task {task}" in said and "không sửa gì" not in said, said
    assert "đặt lại đúng như trước" not in said, said
    assert main(["check", "--db", str(db)]) == 0
    # The way back it printed restores (an own snapshot is put back as it was; round 31A's rule)
    snapshot = next((db.parent / "backups" / "auto").glob("*truoc-sua-chu-hong*.db"))
    assert str(snapshot) in said
    assert main(["restore", str(snapshot), "--db", str(db)]) == 0, _said(capsys)
    assert main(["check", "--db", str(db)]) == 1 and "parapp repair" in _said(capsys)
    assert main(["repair", "--db", str(db)]) == 0
    assert main(["carry", "--db", str(db), "--year", str(YEAR), "--task", str(task)]) == 0
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT carried_to FROM tasks WHERE id = ?", [task]).fetchone()[0] == successor
    finally:
        con.close()
    assert main(["backup", "--db", str(db), "--to", str(usb)]) == 0


def test_the_year_report_of_data_with_a_carried_link_pointing_nowhere_is_made(carried, tmp_path, capsys):
    """F1: the same data (a carried task's `carried_to` pointing at no task, before the repair): `parapp report draft
    --period year` of the carried year ended in "Lỗi không mong đợi: 1058" (the window's report page alike). Now the
    report is made; the task reads as carried, as the register shows it."""
    db = _copy(carried, tmp_path)
    _loosen(db)
    capsys.readouterr()
    code = main(["report", "draft", "--db", str(db), "--year", str(YEAR), "--period", "year"])
    said = _said(capsys)
    assert code == 0, said
    assert "Lỗi không mong đợi" not in said and "1058" not in said, said


def test_out_into_another_data_folders_evidence_is_refused(carried, tmp_path, capsys):
    """L2 (left by round 40A): `parapp report pdf --db <data A> --out <data B>/evidence/18/<its PDF evidence file>`
    said "Đã xuất báo cáo", exit 0: B's evidence file (a signed plan's scan) replaced by A's report, B's `check` then
    "Tệp kiểm chứng … đã bị thay đổi hoặc hỏng". Only A's own evidence and backups folders were refused. Now any data
    folder's are: exit 2, nothing written."""
    a, b = _copy(carried, tmp_path, "a"), _copy(carried, tmp_path, "b")
    evidence = next(p for p in sorted((b.parent / "evidence").rglob("*")) if p.is_file()
                    and p.read_bytes().startswith(b"%PDF-"))
    before = evidence.read_bytes()
    (b.parent / "backups" / "auto").mkdir(parents=True)
    capsys.readouterr()
    for out in (evidence, b.parent / "backups" / "auto" / "bao-cao.pdf"):
        code = main(["report", "pdf", "--db", str(a), "--year", str(YEAR), "--period", "year", "--out", str(out)])
        said = _said(capsys)
        assert code == 2, said
        assert "không ghi đè, chưa ghi gì" in said, said
    assert evidence.read_bytes() == before
    assert not (b.parent / "backups" / "auto" / "bao-cao.pdf").exists()


def test_out_over_another_datas_empty_wal_is_refused(carried, tmp_path, capsys):
    """F2: `parapp report pdf --db <data A> --out "<data B>/parapp.db-wal"` (B's WAL, 0 bytes while no change waits in
    it; Explorer shows it as "parapp") said "Đã xuất", exit 0: the report written as B's WAL, which SQLite resets at
    B's next write (the report gone), and, with B open in a window, the changes it commits written to a file no longer
    named so (lost at a power cut). Only A's own side files were refused. Now any database's side file is: exit 2."""
    a, b = _copy(carried, tmp_path, "a"), _copy(carried, tmp_path, "b")
    wal = b.parent / "parapp.db-wal"
    wal.write_bytes(b"")
    capsys.readouterr()
    code = main(["report", "pdf", "--db", str(a), "--year", str(YEAR), "--period", "year", "--out", str(wal)])
    said = _said(capsys)
    assert code == 2, said
    assert "chưa ghi gì" in said and str(b) in said, said
    assert wal.read_bytes() == b""


def test_out_with_a_name_too_long_is_not_sent_to_free_room(carried, capsys, tmp_path):
    """F3: `parapp report pdf --out "<a 300-byte name>.pdf"` (a report's title pasted as the name): "Không ghi được tệp
    …: tên hoặc đường dẫn quá dài. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống": room was never short. Now it says to
    give a shorter name."""
    import errno
    import os

    from parapp import files

    real_stat = os.stat

    def too_long(path, *a, **kw):  # as Linux (255 bytes) and Windows (ERROR_FILENAME_EXCED_RANGE) both say it
        if str(path).endswith("dài.pdf"):
            raise OSError(errno.ENAMETOOLONG, "File name too long", str(path))
        return real_stat(path, *a, **kw)

    capsys.readouterr()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(files.os, "stat", too_long)
        code = main(["report", "pdf", "--db", str(carried), "--year", str(YEAR), "--period", "year",
                     "--out", str(tmp_path / "Báo cáo rất dài.pdf")])
    said = _said(capsys)
    assert code == 2, said
    assert "ngắn hơn" in said and "chỗ trống" not in said, said


def test_a_backup_of_a_snapshot_with_a_carried_link_pointing_nowhere_says_the_way_that_works(carried, tmp_path,
                                                                                             capsys):
    """F4: `parapp backup --db <an automatic snapshot> --to <stick>` (its read-only window's "Sao lưu ra USB…"
    alike), a carried task's link in the snapshot pointing at no task: "… (…; lệnh parapp repair bỏ liên kết đó …) …
    hãy khôi phục bản sao lưu gần nhất còn tốt": repair refuses every snapshot, and the snapshot itself is the way
    back. Now it says to restore the snapshot into the data in use, repair that and back it up, which works."""
    db = _copy(carried, tmp_path)
    task, _ = _loosen(db)
    snaps = db.parent / "backups" / "auto"
    snaps.mkdir(parents=True)
    snap = snaps / "parapp-20261205-080000-dau-ngay-000001.db"
    shutil.copy(db, snap)
    usb = tmp_path / "usb"
    usb.mkdir()
    capsys.readouterr()
    assert main(["backup", "--db", str(snap), "--to", str(usb)]) == 2
    said = _said(capsys)
    assert "khôi phục bản sao lưu gần nhất" not in said and f"repair --db \"{snap}\"" not in said, said
    assert f"parapp restore \"{snap}\" --db" in said and f"dòng {task}" in said, said
    assert main(["restore", str(snap), "--db", str(db)]) == 0
    assert main(["repair", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db), "--to", str(usb)]) == 0


def test_marking_done_a_task_carried_to_a_task_no_longer_there_names_the_repair(carried, tmp_path):
    """F6: the same data: "Đánh dấu hoàn thành" on the carried task opened the form of task 1058 ("Không tìm thấy
    nhiệm vụ số 1058"), and saving it done refused with "hãy ghi hoàn thành … ở nhiệm vụ số 1058", a task that is not
    there. Now the form is the task's own, and the refusal names the repair that empties the link."""
    from parapp.core.messages import ValidationError
    from parapp.store import open_database, tasks
    from parapp.store.carrying import successor_of

    db_path = _copy(carried, tmp_path)
    task, _ = _loosen(db_path)
    db = open_database(db_path)
    try:
        assert successor_of(db, task) is None
        with pytest.raises(ValidationError) as refused:
            tasks.update_task(db, task, {"status": "done", "completed_on": dt.date(YEAR, 1, 15)})
    finally:
        db.close()
    said = str(refused.value.message)
    assert "parapp repair" in said and "ở nhiệm vụ số 1058" not in said, said

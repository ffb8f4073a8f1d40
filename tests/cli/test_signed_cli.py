"""A finalised report goes out, signed, and comes back verified; a tampered or foreign file is
refused; the list of what is still to send is right; all of it survives a backup restored on
another PC. Through the command line, as the office's records clerk would use it."""

import datetime as dt
import json
import sqlite3

import pytest

from tests import signing

from .test_cli import run

YEAR = "2024"
FINALISED = dt.date(2024, 3, 16)


def rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """A commune whose Q1 and 6-month reports are finalised, each exported for signing."""
    from parapp.services.reporting import finalize_report
    from parapp.store import open_database, report_records, settings, tasks
    from parapp.store.periods import find_period

    folder = tmp_path_factory.mktemp("pc1") / "Dữ liệu #1 (100%)"
    folder.mkdir()
    db = folder / "parapp.db"
    ws = open_database(db)
    settings.save_settings(ws, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang",
                                                        place_name="Ba Giang", chairman="Phạm Văn Thật"))
    tasks.create_task(ws, {"content": "Rà soát văn bản QPPL", "deadline_text": "10/3/2024"}, dt.date(2024, 1, 5))
    for kind in ("q1", "h1"):
        _, rid = report_records.draft_for_period(ws, find_period(ws, kind, 2024), FINALISED, save=True)
        finalize_report(ws, rid, FINALISED)
    ws.close()
    pdfs = {}
    for kind in ("q1", "h1"):
        out = folder / f"Báo cáo {kind} để ký.pdf"
        assert run("report", "pdf", "--db", db, "--period", kind, "--year", YEAR, "--out", out).returncode == 0
        pdfs[kind] = out.read_bytes()
    return db, pdfs


@pytest.fixture(scope="module")
def chairman():
    return signing.make_signer("Phạm Văn Thật")


def test_signed_copy_round_trip_refusals_sending_and_another_pc(office, chairman, tmp_path):
    db, pdfs = office
    # the report's year list before: finalised, waiting
    before = {x["kind"]: x for x in json.loads(run("reports", "--db", db, "--year", YEAR, "--json").stdout)}
    assert [(k, x["state"], x["signed_by"]) for k, x in before.items()] == [("q1", "final", None),
                                                                            ("h1", "final", None)]

    # refusals: exit 2, the reason, nothing stored
    signed = signing.sign(pdfs["q1"], chairman)
    tampered = signed.replace(b"ReportLab PDF Library", b"ReportLab PDF LibrarY", 1)
    foreign = signing.sign(pdfs["h1"], chairman)
    cases = {"chưa ký.pdf": (pdfs["q1"], "không có chữ ký số"),
             "đã sửa.pdf": (tampered, "đã bị thay đổi sau khi ký"),
             "của kỳ khác.pdf": (foreign, "không phải của báo cáo đã chọn")}
    for name, (data, reason) in cases.items():
        f = tmp_path / name
        f.write_bytes(data)
        r = run("report", "signed", "--db", db, "--period", "q1", "--year", YEAR, f)
        assert r.returncode == 2 and reason in r.stderr and "Traceback" not in r.stderr, (name, r.stderr)
    r = run("report", "signed", "--db", db, "--period", "9m", "--year", YEAR, tmp_path / "chưa ký.pdf")
    assert r.returncode == 2 and "chưa được chốt" in r.stderr
    assert rows(db, "SELECT COUNT(*) FROM signed_copies") == [(0,)]
    assert not (db.parent / "evidence").exists()

    # the signed copy comes home, with the seal and the number appended by the e-office
    f = tmp_path / "Báo cáo quý I (đã ký số).pdf"
    f.write_bytes(signing.stamp_number(signed, "Số: 15/BC-UBND"))
    r = run("report", "signed", "--db", db, "--period", "q1", "--year", YEAR, f)
    assert r.returncode == 0, r.stderr
    assert "Phạm Văn Thật" in r.stdout and "ký lúc" in r.stdout and "chưa xác minh" in r.stdout
    listing = {x["kind"]: x for x in json.loads(run("reports", "--db", db, "--year", YEAR, "--json").stdout)}
    assert (listing["q1"]["state"], listing["q1"]["signed_by"]) == ("signed", "Phạm Văn Thật")
    assert listing["q1"]["signed_at"] and listing["h1"]["state"] == "final"

    # the 6-month report signed in ink, stamped and scanned
    scan = tmp_path / "quét.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 scanned paper")
    r = run("report", "signed", "--scan", "--db", db, "--period", "h1", "--year", YEAR, scan)
    assert r.returncode == 0 and "bản quét" in r.stdout, r.stderr

    # sent under the number the system gave it; a day before it was finalised is refused
    r = run("report", "sent", "--db", db, "--period", "q1", "--year", YEAR, "--on", "15/03/2024", "--number", "15")
    assert r.returncode == 2 and "trước ngày chốt" in r.stderr
    r = run("report", "sent", "--db", db, "--period", "q1", "--year", YEAR, "--on", "18/03/2024", "--number",
            "15/BC-UBND")
    assert r.returncode == 0, r.stderr
    after = {x["kind"]: x for x in json.loads(run("reports", "--db", db, "--year", YEAR, "--json").stdout)}
    assert [(k, x["state"], x["number"], x["sent_on"], x["signed_by"]) for k, x in after.items()] == [
        ("q1", "sent", "15/BC-UBND", "2024-03-18", "Phạm Văn Thật"), ("h1", "signed", None, None, "Phạm Văn Thật")]
    text = run("reports", "--db", db, "--year", YEAR).stdout
    assert "đã gửi" in text and "15/BC-UBND" in text and "chờ gửi" in text

    # check verifies the kept file
    assert run("check", "--db", db).returncode == 0
    digest = rows(db, "SELECT sha256 FROM signed_copies WHERE kind = 'digital'")[0][0]
    kept = db.parent / "evidence" / digest[:2] / digest
    original = kept.read_bytes()
    kept.chmod(0o644)
    kept.write_bytes(original + b"%")
    r = run("check", "--db", db)
    assert r.returncode == 1 and "bản đã ký" in r.stdout
    kept.write_bytes(original)

    # a backup restored on another PC
    usb = tmp_path / "USB"
    usb.mkdir()
    assert run("backup", "--db", db, "--to", usb).returncode == 0
    backup = next(usb.glob("*.parapp-backup"))
    import zipfile

    with zipfile.ZipFile(backup) as z:
        assert f"evidence/{kept.name[:2]}/{kept.name}" in json.loads(z.read("manifest.json"))["members"]
    pc2 = tmp_path / "Máy thứ hai #2" / "parapp.db"
    pc2.parent.mkdir()
    r = run("restore", backup, "--db", pc2)
    assert r.returncode == 0, r.stderr
    assert run("check", "--db", pc2).returncode == 0
    assert (pc2.parent / "evidence" / kept.name[:2] / kept.name).read_bytes() == original
    there = json.loads(run("reports", "--db", pc2, "--year", YEAR, "--json").stdout)
    assert there == json.loads(run("reports", "--db", db, "--year", YEAR, "--json").stdout)
    # and it goes on there: the same signed copy is recognised, a foreign one still refused
    again = tmp_path / "lại.pdf"
    again.write_bytes(f.read_bytes())
    r = run("report", "signed", "--db", pc2, "--period", "q1", "--year", YEAR, again)
    assert r.returncode == 0 and "đã là bản ký số" in r.stdout, r.stderr
    r = run("report", "signed", "--db", pc2, "--period", "q1", "--year", YEAR, tmp_path / "của kỳ khác.pdf")
    assert r.returncode == 2


def test_finalize_with_a_number_needs_the_office_to_number_its_documents(tmp_path):
    from parapp.store import open_database, report_records, settings
    from parapp.store.periods import find_period

    db = tmp_path / "parapp.db"
    ws = open_database(db)
    settings.save_settings(ws, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang",
                                                        place_name="Ba Giang"))
    report_records.draft_for_period(ws, find_period(ws, "q1", 2024), FINALISED, save=True)
    ws.close()
    r = run("report", "finalize", "--db", db, "--period", "q1", "--year", YEAR, "--number", "15")
    assert r.returncode == 2 and "hệ thống quản lý văn bản" in r.stderr
    assert rows(db, "SELECT state FROM reports") == [("draft",)]

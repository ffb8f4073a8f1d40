"""The signed copy comes home: accepted only when its first revision is ParApp's PDF of that
finalised report and every signature in it is intact; refused with the reason otherwise, storing
nothing. Signed with certificates the tests make (tests/signing.py)."""

import datetime as dt
import io

import pytest

from parapp.core.messages import ParAppError
from parapp.pdf.signed_pdf import FIRST_CHANGED, NO_SIGNATURE, NOT_THIS_REPORT, OTHER_REPORT, TAMPERED, \
    SignedPdfRefused
from parapp.services import delivery
from parapp.services.printing import report_pdf
from parapp.services.reporting import finalize_report
from parapp.store import officials, report_records, settings, signed_copies, tasks
from parapp.store.evidence import stored_path
from parapp.store.periods import find_period
from tests import signing

TODAY = dt.date(2024, 3, 16)


@pytest.fixture(scope="module")
def root():
    return signing.make_root()


@pytest.fixture(scope="module")
def chairman(root):
    return signing.make_signer("Phạm Văn Thật", root)


@pytest.fixture
def office(db):
    settings.save_settings(db, settings.CommuneSettings(
        commune_name="Ủy ban nhân dân xã Ba Giang", superior_body="Ủy ban nhân dân huyện Ba Tơ",
        place_name="Ba Giang", chairman="Phạm Văn Thật"))
    an = officials.add_official(db, {"full_name": "Nguyễn Văn An", "position": "Công chức Tư pháp – Hộ tịch"})
    tasks.create_task(db, {"content": "Rà soát văn bản QPPL", "par_code": "2.3", "lead_official_id": an,
                           "deadline_text": "10/3/2024", "status": "in_progress"}, dt.date(2024, 1, 5))
    for kind in ("q1", "h1"):
        _, rid = report_records.draft_for_period(db, find_period(db, kind, 2024), TODAY, save=True)
        finalize_report(db, rid, TODAY)
    return db


def pdf_of(db, kind="q1") -> bytes:
    return report_pdf(db, kind, 2024, TODAY).pdf


def put(tmp_path, data: bytes, name="Báo cáo quý I đã ký #1 (100%).pdf"):
    f = tmp_path / "tải về" / name
    f.parent.mkdir(exist_ok=True)
    f.write_bytes(data)
    return f


def nothing_stored(db):
    return db.execute("SELECT COUNT(*) FROM signed_copies").fetchone()[0] == 0 and \
        not (db.data_dir / "evidence").exists()


def test_a_signed_copy_comes_home_verified(office, chairman, tmp_path):
    db = office
    signed = signing.sign(pdf_of(db), chairman)
    a = delivery.attach_signed(db, db.data_dir, "q1", 2024, put(tmp_path, signed))
    assert [s.signer for s in a.signatures] == ["Phạm Văn Thật"]
    assert a.signatures[0].signed_at and not a.signatures[0].chain_known  # no root installed: said, not required
    assert (a.copy.kind, a.copy.signed_by, a.copy.chain_known) == ("digital", "Phạm Văn Thật", False)
    assert stored_path(db.data_dir, a.copy.sha256).read_bytes() == signed  # kept under its hash, like evidence
    st = [s for s in delivery.year_reports(db, 2024, TODAY) if s.period.kind.value == "q1"][0]
    j = delivery.status_json(st)
    assert (j["state"], j["signed_by"], j["number"], j["sent_on"]) == ("signed", "Phạm Văn Thật", None, None)
    assert j["signed_at"] == a.copy.signed_at
    # the same file again adds nothing
    again = delivery.attach_signed(db, db.data_dir, "q1", 2024, put(tmp_path, signed))
    assert again.already and db.execute("SELECT COUNT(*) FROM signed_copies").fetchone()[0] == 1


def test_the_chain_is_known_only_with_a_root_the_office_installed(office, chairman, tmp_path):
    db = office
    signed = signing.sign(pdf_of(db), chairman)
    folder = delivery.trust_dir(db.data_dir)
    folder.mkdir()
    (folder / "Another CA.cer").write_bytes(signing.make_signer("X").pem())
    (folder / "ghi chu.txt").write_text("not a certificate")
    assert not delivery.attach_signed(db, db.data_dir, "q1", 2024, put(tmp_path, signed)).copy.chain_known
    (folder / "VGCA root.crt").write_bytes(chairman.pem())
    a = delivery.attach_signed(db, db.data_dir, "q1", 2024, put(tmp_path, signed))
    assert a.copy.chain_known and a.signatures[0].chain_known and not a.already  # the newly known chain recorded


def test_later_revisions_a_signing_tool_appends_are_accepted(office, chairman, root, tmp_path):
    db = office
    stamped = signing.stamp_number(signing.sign(pdf_of(db), chairman))   # the number and date, after signing
    sealed = signing.sign(stamped, signing.make_signer("Ủy ban nhân dân xã Ba Giang", root), field="Seal")
    a = delivery.attach_signed(db, db.data_dir, "q1", 2024, put(tmp_path, sealed))
    assert [s.signer for s in a.signatures] == ["Phạm Văn Thật", "Ủy ban nhân dân xã Ba Giang"]
    assert a.copy.signed_by == "Phạm Văn Thật"  # the person who signed first, not the organisation's seal


def _resaved(data: bytes) -> bytes:
    import pypdf

    w = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


@pytest.mark.parametrize("case", ["unsigned", "tampered", "other_report", "signed_draft", "content_changed_then_signed",
                                  "content_changed_after_signing", "rewritten", "not_a_pdf"])
def test_refused_with_the_reason_and_nothing_stored(office, chairman, tmp_path, case):
    db = office
    pdf = pdf_of(db)
    signed = signing.sign(pdf, chairman)
    if case == "unsigned":
        data, reason = pdf, NO_SIGNATURE
    elif case == "tampered":
        i = signed.index(b"ReportLab PDF Library")  # inside the first revision, under the signature
        data, reason = signed[:i] + b"X" + signed[i + 1:], TAMPERED
    elif case == "other_report":
        data, reason = signing.sign(pdf_of(db, "h1"), chairman), OTHER_REPORT
    elif case == "signed_draft":  # the draft of a period not finalised: not ParApp's PDF of this report
        data, reason = signing.sign(report_pdf(db, "9m", 2024, TODAY).pdf, chairman), NOT_THIS_REPORT
    elif case == "content_changed_then_signed":
        data, reason = signing.sign(signing.replace_page_text(pdf, b"14 Tf", b"20 Tf"), chairman), FIRST_CHANGED
    elif case == "content_changed_after_signing":
        data, reason = signing.replace_page_text(signed, b"14 Tf", b"20 Tf"), FIRST_CHANGED
    elif case == "rewritten":
        data, reason = _resaved(signed), None
    else:
        data, reason = b"PK\x03\x04 a Word file", None
    with pytest.raises(ParAppError) as e:
        delivery.attach_signed(db, db.data_dir, "q1", 2024, put(tmp_path, data))
    if reason:
        assert isinstance(e.value, SignedPdfRefused) and e.value.reason == reason
    if case == "other_report":
        assert "6 tháng đầu năm 2024" in e.value.message
    if case == "rewritten":
        assert getattr(e.value, "reason", "") in (NOT_THIS_REPORT, TAMPERED)
    assert nothing_stored(db)


def test_a_report_not_finalised_is_refused(office, chairman, tmp_path):
    db = office
    f = put(tmp_path, signing.sign(pdf_of(db), chairman))
    with pytest.raises(delivery.NotFinal) as e:
        delivery.attach_signed(db, db.data_dir, "9m", 2024, f)
    assert "chưa được chốt" in e.value.message
    with pytest.raises(delivery.NotFinal):
        delivery.attach_scan(db, db.data_dir, "9m", 2024, f)
    assert nothing_stored(db)


def test_settings_changed_after_finalising_do_not_break_the_check(office, chairman, tmp_path):
    db = office
    signed = signing.sign(pdf_of(db), chairman)
    s = settings.load_settings(db)
    s.chairman, s.place_name, s.numbering = "Chủ tịch mới", "Nơi khác", "office"
    settings.save_settings(db, s)
    assert delivery.attach_signed(db, db.data_dir, "q1", 2024, put(tmp_path, signed)).copy.kind == "digital"


def test_a_report_finalised_before_pdfs_were_hashed_is_checked_against_its_reprint(db, chairman, tmp_path):
    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang",
                                                        place_name="Ba Giang", chairman="Phạm Văn Thật"))
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    report_records.finalize(db, rid, TODAY, font="Liberation Serif")  # as schema 7 finalised: no options, no hash
    signed = signing.sign(pdf_of(db), chairman)
    assert delivery.attach_signed(db, db.data_dir, "q1", 2024, put(tmp_path, signed)).copy.signed_by


def test_a_scan_is_kept_as_a_scan_without_a_digital_check(office, tmp_path):
    db = office
    scan = put(tmp_path, b"\xff\xd8\xff\xe0 JPEG of the signed paper", "Báo cáo quý I (bản quét).jpg")
    a = delivery.attach_scan(db, db.data_dir, "q1", 2024, scan)
    assert (a.copy.kind, a.copy.signed_by, a.copy.signed_at, a.copy.chain_known) == \
        ("scan", "Phạm Văn Thật", None, None)
    assert delivery.status_json(report_records.period_statuses(db, [find_period(db, "q1", 2024)], TODAY)[0])["state"] \
        == "signed"
    with pytest.raises(ParAppError) as e:
        delivery.attach_scan(db, db.data_dir, "q1", 2024, put(tmp_path, b"PK\x03\x04", "báo cáo.docx"))
    assert "không phải bản quét" in e.value.message


def test_sent_and_what_is_still_to_send(office, chairman, tmp_path):
    db = office
    waiting = delivery.awaiting(db, TODAY)
    assert [(s.period.kind.value, s.state) for s in waiting] == [("q1", "final"), ("h1", "final")]
    delivery.attach_signed(db, db.data_dir, "q1", 2024, put(tmp_path, signing.sign(pdf_of(db), chairman)))
    assert [s.state for s in delivery.awaiting(db, TODAY)] == ["signed", "final"]
    for bad in (dt.date(2024, 3, 17), dt.date(2024, 3, 15)):  # tomorrow; before it was finalised
        with pytest.raises(ParAppError):
            delivery.record_sent(db, "q1", 2024, bad, TODAY, "39")
    with pytest.raises(ParAppError):
        delivery.record_sent(db, "q1", 2024, TODAY, TODAY, "ba mươi chín")
    rec = delivery.record_sent(db, "q1", 2024, TODAY, TODAY, "39", "Hệ thống quản lý văn bản và điều hành")
    assert (rec.sent_on, rec.sent_number) == (TODAY, "39/BC-UBND")
    assert [s.period.kind.value for s in delivery.awaiting(db, TODAY)] == ["h1"]
    j = [delivery.status_json(s) for s in delivery.year_reports(db, 2024, TODAY)]
    assert [(x["kind"], x["state"], x["number"], x["sent_on"]) for x in j] == \
        [("q1", "sent", "39/BC-UBND", "2024-03-16"), ("h1", "final", None, None)]
    assert set(j[0]) >= {"kind", "year", "state", "number", "signed_by", "signed_at", "sent_on"}


def test_where_the_office_numbered_it_it_is_sent_under_that_number(db):
    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang",
                                                        place_name="Ba Giang", numbering="office"))
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    finalize_report(db, rid, TODAY, number="5")
    with pytest.raises(ParAppError) as e:
        delivery.record_sent(db, "q1", 2024, TODAY, TODAY, "6/BC-UBND")
    assert "05/BC-UBND" in e.value.message
    assert delivery.record_sent(db, "q1", 2024, TODAY, TODAY).sent_number == "05/BC-UBND"


def test_a_finalised_reports_print_options_and_pdf_hash_are_frozen(office):
    import sqlite3

    db = office
    rid = report_records.latest(db, "q1", 2024, state="final").id
    for col, value in (("print_options", "{}"), ("pdf_sha256", "0" * 64), ("pdf_size", 1)):
        with pytest.raises(sqlite3.DatabaseError, match="frozen"):
            db.execute(f"UPDATE reports SET {col} = ? WHERE id = ?", [value, rid])
    copy = signed_copies.add(db, db.data_dir, rid, _scan(db), signed_copies.SCAN)
    with pytest.raises(sqlite3.DatabaseError, match="kept"):
        db.execute("UPDATE signed_copies SET signed_by = 'x' WHERE id = ?", [copy.id])
    with pytest.raises(sqlite3.DatabaseError, match="kept"):
        db.execute("DELETE FROM signed_copies WHERE id = ?", [copy.id])


def _scan(db):
    f = db.data_dir / "scan.png"
    f.write_bytes(b"\x89PNG\r\n\x1a\n")
    return f


def test_any_change_to_a_signed_copy_is_refused_in_words_never_accepted(db, chairman):
    """Hypothesis: a byte changed, inserted or cut anywhere in a signed copy is refused with a reason
    (SignedPdfRefused), never accepted and never an unexpected error."""
    import hashlib

    from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

    from parapp.pdf.signed_pdf import Expected, check_signed
    from parapp.pdf.fonts import bundled
    from parapp.pdf.report_pdf import render_report
    from tests.pdf.conftest import make_draft
    from parapp.document.options import PrintOptions

    pdf = render_report(make_draft(2, 3), PrintOptions("Ủy ban nhân dân xã Ba Giang", "Ba Giang", "Phạm Văn Thật",
                                                       month_year=(3, 2024)), bundled(), TODAY)
    signed = signing.sign(pdf, chairman)
    expected = Expected(hashlib.sha256(pdf).hexdigest(), len(pdf))
    assert check_signed(signed, expected)

    @hsettings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(at=st.integers(0, len(signed) - 1), op=st.sampled_from(["flip", "insert", "cut"]), byte=st.integers(0, 255))
    def mutated(at, op, byte):
        if op == "flip":
            data = signed[:at] + bytes([signed[at] ^ (byte or 1)]) + signed[at + 1:]
        elif op == "insert":
            data = signed[:at] + bytes([byte]) + signed[at:]
        else:
            data = signed[:at] + signed[at + 1:]
        try:
            check_signed(data, expected)
        except SignedPdfRefused as exc:
            assert exc.message
        else:
            # Only a change outside what anything covers may pass: the padding of the signature's
            # /Contents hex string, whose zeros are not signed and carry nothing.
            sig_start = signed.index(b"/Contents <", len(pdf))
            sig_end = signed.index(b">", sig_start)
            assert sig_start <= at <= sig_end and op == "flip", (at, op)

    mutated()


def test_on_another_pc_without_the_font_it_was_finalised_with_the_signed_copy_still_checks(db, chairman, tmp_path,
                                                                                            monkeypatch):
    """Finalised where Times New Roman is installed; attached on a PC without it, which cannot re-print it:
    the PDF's hash kept at finalising is what the signed copy is checked against."""
    from parapp.pdf import fonts

    tnr = tmp_path / "Fonts"
    tnr.mkdir()
    for style, name in (("Regular", "times.ttf"), ("Bold", "timesbd.ttf"), ("Italic", "timesi.ttf"),
                        ("BoldItalic", "timesbi.ttf")):
        (tnr / name).write_bytes(fonts.asset("fonts", f"LiberationSerif-{style}.ttf").read_bytes())
    monkeypatch.setenv(fonts.FONT_DIRS_ENV, str(tnr))
    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang",
                                                        place_name="Ba Giang", chairman="Phạm Văn Thật"))
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    finalize_report(db, rid, TODAY)
    signed = signing.sign(pdf_of(db), chairman)
    monkeypatch.setenv(fonts.FONT_DIRS_ENV, "")  # the other PC
    with pytest.raises(fonts.FontUnavailable):
        pdf_of(db)
    assert delivery.attach_signed(db, db.data_dir, "q1", 2024, put(tmp_path, signed)).copy.kind == "digital"

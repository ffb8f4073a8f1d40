"""The reports page after finalising: each report's state, what is still to send at the top, the
signed copy attached (checked, or as a scan when it has no signature), and the number the clerk
gives where the office numbers its documents."""

import datetime as dt

import pytest

from parapp.services.printing import report_pdf
from parapp.services.reporting import finalize_report
from parapp.store import report_records, settings
from parapp.store.periods import find_period
from tests import signing

TODAY = dt.date(2024, 3, 16)


@pytest.fixture
def said(monkeypatch, errors):
    out = {"error": errors, "info": [], "asked": []}
    monkeypatch.setattr("parapp.ui.reports.report_delivery.inform", lambda p, t, m: out["info"].append(m))
    return out


@pytest.fixture
def page(qtbot, ui_db):
    from parapp.ui.reports.reports_page import ReportsPage

    p = ReportsPage(ui_db, TODAY)
    qtbot.addWidget(p)
    return p


def finalise(db, kind="q1"):
    _, rid = report_records.draft_for_period(db, find_period(db, kind, 2024), TODAY, save=True)
    finalize_report(db, rid, TODAY)
    return rid


def test_states_and_what_is_still_to_send(page, ui_db, said, tmp_path):
    assert page.awaiting.text() == "Chờ gửi: không có báo cáo đã chốt nào chưa gửi."
    finalise(ui_db)
    page.reload()
    assert page.model.data(page.model.index(0, 4)) == "Đã chốt"
    assert page.awaiting.text() == "Chờ gửi (1): Quý I năm 2024 – hạn 20/03/2024, còn 4 ngày (chưa gắn bản đã ký)"
    page.table.selectRow(0)
    signed = tmp_path / "Báo cáo quý I đã ký.pdf"
    signed.write_bytes(signing.sign(report_pdf(ui_db, "q1", 2024, TODAY).pdf, signing.make_signer("Nguyễn Văn A")))
    from parapp.ui.reports.report_delivery import attach_signed_copy

    assert attach_signed_copy(page, ui_db, page.current(), str(signed))
    assert "Nguyễn Văn A, ký lúc" in said["info"][-1] and "chung-thu-goc" in said["info"][-1]
    page.reload()
    assert page.model.data(page.model.index(0, 4)) == "Đã ký số (Nguyễn Văn A)"
    assert "Quý I năm 2024" in page.awaiting.text() and "(đã ký)" in page.awaiting.text()


def test_a_file_with_no_signature_may_go_in_as_a_scan(page, ui_db, said, tmp_path, monkeypatch):
    finalise(ui_db)
    page.reload()
    page.table.selectRow(0)
    scan = tmp_path / "quét.pdf"
    scan.write_bytes(report_pdf(ui_db, "q1", 2024, TODAY).pdf)  # printed, signed in ink, scanned to PDF
    from parapp.ui.reports.report_delivery import attach_signed_copy

    monkeypatch.setattr("parapp.ui.reports.report_delivery.ask_yes_no", lambda *a: False)
    assert not attach_signed_copy(page, ui_db, page.current(), str(scan))
    assert ui_db.execute("SELECT COUNT(*) FROM signed_copies").fetchone()[0] == 0
    monkeypatch.setattr("parapp.ui.reports.report_delivery.ask_yes_no", lambda *a: True)
    assert attach_signed_copy(page, ui_db, page.current(), str(scan))
    page.reload()
    assert page.model.data(page.model.index(0, 4)) == "Đã ký (bản quét)"


def test_a_foreign_signed_file_is_refused_in_words(page, ui_db, said, tmp_path):
    finalise(ui_db, "q1")
    finalise(ui_db, "h1")
    page.reload()
    page.table.selectRow(0)
    other = tmp_path / "khác.pdf"
    other.write_bytes(signing.sign(report_pdf(ui_db, "h1", 2024, TODAY).pdf, signing.make_signer("B")))
    from parapp.ui.reports.report_delivery import attach_signed_copy

    assert not attach_signed_copy(page, ui_db, page.current(), str(other))
    assert "6 tháng đầu năm 2024" in said["error"][-1]


def test_where_the_office_numbers_documents_finalising_asks_the_number(page, ui_db, said, monkeypatch):
    s = settings.load_settings(ui_db)
    s.numbering = "office"
    settings.save_settings(ui_db, s)
    report_records.draft_for_period(ui_db, find_period(ui_db, "q1", 2024), TODAY, save=True)
    page.reload()
    page.table.selectRow(0)
    monkeypatch.setattr("parapp.ui.reports.reports_page.ask_yes_no", lambda *a: True)
    monkeypatch.setattr("parapp.ui.reports.report_delivery.QInputDialog.exec", lambda self: 1)
    monkeypatch.setattr("parapp.ui.reports.report_delivery.QInputDialog.textValue", lambda self: " 15 ")
    page.finalize()
    assert report_records.latest(ui_db, "q1", 2024, state="final").number == "15/BC-UBND"
    assert page.model.data(page.model.index(0, 6)) == "15/BC-UBND"


def test_choosing_the_signed_copy_starts_where_the_pdf_to_sign_was_saved(page, ui_db, said, tmp_path, monkeypatch):
    # Round 33E left it: "Gắn bản đã ký…" opened in the folder evidence files came from, not where "Lưu PDF…" had just
    # saved the report the signing tool signs (and saves the signed copy beside).
    from parapp.ui.reports.report_delivery import attach_signed_copy
    from parapp.ui.widgets import file_dialogs

    finalise(ui_db)
    page.reload()
    page.table.selectRow(0)
    saved_pdf, evidence = tmp_path / "Báo cáo #1", tmp_path / "Minh chứng"
    saved_pdf.mkdir()
    evidence.mkdir()
    file_dialogs.remember(file_dialogs.DOCUMENTS, saved_pdf / "Báo cáo quý I.pdf")
    file_dialogs.remember(file_dialogs.EVIDENCE, evidence / "ảnh.jpg")
    started = []
    monkeypatch.setattr(file_dialogs, "ask_open",
                        lambda parent, title, filters="", purpose=file_dialogs.DOCUMENTS:
                        started.append(file_dialogs.start_folder(purpose)))
    assert not attach_signed_copy(page, ui_db, page.current())  # the dialog cancelled: nothing attached
    assert started == [saved_pdf]

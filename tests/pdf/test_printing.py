import datetime as dt
import hashlib
import io

import pdfplumber
import pytest

from parapp.core.messages import ParAppError
from parapp.pdf import fonts
from parapp.services.reporting import finalize_report
from parapp.services.printing import plan_pdf, report_pdf
from parapp.store import officials, plans, report_records, settings, tasks
from parapp.store.periods import find_period

TODAY = dt.date(2024, 3, 16)


@pytest.fixture
def commune(db):
    settings.save_settings(db, settings.CommuneSettings(
        commune_name="Ủy ban nhân dân xã Ba Giang", superior_body="Ủy ban nhân dân huyện Ba Tơ",
        place_name="Ba Giang", chairman="Phạm Văn Thật"))
    an = officials.add_official(db, {"full_name": "Nguyễn Văn An", "position": "Công chức Tư pháp – Hộ tịch"})
    plan = plans.add_plan(db, {"number": "05/KH-UBND", "title": "Kế hoạch CCHC năm 2024", "year": 2024,
                               "issued_on": "08/01/2024"})
    tasks.create_task(db, {"plan_id": plan, "content": "Rà soát văn bản QPPL", "par_code": "2.3",
                           "lead_official_id": an, "deadline_text": "10/3/2024", "status": "in_progress"},
                      dt.date(2024, 1, 5))
    return db, plan


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join(p.extract_text().split()) for p in doc.pages)


def test_fresh_draft_then_saved_draft_then_final(commune):
    db, _ = commune
    p = report_pdf(db, "q1", 2024, TODAY)
    assert p.source == "fresh" and p.font == "Liberation Serif"
    text = text_of(p.pdf)
    assert "Kính gửi: Ủy ban nhân dân huyện Ba Tơ." in text
    assert "Rà soát văn bản QPPL" in text
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    assert report_pdf(db, "q1", 2024, TODAY).source == "draft"
    finalize_report(db, rid, TODAY)
    assert report_records.report_font(db, rid) == "Liberation Serif"  # fixed when it was finalised
    final = report_pdf(db, "q1", 2024, TODAY)
    assert final.source == "final"
    # By default the document system numbers and dates it at issuing: both left blank for it.
    text = text_of(final.pdf)
    assert "Số: /BC-UBND" in text and "Ba Giang, ngày tháng 3 năm 2024" in text
    rec = report_records.get_report(db, rid)
    assert (rec.pdf_sha256, rec.pdf_size) == (hashlib.sha256(final.pdf).hexdigest(), len(final.pdf))
    # Sent under the number the system gave: the PDF that was signed stays what it was.
    report_records.mark_sent(db, rid, TODAY, "Thư điện tử công vụ", "15/BC-UBND")
    assert report_pdf(db, "q1", 2024, TODAY).pdf == final.pdf
    # the register and the settings change; the finalised report re-prints to the same bytes
    tasks.create_task(db, {"content": "Nhiệm vụ mới sau khi chốt", "deadline_text": "1/3/2024"}, TODAY)
    s = settings.load_settings(db)
    s.chairman, s.report_cc = "Chủ tịch mới", ["Văn phòng HĐND và UBND huyện"]
    settings.save_settings(db, s)
    assert report_pdf(db, "q1", 2024, dt.date(2024, 12, 1)).pdf == final.pdf
    assert "Phạm Văn Thật" in text_of(final.pdf)  # who was chairman when it was finalised


def test_where_the_office_numbers_documents_the_number_and_day_are_printed(commune):
    db, _ = commune
    s = settings.load_settings(db)
    s.numbering = "office"
    settings.save_settings(db, s)
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    finalize_report(db, rid, TODAY, number="15")
    text = text_of(report_pdf(db, "q1", 2024, TODAY).pdf)
    assert "Số: 15/BC-UBND" in text and "Ba Giang, ngày 16 tháng 3 năm 2024" in text
    assert "(Kèm theo Báo cáo số 15/BC-UBND ngày 16 tháng 3 năm 2024 của UBND xã Ba Giang)" in text
    assert report_records.get_report(db, rid).number == "15/BC-UBND"


def test_a_number_where_the_system_numbers_or_not_a_number_is_refused(commune):
    db, _ = commune
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    with pytest.raises(ParAppError) as e:
        finalize_report(db, rid, TODAY, number="15")
    assert "hệ thống quản lý văn bản" in e.value.message
    s = settings.load_settings(db)
    s.numbering = "office"
    settings.save_settings(db, s)
    with pytest.raises(ParAppError) as e:
        finalize_report(db, rid, TODAY, number="mười lăm")
    assert "không phải số văn bản" in e.value.message
    assert not report_records.get_report(db, rid).is_final  # nothing frozen


def test_the_pdf_carries_its_properties_every_font_embedded_and_no_encryption(commune):
    import pypdf

    db, _ = commune
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    finalize_report(db, rid, TODAY)
    pdf = report_pdf(db, "q1", 2024, TODAY).pdf
    r = pypdf.PdfReader(io.BytesIO(pdf))
    assert not r.is_encrypted
    meta = r.metadata
    assert meta.title == "Báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2024"
    assert meta.author == "Ủy ban nhân dân xã Ba Giang"
    assert meta.subject == "Kết quả thực hiện công tác cải cách hành chính quý I năm 2024"
    assert meta["/Keywords"] == "Báo cáo; cải cách hành chính; CCHC; quý I năm 2024; UBND xã Ba Giang; BC-UBND"
    fonts_seen = set()
    for page in r.pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts_seen.add(f["/BaseFont"])
            desc = f.get("/FontDescriptor") or f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            desc = desc.get_object()
            assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), f["/BaseFont"]
    assert fonts_seen and not any("Helvetica" in str(x) for x in fonts_seen)


def test_reprint_needs_the_recorded_font(commune, monkeypatch):
    db, _ = commune
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    report_records.finalize(db, rid, TODAY)
    db.execute("UPDATE reports SET font = 'Times New Roman' WHERE id = ?", [rid])
    monkeypatch.setattr(fonts, "times_new_roman", lambda dirs=None: None)
    with pytest.raises(ParAppError) as e:
        report_pdf(db, "q1", 2024, TODAY)
    assert "Times New Roman" in e.value.message and "không in lại" in e.value.message


def test_printing_a_finalised_report_leaves_the_database_file_byte_identical(commune, tmp_path):
    import subprocess
    import sys

    db, _ = commune
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    finalize_report(db, rid, TODAY)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = db.path
    db.close()
    before = path.read_bytes()
    out = tmp_path / "bc.pdf"
    r = subprocess.run([sys.executable, "-m", "parapp", "report", "pdf", "--db", str(path), "--period", "q1",
                        "--year", "2024", "--out", str(out)], capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF") and path.read_bytes() == before


def test_with_times_new_roman_installed_it_is_the_font(commune, tmp_path, monkeypatch):
    # A Windows PC: Times New Roman in the font folder (here Liberation Serif's metric-compatible
    # files under Times New Roman's file names, which is what the search looks for).
    for style, name in (("Regular", "times.ttf"), ("Bold", "timesbd.ttf"), ("Italic", "timesi.ttf"),
                        ("BoldItalic", "timesbi.ttf")):
        (tmp_path / name).write_bytes(fonts.asset("fonts", f"LiberationSerif-{style}.ttf").read_bytes())
    monkeypatch.setenv(fonts.FONT_DIRS_ENV, str(tmp_path))
    db, _ = commune
    assert report_pdf(db, "q1", 2024, TODAY).font == "Times New Roman"
    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    finalize_report(db, rid, TODAY)
    assert report_records.report_font(db, rid) == "Times New Roman"
    monkeypatch.setenv(fonts.FONT_DIRS_ENV, "")  # the same report on a PC without it
    with pytest.raises(ParAppError):
        report_pdf(db, "q1", 2024, TODAY)


def test_times_new_roman_is_found_where_installed(tmp_path):
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"):
        (tmp_path / name).write_bytes(b"")
    found = fonts.times_new_roman([tmp_path])
    assert found and found.name == "Times New Roman" and set(found.files) == set(fonts.STYLES)
    (tmp_path / "timesbi.ttf").unlink()
    assert fonts.times_new_roman([tmp_path]) is None  # all four styles or none


def test_no_commune_settings_is_a_clear_refusal(db):
    with pytest.raises(ParAppError) as e:
        report_pdf(db, "q1", 2024, TODAY)
    assert "Thông tin của xã" in e.value.message


def test_plan_table_document(commune):
    db, plan = commune
    p = plan_pdf(db, plan)
    with pdfplumber.open(io.BytesIO(p.pdf)) as doc:
        page = doc.pages[0]
        assert page.width > page.height
        text = " ".join(page.extract_text().split())
    assert "BẢNG PHÂN CÔNG NHIỆM VỤ" in text
    assert "(Kèm theo Kế hoạch số 05/KH-UBND ngày 08 tháng 01 năm 2024 của UBND xã Ba Giang)" in text
    # who leads as the reports name it: the post (this official has no office), not the person (round 41)
    assert "CẢI CÁCH THỂ CHẾ" in text and "Rà soát văn bản QPPL" in text and "Công chức Tư pháp" in text
    assert "Nguyễn Văn An" not in text

import datetime as dt
import io

import pdfplumber
import pytest

from parapp.core.report_model import AppendixRow, Draft, Section
from parapp.pdf.fonts import bundled
from parapp.pdf.report_pdf import PrintOptions, render_report

ALL_DIACRITICS = ("ạảãáàăắằẳẵặâấầẩẫậđẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳ "
                  "ẠẢÃÁÀĂẮẰẲẴẶÂẤẦẨẪẬĐẸẺẼÉÈÊẾỀỂỄỆỊỈĨÍÌỌỎÕÓÒÔỐỒỔỖỘƠỚỜỞỠỢỤỦŨÚÙƯỨỪỬỮỰỴỶỸÝỲ")


def make_draft(paragraphs_per_area=6, appendix_rows=60, long_text=False) -> Draft:
    areas = []
    for i, name in enumerate(["Cải cách thể chế", "Cải cách thủ tục hành chính (TTHC)",
                              "Cải cách tài chính công"], start=1):
        paras = [f"- Tham mưu UBND xã ban hành kế hoạch số {k} (đồng chí Nguyễn Thị Hồng Nhung, Công chức "
                 f"Văn phòng – Thống kê chủ trì): đã hoàn thành ngày 20/02/2024." for k in range(paragraphs_per_area)]
        areas.append(Section(f"area:{i}", f"{i}. {name}", paras))
    long = ("Rà soát, đánh giá, kiến nghị đơn giản hóa quy định pháp luật về thủ tục hành chính. " * 120
            if long_text else "Rà soát thủ tục hành chính")
    sections = [
        Section("leadership", "I. Công tác chỉ đạo, điều hành",
                ["Trong kỳ, Ủy ban nhân dân xã đã ban hành 2 kế hoạch để triển khai công tác cải cách hành chính:",
                 ALL_DIACRITICS]),
        Section("results", "II. Kết quả thực hiện các nhiệm vụ cải cách hành chính", subsections=areas),
        Section("assessment", "III. Đánh giá chung", subsections=[
            Section("strengths", "1. Ưu điểm", ["Đã hoàn thành 4/5 nhiệm vụ (đạt 80%)."]),
            Section("weaknesses", "2. Tồn tại, hạn chế và nguyên nhân", [long])]),
        Section("direction", "IV. Phương hướng, nhiệm vụ trọng tâm kỳ tới", []),
        Section("proposals", "V. Đề xuất, kiến nghị"),
    ]
    rows = [AppendixRow(str(k + 1), (long if long_text and k == 3 else f"Nhiệm vụ số {k + 1}: số hóa hồ sơ"),
                        "Huỳnh Thị Ánh, Công chức Bộ phận Một cửa", "Quý I/2024", "Hoàn thành",
                        "Hoàn thành ngày 10/03/2024", k + 1) for k in range(appendix_rows)]
    return Draft({"kind": "q1", "year": 2024, "window_start": "2023-12-15", "window_end": "2024-03-14",
                  "deadline": "2024-03-20"}, "Báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2024",
                 sections, rows, "2024-03-16")


def options(**kw) -> PrintOptions:
    base = dict(commune_name="Ủy ban nhân dân xã Ba Giang", place_name="Ba Giang", chairman="Phạm Văn Thật",
                vice_chairmen=["Đinh Văn Sơn"], recipients=["Ủy ban nhân dân huyện Ba Tơ"],
                cc=["Như trên", "Chủ tịch, các Phó Chủ tịch UBND xã"], number="15", date=dt.date(2024, 3, 18))
    base.update(kw)
    return PrintOptions(**base)


def render(draft=None, **kw) -> bytes:
    return render_report(draft or make_draft(), options(**kw), bundled(), dt.date(2024, 3, 18))


@pytest.fixture(scope="module", params=["parapp", "word"])
def pdf_bytes(request):
    """ParApp's PDF of the report, and LibreOffice's PDF of its Word copy: the same checks run on both."""
    if request.param == "word":
        return request.getfixturevalue("word_pdfs")["report"]
    return render()


@pytest.fixture(params=["parapp", "word"])
def printed(request):
    """name (see tests/word_copies.py) → the PDF, made by ParApp or by LibreOffice from the Word copy."""
    if request.param == "word":
        pdfs = request.getfixturevalue("word_pdfs")
        return lambda name: pdfs[name]
    from parapp.pdf.document_pdf import render_document
    from tests.word_copies import documents

    return lambda name: render_document(documents()[name], bundled())


@pytest.fixture(scope="module")
def pdf(pdf_bytes):
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as doc:
        yield doc


def words_of(page, text):
    """Characters of the first occurrence of `text` on the page."""
    chars = page.chars
    s = "".join(c["text"] for c in chars)
    i = s.find(text)
    assert i >= 0, f"{text!r} not on page"
    return chars[i:i + len(text)]

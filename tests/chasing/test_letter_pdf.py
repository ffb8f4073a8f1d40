"""The urging letter against ND30-FORMAT.md, as the reports are checked (tests/pdf), read back from
ParApp's PDF and from LibreOffice's PDF of the Word copy. A công văn differs from a report in one
place: no title line; its summary "V/v …" stands under the number."""

import io
import re

import pdfplumber
import pytest
from pypdf import PdfReader

from tests.pdf.conftest import words_of

MM = 72 / 25.4
SUMMARY_START = "V/v đôn đốc thực hiện"


@pytest.fixture(scope="module", params=["parapp", "word"])
def letter_pdfs(request):
    """name → the letter's PDF, made by ParApp, or by LibreOffice from ParApp's Word copy."""
    if request.param == "word":
        pdfs = request.getfixturevalue("word_pdfs")
        return {n: pdfs[n] for n in ("letter", "letter_one")}
    from parapp.pdf.document_pdf import render_document
    from parapp.pdf.fonts import bundled
    from tests.word_copies import documents

    docs = documents()
    return {n: render_document(docs[n], bundled()) for n in ("letter", "letter_one")}


@pytest.fixture(scope="module")
def pdf(letter_pdfs):
    with pdfplumber.open(io.BytesIO(letter_pdfs["letter"])) as doc:
        yield doc


def flat(text):
    return " ".join(text.split())


def test_a4_portrait_with_the_decree_margins(pdf):
    assert len(pdf.pages) >= 2
    for page in pdf.pages:
        assert (round(page.width), round(page.height)) == (595, 842)
        body = [c for c in page.chars if c["top"] > 15 * MM]  # the page number sits in the top margin
        assert min(c["x0"] for c in body) >= 30 * MM - 0.5
        assert max(c["x1"] for c in body) <= 195 * MM + 0.5
        assert max(c["bottom"] for c in body) <= page.height - 20 * MM + 0.5


def test_header_as_a_report_has_it(pdf):
    p = pdf.pages[0]
    motto = words_of(p, "Độc lập - Tự do - Hạnh phúc")
    assert {round(c["size"]) for c in motto} == {14} and all("Bold" in c["fontname"] for c in motto)
    country = words_of(p, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert {round(c["size"]) for c in country} <= {12, 13} and all("Bold" in c["fontname"] for c in country)
    assert all("Bold" in c["fontname"] for c in words_of(p, "XÃ BA GIANG"))
    text = p.extract_text()
    assert re.search(r"Số:\s+/UBND-VP", text)  # left blank for the records clerk
    number = words_of(p, "/UBND-VP")
    date = words_of(p, "Ba Giang, ngày")
    assert abs(number[0]["bottom"] - date[0]["bottom"]) < 1.5  # on the same line
    assert all("Italic" in c["fontname"] for c in date)
    assert re.search(r"Ba Giang, ngày\s+tháng 6 năm 2024", text)


def test_summary_under_the_number_and_no_title_line(pdf):
    p = pdf.pages[0]
    number = words_of(p, "/UBND-VP")
    summary = words_of(p, SUMMARY_START)
    assert summary[0]["top"] > number[0]["bottom"]  # under the number …
    assert summary[0]["top"] - number[0]["bottom"] < 14  # … close under it (6 pt and the line's leading)
    left_col = (30 + 68) * MM
    lines = [c for c in p.chars if summary[0]["top"] - 1 <= c["top"] and c["bottom"] <= summary[0]["bottom"] + 40
             and c["x1"] < left_col + 1]
    text = flat("".join(c["text"] for c in sorted(lines, key=lambda c: (round(c["top"]), c["x0"]))))
    assert "V/vđônđốcthựchiệnnhiệmvụcảicáchhànhchính" in text.replace(" ", "")  # all of it, in the left column
    assert {round(c["size"]) for c in summary} <= {12, 13}
    assert all("Bold" not in c["fontname"] and "Italic" not in c["fontname"] for c in summary)  # upright
    centre = (summary[0]["x0"] + max(c["x1"] for c in lines)) / 2
    assert abs(centre - (30 + 34) * MM) < 6  # centred in the issuing body's column
    whole = flat(" ".join(pg.extract_text() for pg in pdf.pages))
    assert "CÔNG VĂN" not in whole and "BÁO CÁO" not in whole
    kinh_gui = words_of(p, "Kính gửi:")
    assert kinh_gui[0]["top"] > max(c["bottom"] for c in lines)  # below the summary


def test_addressed_to_each_office_as_a_dash_list(pdf):
    p = pdf.pages[0]
    head = words_of(p, "Kính gửi:")
    first, last = words_of(p, "- Phòng Kinh tế;"), words_of(p, "- Văn phòng HĐND và UBND.")
    assert abs(first[0]["x0"] - last[0]["x0"]) < 0.5 and first[0]["x0"] > head[-1]["x1"]
    assert abs(head[0]["bottom"] - first[0]["bottom"]) < 1.5
    assert all(round(c["size"]) == 14 and "Bold" not in c["fontname"] for c in head)


def test_body_lists_tasks_by_office_with_deadlines(pdf):
    p = pdf.pages[0]
    body = words_of(p, "Qua theo dõi, tính đến ngày 10/6/2024")
    assert {round(c["size"]) for c in body} == {14} and all("Bold" not in c["fontname"] for c in body)
    assert body[0]["x0"] > 30 * MM + 1.27 * 72 / 2.54 - 1  # first-line indent
    heading = words_of(p, "1. Phòng Kinh tế")
    assert all("Bold" in c["fontname"] for c in heading)
    whole = flat(" ".join(pg.extract_text() for pg in pdf.pages))
    assert "(hạn hoàn thành: 29/5/2024, đã quá hạn 12 ngày);" in whole
    assert "3. Văn phòng HĐND và UBND" in whole
    assert "chậm nhất ngày 17/6/2024" in whole  # the day to report back


def test_signature_recipients_and_closing_on_one_page(pdf):
    last = pdf.pages[-1]
    noi_nhan = words_of(last, "Nơi nhận:")
    assert {round(c["size"]) for c in noi_nhan} == {12} and all("BoldItalic" in c["fontname"] for c in noi_nhan)
    assert abs(noi_nhan[0]["x0"] - 30 * MM) < 1
    assert {round(c["size"]) for c in words_of(last, "- Như trên;")} == {11}
    assert {round(c["size"]) for c in words_of(last, "- Lưu: VT, VP.")} == {11}
    kt, pct, name = (words_of(last, t) for t in ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Văn Sơn"))
    assert all("Bold" in c["fontname"] for c in kt + pct + name)
    assert abs(kt[0]["top"] - noi_nhan[0]["top"]) < 4
    assert name[0]["top"] - pct[0]["top"] > 25 * MM
    text = flat(last.extract_text())
    assert "nghiêm túc triển khai thực hiện./." in text and "Báo cáo kết quả thực hiện bằng văn bản" in text


def test_page_numbers_from_page_two(pdf):
    def top_numbers(page):
        return [w["text"] for w in page.extract_words() if w["bottom"] < 20 * MM and re.fullmatch(r"\d+", w["text"])]

    assert top_numbers(pdf.pages[0]) == []
    assert [top_numbers(p) for p in pdf.pages[1:]] == [[str(i)] for i in range(2, len(pdf.pages) + 1)]


def test_one_office_and_the_chairman_signing(letter_pdfs):
    with pdfplumber.open(io.BytesIO(letter_pdfs["letter_one"])) as doc:
        text = flat(" ".join(p.extract_text() for p in doc.pages))
        last = doc.pages[-1]
        tm, name = words_of(last, "TM. ỦY BAN NHÂN DÂN"), words_of(last, "Phạm Văn Thật")
    assert "Kính gửi: Phòng Kinh tế." in text  # one recipient: one line
    assert "1. Phòng Kinh tế" not in text  # its tasks need no heading
    assert "đề nghị Phòng Kinh tế:" in text and "đề nghị Phòng Kinh tế nghiêm túc" in text
    assert all("Bold" in c["fontname"] for c in tm + name) and name[0]["top"] - tm[0]["top"] > 25 * MM


def test_fonts_embedded_and_deterministic(letter_pdfs):
    data = letter_pdfs["letter"]
    reader = PdfReader(io.BytesIO(data))
    fonts = {}
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            fonts[f.get_object()["/BaseFont"]] = f.get_object()
    assert fonts and not any("Helvetica" in n for n in fonts)
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts.values())
    assert reader.pdf_header >= "%PDF-1.4"


def test_same_letter_same_bytes():
    from parapp.pdf.document_pdf import render_document
    from parapp.pdf.fonts import bundled
    from tests.chasing.samples import letter

    first = render_document(letter(), bundled())
    assert render_document(letter(), bundled()) == first and b"D:20240610000000" in first

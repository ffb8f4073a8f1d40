"""The printed report against ND30-FORMAT.md, read back from the PDF itself: ParApp's own,
and LibreOffice's conversion of the Word copy (the `pdf`, `pdf_bytes` and `printed`
fixtures give both)."""

import io
import re
import subprocess
import sys

import pdfplumber
from pypdf import PdfReader

from .conftest import ALL_DIACRITICS, render, words_of

MM = 72 / 25.4


def flat(text):
    return " ".join(text.split())


def test_a4_portrait_then_landscape_appendix(pdf):
    first = pdf.pages[0]
    assert (round(first.width), round(first.height)) == (595, 842)
    land = [p for p in pdf.pages if p.width > p.height]
    assert land and all((round(p.width), round(p.height)) == (842, 595) for p in land)
    assert pdf.pages[-1].width > pdf.pages[-1].height  # the appendix comes last


def test_margins_on_portrait_pages(pdf):
    for page in pdf.pages:
        if page.width > page.height:
            continue
        body = [c for c in page.chars if c["top"] > 15 * MM]  # the page number sits in the top margin
        assert min(c["x0"] for c in body) >= 30 * MM - 0.5
        assert max(c["x1"] for c in body) <= 195 * MM + 0.5
        assert max(c["bottom"] for c in body) <= page.height - 20 * MM + 0.5


def test_national_motto_and_header(pdf):
    p = pdf.pages[0]
    motto = words_of(p, "Độc lập - Tự do - Hạnh phúc")
    assert {round(c["size"]) for c in motto} == {14}
    assert all("Bold" in c["fontname"] for c in motto)
    country = words_of(p, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert {round(c["size"]) for c in country} <= {12, 13} and all("Bold" in c["fontname"] for c in country)
    number, date = words_of(p, "Số: 15/BC-UBND"), words_of(p, "Ba Giang, ngày 18 tháng 3 năm 2024")
    assert abs(number[0]["bottom"] - date[0]["bottom"]) < 1.5  # on the same line
    assert all("Italic" in c["fontname"] for c in date)
    body = words_of(p, "ỦY BAN NHÂN DÂN")
    assert all("Bold" in c["fontname"] for c in body)
    # the motto's rule is as wide as the motto
    motto_w = motto[-1]["x1"] - motto[0]["x0"]
    under = [ln for ln in p.lines if motto[0]["bottom"] < ln["top"] < motto[0]["bottom"] + 8
             and ln["x0"] > p.width / 2 - 40]
    assert under and abs((under[0]["x1"] - under[0]["x0"]) - motto_w) < 2
    # the issuing body's rule: between a third and a half of its text
    xa, ub = words_of(p, "XÃ BA GIANG"), words_of(p, "ỦY BAN NHÂN DÂN")
    left = [ln for ln in p.lines if xa[0]["bottom"] < ln["top"] < xa[0]["bottom"] + 8 and ln["x1"] < p.width / 2]
    assert left and 1 / 3 <= (left[0]["x1"] - left[0]["x0"]) / (ub[-1]["x1"] - ub[0]["x0"]) <= 1 / 2


def test_title_and_body_size(pdf):
    p = pdf.pages[0]
    assert all("Bold" in c["fontname"] and round(c["size"]) == 14 for c in words_of(p, "BÁO CÁO"))
    body = words_of(p, "Trong kỳ, Ủy ban nhân dân xã")
    assert {round(c["size"]) for c in body} == {14}
    assert all("Bold" not in c["fontname"] for c in body)
    assert body[0]["x0"] > 30 * MM + 1.27 * 72 / 2.54 - 1  # first-line indent 1.27 cm
    assert "Kính gửi: Ủy ban nhân dân huyện Ba Tơ." in flat(p.extract_text())


def test_signature_block_and_recipients(pdf):
    portrait = [p for p in pdf.pages if p.height > p.width]
    last = portrait[-1]
    noi_nhan = words_of(last, "Nơi nhận:")
    assert {round(c["size"]) for c in noi_nhan} == {12}
    assert all("BoldItalic" in c["fontname"] for c in noi_nhan)
    assert abs(noi_nhan[0]["x0"] - 30 * MM) < 1  # flush with the left margin
    assert {round(c["size"]) for c in words_of(last, "- Lưu: VT, VP.")} == {11}
    tm = words_of(last, "TM. ỦY BAN NHÂN DÂN")
    assert all("Bold" in c["fontname"] for c in tm)
    assert abs(tm[0]["top"] - noi_nhan[0]["top"]) < 4  # level with each other
    name = words_of(last, "Phạm Văn Thật")
    assert all("Bold" in c["fontname"] for c in name)
    assert name[0]["top"] - tm[0]["top"] > 25 * MM  # room for the signature and seal
    # never alone: the closing lines of the body are on the same page
    assert "Trên đây là báo cáo" in last.extract_text()


def test_page_numbers_from_page_two_centred_in_the_top_margin(pdf):
    def top_numbers(page):
        return [w for w in page.extract_words() if w["bottom"] < 20 * MM and re.fullmatch(r"\d+", w["text"])]

    assert top_numbers(pdf.pages[0]) == []
    n2 = top_numbers(pdf.pages[1])
    assert [w["text"] for w in n2] == ["2"]
    centre = (n2[0]["x0"] + n2[0]["x1"]) / 2
    assert abs(centre - pdf.pages[1].width / 2) < 2
    assert round(pdf.pages[1].chars[0]["size"]) in (13, 14)
    land = [p for p in pdf.pages if p.width > p.height]
    assert top_numbers(land[0]) == []  # the appendix is numbered on its own
    assert [w["text"] for w in top_numbers(land[1])] == ["2"]


def test_appendix_heading_and_repeated_header_row(pdf):
    land = [p for p in pdf.pages if p.width > p.height]
    first = flat(land[0].extract_text())
    assert "Phụ lục" in first and "DANH SÁCH NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2024" in first
    assert "(Kèm theo Báo cáo số 15/BC-UBND ngày 18 tháng 3 năm 2024 của UBND xã Ba Giang)" in first
    for page in land:
        assert "Nội dung nhiệm vụ" in page.extract_text()  # the header row on every page


def test_vietnamese_text_extracts_back_exactly(pdf):
    text = " ".join(p.extract_text() for p in pdf.pages)
    # one unbreakable 67-letter "word" wraps mid-word: compare without the line breaks
    assert ALL_DIACRITICS.replace(" ", "") in "".join(text.split())  # every letter, composed, in order
    assert "Công chức Văn phòng – Thống kê" in text


def test_fonts_embedded_and_no_helvetica(pdf_bytes):
    reader = PdfReader(io.BytesIO(pdf_bytes))
    fonts = {}
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts[f["/BaseFont"]] = f
    assert fonts and not any("Helvetica" in name for name in fonts)
    for name, f in fonts.items():
        desc = f["/FontDescriptor"].get_object()
        assert "/FontFile2" in desc, name  # TrueType program embedded
        assert re.match(r"/[A-Z]{6}\+", name), name  # subset
    assert reader.pdf_header >= "%PDF-1.4"


def test_same_report_same_bytes_even_in_another_process():
    pdf_bytes = render()
    assert render() == pdf_bytes
    code = ("import sys; sys.path.insert(0, 'tests'); from pdf.conftest import render; "
            "sys.stdout.buffer.write(render())")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    assert other == pdf_bytes
    assert b"D:20240318000000" in pdf_bytes  # the report's date, not the clock's


def test_blank_number_and_day_for_the_clerk(printed):
    b = printed("report_blank")
    with pdfplumber.open(io.BytesIO(b)) as doc:
        text = doc.pages[0].extract_text()
    assert re.search(r"Số:\s+/BC-UBND", text)
    assert re.search(r"Ba Giang, ngày\s+tháng 3 năm 2024", text)


def test_vice_chairman_signs_for_the_chairman(printed):
    b = printed("report_vice")
    with pdfplumber.open(io.BytesIO(b)) as doc:
        # the report's last page: the one before its first appendix (here a portrait one, the figures)
        last = doc.pages[[(p.extract_text() or "").lstrip().startswith("Phụ lục") for p in doc.pages].index(True) - 1]
        kt, pct, name = (words_of(last, t) for t in ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Văn Sơn"))
        first = doc.pages[0]
        head, one, two = (words_of(first, t) for t in ("Kính gửi:", "- Ủy ban nhân dân huyện Ba Tơ;",
                                                          "- Phòng Nội vụ huyện Ba Tơ."))
    assert kt[0]["top"] < pct[0]["top"] < name[0]["top"]
    assert all("Bold" in c["fontname"] for c in kt + pct + name)
    # several recipients: a dash list aligned under the colon, beside "Kính gửi:"
    assert abs(one[0]["x0"] - two[0]["x0"]) < 0.5 and one[0]["x0"] > head[-1]["x1"]
    assert abs(head[0]["bottom"] - one[0]["bottom"]) < 1.5 and two[0]["top"] > one[0]["bottom"]


def test_bad_input_renders_whole(printed):
    # very long texts in the body and in a single appendix cell, empty sections, no signer's name
    b = printed("report_long")
    phrase = "Rà soát, đánh giá, kiến nghị đơn giản hóa quy định pháp luật"
    with pdfplumber.open(io.BytesIO(b)) as doc:
        # read below the page numbers, so a phrase running onto the next page reads on
        body = flat(" ".join(p.filter(lambda o: o.get("top", 99) > 15 * MM).extract_text()
                             for p in doc.pages if p.height > p.width))
        land = [p for p in doc.pages if p.width > p.height]
        assert len(land) >= 2  # the long cell went on to another page instead of being cut
        # the cell's text, read down its own column, is all there
        col = "".join(c["text"] for p in land for c in sorted(p.chars, key=lambda c: (round(c["top"]), c["x0"]))
                      if 32 * MM < c["x0"] < 130 * MM)
    assert body.count(phrase) == 120
    assert col.replace(" ", "").count(phrase.replace(" ", "")) >= 100
    assert "IV. PHƯƠNG HƯỚNG" in body and "CHỦ TỊCH" in body

"""The self-assessment report against ND30-FORMAT.md, read back from the PDF
(ParApp's own, and LibreOffice's conversion of the Word copy: the same checks),
and the .xlsx for upload, reopened."""

import datetime as dt
import io
import re

import pdfplumber
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from parapp.core.par.points import format_points
from parapp.core.par.reading import read_bytes
from parapp.services.par_outputs import HEADER_ROW, xlsx_bytes
from parapp.pdf.fonts import bundled
from parapp.pdf.par_pdf import render_par

from .samples import options, scored_set

MM = 72 / 25.4


@pytest.fixture(scope="module", params=["parapp", "word"])
def pdf_bytes(request):
    if request.param == "word":
        return request.getfixturevalue("word_pdfs")["par"]
    return render_par(scored_set(), options(), bundled(), dt.date(2025, 1, 1))


@pytest.fixture(scope="module")
def pdf(pdf_bytes):
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as doc:
        yield doc


def chars_of(page, text):
    s = "".join(c["text"] for c in page.chars)
    i = s.find(text)
    assert i >= 0, f"{text!r} not on page"
    return page.chars[i:i + len(text)]


def flat(text):
    return " ".join(text.split())


def test_portrait_report_then_landscape_appendix(pdf):
    assert (round(pdf.pages[0].width), round(pdf.pages[0].height)) == (595, 842)
    land = [p for p in pdf.pages if p.width > p.height]
    assert len(land) >= 2 and pdf.pages[-1].width > pdf.pages[-1].height


def test_margins_on_portrait_pages(pdf):
    for page in pdf.pages:
        if page.width > page.height:
            continue
        body = [c for c in page.chars if c["top"] > 15 * MM]
        assert min(c["x0"] for c in body) >= 30 * MM - 0.5
        assert max(c["x1"] for c in body) <= 195 * MM + 0.5
        assert max(c["bottom"] for c in body) <= page.height - 20 * MM + 0.5


def test_header_title_and_blank_number_for_the_clerk(pdf):
    p = pdf.pages[0]
    motto = chars_of(p, "Độc lập - Tự do - Hạnh phúc")
    assert {round(c["size"]) for c in motto} == {14} and all("Bold" in c["fontname"] for c in motto)
    text = p.extract_text()
    assert re.search(r"Số:\s+/BC-UBND", text) and re.search(r"Ba Giang, ngày\s+tháng 01 năm 2025", text)
    number, date = chars_of(p, "/BC-UBND"), chars_of(p, "Ba Giang, ngày")
    assert abs(number[0]["bottom"] - date[0]["bottom"]) < 1.5
    assert all("Bold" in c["fontname"] and round(c["size"]) == 14 for c in chars_of(p, "BÁO CÁO"))
    summary = chars_of(p, "Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024")
    assert all("Bold" in c["fontname"] for c in summary)
    assert "Kính gửi: Ủy ban nhân dân huyện Ba Tơ." in flat(text)


def test_body_says_the_totals_and_the_losses(pdf):
    body = flat(" ".join(p.extract_text() for p in pdf.pages if p.height > p.width))
    c = scored_set()
    assert f"Tổng điểm tự đánh giá: {format_points(c.self_total)}/100 điểm" in body
    assert "I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM" in body and "III. ĐỀ XUẤT, KIẾN NGHỊ" in body
    # The province's set numbers again in each area: criteria are cited as its table prints them (round 22B's left)
    assert "Còn 1 tiêu chí chưa tự chấm điểm: 4 thuộc lĩnh vực VII." in body
    assert ("- Tiêu chí 1.2 thuộc lĩnh vực I (Mức độ hoàn thành kế hoạch): đạt 1,5/2 điểm. Nguyên nhân: Báo cáo quý "
            "III") in body
    first = chars_of(pdf.pages[0], "Thực hiện hướng dẫn của")
    assert {round(x["size"]) for x in first} == {14}
    assert first[0]["x0"] > 30 * MM + 1.27 * 72 / 2.54 - 1  # first-line indent


def test_signed_tm_uy_ban_nhan_dan(pdf):
    last = [p for p in pdf.pages if p.height > p.width][-1]
    tm = chars_of(last, "TM. ỦY BAN NHÂN DÂN")
    noi_nhan = chars_of(last, "Nơi nhận:")
    assert all("Bold" in c["fontname"] for c in tm) and abs(tm[0]["top"] - noi_nhan[0]["top"]) < 4
    assert all("BoldItalic" in c["fontname"] for c in noi_nhan) and {round(c["size"]) for c in noi_nhan} == {12}
    assert {round(c["size"]) for c in chars_of(last, "- Lưu: VT, VP.")} == {11}
    name = chars_of(last, "Phạm Văn Thật")
    assert name[0]["top"] - tm[0]["top"] > 25 * MM
    assert "Trên đây là báo cáo kết quả tự đánh giá" in flat(last.extract_text())  # never alone on a page


def test_appendix_heading_table_and_numbering(pdf):
    land = [p for p in pdf.pages if p.width > p.height]
    first = flat(land[0].extract_text())
    assert first.startswith("Phụ lục BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024")
    assert re.search(r"\(Kèm theo Báo cáo số\s+/BC-UBND ngày\s+tháng 01 năm 2025 của UBND xã Ba Giang\)", first)
    for page in land:
        assert "Lĩnh vực, tiêu chí, tiêu chí thành phần" in flat(page.extract_text())  # header on every page

    def top_numbers(page):
        return [w["text"] for w in page.extract_words() if w["bottom"] < 30 * MM and re.fullmatch(r"\d+", w["text"])]

    assert top_numbers(land[0]) == [] and top_numbers(land[1]) == ["2"]
    assert top_numbers(pdf.pages[0]) == []


def test_groups_and_total_in_bold_with_their_sums(pdf):
    land = [p for p in pdf.pages if p.width > p.height]
    area = chars_of(land[0], "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
    assert all("Bold" in c["fontname"] for c in area)
    leaf = chars_of(land[0], "Ban hành kế hoạch đúng thời gian quy định")
    assert not any("Bold" in c["fontname"] for c in leaf)
    c = scored_set()
    last = land[-1]
    total = [ln for ln in last.extract_text().splitlines() if ln.startswith("Tổng cộng")]
    assert total == [f"Tổng cộng 100 {format_points(c.self_total)}"]
    assert all("Bold" in ch["fontname"] for ch in chars_of(last, "Tổng cộng"))
    assert "Tài liệu 1.1.1.pdf" in flat(land[0].extract_text())


def test_fonts_embedded_no_helvetica(pdf_bytes):
    reader = PdfReader(io.BytesIO(pdf_bytes))
    fonts = {}
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts[f["/BaseFont"]] = f
    assert fonts and not any("Helvetica" in name for name in fonts)
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts.values())
    assert reader.pdf_header >= "%PDF-1.4"


def test_same_set_same_bytes():
    pdf_bytes = render_par(scored_set(), options(), bundled(), dt.date(2025, 1, 1))
    assert render_par(scored_set(), options(), bundled(), dt.date(2025, 1, 1)) == pdf_bytes


def test_xlsx_reopens_with_the_same_totals():
    c = scored_set()
    c.find("1.2").official_milli = 2000
    wb = load_workbook(io.BytesIO(xlsx_bytes(c, "Ủy ban nhân dân xã Ba Giang")))
    ws = wb.active
    head = [ws.cell(HEADER_ROW, i).value for i in range(1, 9)]
    assert head == ["STT", "Mã tiêu chí", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa",
                    "Điểm tự đánh giá", "Điểm thẩm định", "Tài liệu kiểm chứng", "Giải trình"]
    rows = [[ws.cell(r, i).value for i in range(1, 9)] for r in range(HEADER_ROW + 1, ws.max_row + 1)]
    total = rows[-1]
    assert total[2] == "Tổng cộng" and total[3] == 100 and total[4] == c.self_total / 1000 and total[5] == 2
    leaves = {r[1]: r for r in rows[:-1] if r[1] and c.find(r[1]) and not c.find(r[1]).is_group}
    assert len(leaves) == len(c.leaves())
    assert sum(r[3] for r in leaves.values()) == pytest.approx(100)
    assert sum(r[4] or 0 for r in leaves.values()) == pytest.approx(total[4])
    areas = [r for r in rows if r[0] in ("I", "II", "III", "IV", "V", "VI", "VII")]
    assert sum(r[3] for r in areas) == 100 and areas[0][3] == 12
    assert leaves["1.1.1"][6] == "Tài liệu 1.1.1.pdf" and leaves["1.1.2"][7].startswith("Báo cáo quý III")
    assert leaves["7.4"][4] is None  # not scored: empty, not zero
    assert leaves["7.3"][3] == 4.125
    assert ws.cell(rows.index(areas[0]) + HEADER_ROW + 1, 3).font.bold


def test_xlsx_export_reads_back_as_the_same_set():
    c = scored_set()
    back = read_bytes(xlsx_bytes(c, "UBND xã Ba Giang"), "Bảng điểm.xlsx").build(2024)
    assert back.blocking == [] and back.mismatches == []
    b = back.criteria
    assert [(n.code, n.max_milli, n.self_milli) for n in b.leaves()] == \
        [(n.code, n.max_milli, n.self_milli) for n in c.leaves()]
    assert b.max_total == c.max_total and b.self_total == c.self_total

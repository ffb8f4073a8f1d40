"""Adversarial round 9 (issue 21), the importers: a damaged or odd .xlsx/.docx, an .xls, a locked
file, a file that is not there. Each is refused in Vietnamese with what to do, by all three importers
(plan, figures, PAR criteria), through the real command line. On main:

- a zip member encrypted with a zip password: "Lỗi không mong đợi: File <ZipInfo …> is encrypted,
  password required for extraction", exit 1 (.xlsx), or that English inside "Không mở được tệp Word: …";
- a bad CRC, names in the local and central headers that differ, a cut central directory, deflate64:
  "Không mở được tệp Excel: Bad CRC-32 for file 'xl/worksheets/sheet1.xml'", "… File is not a zip
  file", "… That compression method is not supported", "… 'lxml.etree._Element' object has no
  attribute 'body'" (two document parts of one name);
- an Excel 97–2003 .xls, or an .xlsx locked with a password to open: "Tệp này không phải văn bản (có
  thể là tệp nhị phân hoặc ảnh)" (plan, PAR), and the figures importer called the locked .xlsx an .xls;
- a name typed wrong: "Không đọc được tệp “…”: No such file or directory";
- a 124 KB .docx whose body unpacks to 60 MB: "Tệp quá lớn … (ParApp nhập tệp đến 50 MB)".
"""

from __future__ import annotations

import io
import re
import struct
import zipfile

import pytest

from .test_bounded_readers import COMMANDS, GOOD, db, parapp  # noqa: F401 (fixture)

ENGLISH = re.compile(r"[A-Za-z]+ (?:is|are|not|for|has|no|and|of|the|file|directory|method)\b|Traceback|"
                     r"Lỗi không mong đợi")


def _docx() -> bytes:
    from docx import Document

    d = Document()
    t = d.add_table(rows=2, cols=4)
    for r, vals in enumerate([["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
                              ["1", "Rà soát thủ tục hành chính", "Văn phòng HĐND và UBND", "Quý I/2026"]]):
        for c, v in enumerate(vals):
            t.cell(r, c).text = v
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _main_part(data: bytes) -> str:
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    return "word/document.xml" if "word/document.xml" in names else "xl/worksheets/sheet1.xml"


def _patched(data: bytes, field: str, value: int) -> bytes:
    """One header field of the main part rewritten in both the local and the central header."""
    central, local = {"flags": (8, 6), "method": (10, 8), "crc": (16, 14)}[field]
    part, b = _main_part(data).encode(), bytearray(data)
    p = struct.unpack("<I", b[b.rfind(b"PK\x05\x06") + 16:][:4])[0]
    while b[p:p + 4] == b"PK\x01\x02":
        n, e, c = struct.unpack("<HHH", b[p + 28:p + 34])
        if b[p + 46:p + 46 + n] == part:
            size = "<H" if field != "crc" else "<I"
            struct.pack_into(size, b, p + central, value)
            struct.pack_into(size, b, struct.unpack("<I", b[p + 42:p + 46])[0] + local, value)
        p += 46 + n + e + c
    return bytes(b)


def _local_name_differs(data: bytes) -> bytes:
    b = bytearray(data)
    i = b.find(_main_part(data).encode())  # the local header's copy comes first
    b[i] = ord("X")
    return bytes(b)


def _two_main_parts(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for n in z.namelist():
            w.writestr(n, z.read(n))
        with pytest.warns(UserWarning):
            w.writestr(_main_part(data), b"<bad/>")
    return out.getvalue()


TRICKS = {
    "zip-password": (lambda d: _patched(d, "flags", 1), "mật khẩu nén"),
    "deflate64": (lambda d: _patched(d, "method", 9), "nén theo cách Word và Excel không dùng"),
    "bad-crc": (lambda d: _patched(d, "crc", 0x12345678), "bị hỏng"),
    "local-name-differs": (_local_name_differs, "bị hỏng"),
    "cut-central-directory": (lambda d: d[:-10], "bị hỏng"),
    "two-main-parts": (_two_main_parts, "không có cấu trúc của một tệp"),
}


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
@pytest.mark.parametrize("trick", sorted(TRICKS))
@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_damaged_or_odd_office_zip_is_refused_in_vietnamese_with_what_to_do(reader, trick, kind, db, tmp_path):  # noqa: F811
    good = GOOD[reader]() if kind == "xlsx" else _docx()
    make, said = TRICKS[trick]
    if trick == "two-main-parts" and kind == "xlsx":
        said = "Lỗi: "  # openpyxl reads the last sheet of the name, an empty one: a refusal of its content
    f = tmp_path / f"kế hoạch #1 {trick}.{kind}"
    f.write_bytes(make(good))
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert said in r.stderr and "Hãy" in r.stderr, r.stderr
    assert not ENGLISH.search(r.stderr), r.stderr


CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff" + b"\x00" * 3000


@pytest.mark.parametrize(("name", "stream", "said"), [
    ("Kế hoạch 2026.xls", "Workbook", "Excel 97–2003 (.xls)"),
    ("Kế hoạch có mật khẩu.xlsx", "EncryptedPackage", "được đặt mật khẩu để mở"),
])
@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_an_old_excel_file_or_one_locked_with_a_password_is_said_to_be_so(reader, name, stream, said, db, tmp_path):  # noqa: F811
    f = tmp_path / name
    f.write_bytes(CFB + stream.encode("utf-16-le") + b"\x00" * 2000)
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and said in r.stderr, r.stderr
    assert "không phải văn bản" not in r.stderr


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_file_that_is_not_there_is_said_in_vietnamese(reader, db, tmp_path):  # noqa: F811
    r = parapp(*COMMANDS[reader](tmp_path / "Kế hoạch gõ sai tên.xlsx"), db=db)
    assert r.returncode == 2 and "Không có tệp “" in r.stderr and "kiểm tra tên tệp" in r.stderr, r.stderr
    assert "No such file" not in r.stderr


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_small_word_file_that_unpacks_too_large_says_so_not_that_the_file_is_over_50_mb(reader, db, tmp_path):  # noqa: F811
    data = _docx()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for n in z.namelist():
            part = z.read(n)
            if n == "word/document.xml":
                part = part.replace(b"</w:body>", b"<w:p/>" * 10_000_000 + b"</w:body>")
            w.writestr(n, part)
    f = tmp_path / "kế hoạch nhỏ.docx"
    f.write_bytes(out.getvalue())
    assert f.stat().st_size < 200_000
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2, r.stderr
    assert "Tệp Word này chỉ nặng" in r.stderr and "giải nén ra hơn 50 MB" in r.stderr, r.stderr
    assert "Tệp quá lớn" not in r.stderr and "chép riêng bảng" in r.stderr


X14_VALIDATION = (b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
                  b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations '
                  b'count="0" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/></ext></extLst>')


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_openpyxls_english_warnings_are_not_printed_among_the_vietnamese(reader, db, tmp_path):  # noqa: F811
    """A sheet with a drop-down list made in Excel 2010 or later (an x14 data validation): on main every
    command printed "…/openpyxl/worksheet/_reader.py:329: UserWarning: Data Validation extension is not
    supported and will be removed" before its own words."""
    good = GOOD[reader]()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for n in z.namelist():
            part = z.read(n)
            if n == "xl/worksheets/sheet1.xml":
                part = part.replace(b"</worksheet>", X14_VALIDATION + b"</worksheet>")
            w.writestr(n, part)
    f = tmp_path / "có danh sách chọn.xlsx"
    f.write_bytes(out.getvalue())
    r = parapp(*COMMANDS[reader](f), db=db)
    assert "Warning" not in r.stderr and "openpyxl" not in r.stderr, r.stderr
    assert r.returncode in (0, 2) and "Traceback" not in r.stderr  # figures: the file's period is not 2024's


def _with_many_elements(data: bytes, part: str, end_tag: bytes, element: bytes, n: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for name in z.namelist():
            content = z.read(name)
            if name == part:
                content = content.replace(end_tag, element * n + end_tag)
            w.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_small_word_file_of_millions_of_empty_paragraphs_is_refused_before_it_is_parsed(reader, db, tmp_path):  # noqa: F811
    """Under the 50 MB part bound, python-docx builds every element: on main 1 million empty paragraphs (a 20 KB
    file) took 25 s and 367 MB, 2 million 61 s and 711 MB, 8 million past 2 GB."""
    f = tmp_path / "kế hoạch.docx"
    f.write_bytes(_with_many_elements(_docx(), "word/document.xml", b"</w:body>", b"<w:p/>", 1_200_000))
    assert f.stat().st_size < 100_000
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and "hơn 1.000.000 thành phần" in r.stderr, r.stderr[-300:]


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_small_workbook_whose_styles_declare_millions_of_elements_is_refused(reader, db, tmp_path):  # noqa: F811
    """openpyxl parses a workbook's styles whole: on main 8 million empty <dxf/> (a 100 KB file) took 46 s
    and ran out of a 2 GB address space."""
    data = _with_many_elements(GOOD[reader](), "xl/styles.xml", b"</styleSheet>", b"<dxf/>", 2_100_000)
    f = tmp_path / "kiểu.xlsx"
    f.write_bytes(data)
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and "hơn 2.000.000 thành phần" in r.stderr, r.stderr[-300:]


def test_a_long_real_word_plan_is_still_read(tmp_path):
    """About 140,000 formatted paragraphs (near the element bound) are read, as before."""
    from parapp.core.importing import sources

    para = ('<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Rà soát</w:t></w:r>'
            '</w:p>').encode()
    tables, text = sources.docx_content(_with_many_elements(_docx(), "word/document.xml", b"</w:body>", para,
                                                            130_000))
    assert tables[0][1][1][1] == "Rà soát thủ tục hành chính" and text.count("Rà soát") == 130_000

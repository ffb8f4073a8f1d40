"""Adversarial round 7 (issue 21): office files that declare more than any table holds, or that a
parser refuses, in all three importers (a plan, the statistics, a PAR criteria set).

- A 129 KB .xlsx with 3 million shared strings took 40 s and 325 MB: openpyxl reads every shared
  string when it opens a workbook, however few rows are then taken.
- A 51 KB .xlsx with one row of 12 million empty cells took 37 s and 3 GB, and ended in
  "Không mở được tệp Excel: ." (a MemoryError has no words): openpyxl reads a row's cells all at once.
- A .docx nested past 256 levels was refused in lxml's English ("Excessive depth in document: 256,
  use XML_PARSE_HUGE option"); a part that is not well-formed XML likewise ("mismatched tag").

Each is now refused before the library reads it, or in words: exit 2, what is wrong, what to do.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from .test_bounded_readers import COMMANDS, GOOD, db, parapp  # noqa: F401 (fixture)

SHARED_STRINGS = (b'<Override PartName="/xl/sharedStrings.xml" '
                  b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')


def _rewritten(data: bytes, change: dict[str, callable], add: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            part = zin.read(info)
            zout.writestr(info.filename, change[info.filename](part) if info.filename in change else part)
        for name, part in (add or {}).items():
            zout.writestr(name, part)
    return out.getvalue()


def _sheet(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return next(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))


def with_shared_strings(xlsx: bytes, n: int) -> bytes:
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        has = "xl/sharedStrings.xml" in z.namelist()
    strings = b"<si><t>a</t></si>" * n
    if has:
        return _rewritten(xlsx, {"xl/sharedStrings.xml": lambda p: p.replace(b"</sst>", strings + b"</sst>")})
    sst = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + strings + b"</sst>"
    return _rewritten(xlsx, {"[Content_Types].xml": lambda p: p.replace(b"</Types>", SHARED_STRINGS + b"</Types>")},
                      {"xl/sharedStrings.xml": sst})


def with_a_long_row(xlsx: bytes, cells: int) -> bytes:
    row = b'<row r="1048576">' + b"<c/>" * cells + b"</row></sheetData>"
    return _rewritten(xlsx, {_sheet(xlsx): lambda p: p.replace(b"</sheetData>", row)})


def with_many_rows(xlsx: bytes, rows: int) -> bytes:
    """Rows streamed without coordinates (each one cell), down to Excel's last row."""
    body = b"<row><c><v>1</v></c></row>" * rows
    return _rewritten(xlsx, {_sheet(xlsx): lambda p: p.replace(b"</sheetData>", body + b"</sheetData>")})


def deep_docx(depth: int) -> bytes:
    from docx import Document

    d = Document()
    d.add_paragraph("Kế hoạch")
    buf = io.BytesIO()
    d.save(buf)
    nest = b"<w:tbl><w:tr><w:tc>" * depth + b"<w:p/>" + b"</w:tc></w:tr></w:tbl>" * depth
    return _rewritten(buf.getvalue(), {"word/document.xml": lambda p: p.replace(b"<w:body>", b"<w:body>" + nest, 1)})


def _refused(reader: str, tmp_path, name: str, data: bytes, expect: str, db) -> str:  # noqa: F811
    f = tmp_path / name
    f.write_bytes(data)
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2, (r.returncode, r.stderr[-500:])
    assert expect in r.stderr, r.stderr[-500:]
    assert "Lỗi không mong đợi" not in r.stderr and "Traceback" not in r.stderr
    return r.stderr


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_an_xlsx_declaring_millions_of_shared_strings_is_refused_before_they_are_read(reader, db, tmp_path):  # noqa: F811
    data = with_shared_strings(GOOD[reader](), 3_000_000)
    assert len(data) < 200_000
    _refused(reader, tmp_path, "chuỗi.xlsx", data, "hơn 200.000 chuỗi chữ", db)


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_an_xlsx_row_of_millions_of_cells_is_refused_before_it_is_read(reader, db, tmp_path):  # noqa: F811
    data = with_a_long_row(GOOD[reader](), 12_000_000)
    assert len(data) < 100_000
    _refused(reader, tmp_path, "một dòng.xlsx", data, "hơn 500.000 ô", db)


def test_a_sheet_down_to_excels_last_row_is_refused(db, tmp_path):  # noqa: F811
    """1,048,576 rows streamed: refused quickly, by the row bound (round 7 tried it; it held) or now by its cells."""
    err = _refused("plan", tmp_path, "dài.xlsx", with_many_rows(GOOD["plan"](), 1_048_572), "Lỗi", db)
    assert "hơn 50.000 dòng" in err or "hơn 500.000 ô" in err, err


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_word_file_nested_past_256_levels_is_refused_in_vietnamese(reader, db, tmp_path):  # noqa: F811
    err = _refused(reader, tmp_path, "lồng.docx", deep_docx(300), "quá 256 tầng", db)
    assert "Excessive" not in err and "XML_PARSE_HUGE" not in err


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_an_office_file_whose_xml_is_broken_is_said_to_be_damaged_in_vietnamese(kind, db, tmp_path):  # noqa: F811
    if kind == "docx":
        data = _rewritten(deep_docx(1), {"word/document.xml": lambda p: p.replace(b"</w:body>", b"<w:p></w:body>")})
    else:
        good = GOOD["plan"]()
        data = _rewritten(good, {_sheet(good): lambda p: p.replace(b"</sheetData>", b"<row></sheetData>")})
    err = _refused("plan", tmp_path, f"hỏng.{kind}", data, "bị hỏng: nội dung bên trong sai cấu trúc", db)
    assert "mismatch" not in err

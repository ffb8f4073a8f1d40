"""Adversarial round 8 (issue 21): round 7's shared-string and cell bounds count only parts whose
names end in ".xml", and find the shared strings only when [Content_Types].xml writes PartName before
ContentType. openpyxl finds both parts by the package's own records, whatever their names or the
attributes' order. On main f56f918 each file below (50-130 KB) is read as round 7 measured before its
fix: 27 s and 320 MB (A, B: then imported, exit 0), or 27 s and 2.9 GB ending in
"Không mở được tệp Excel: ." (C). Each test fails on main."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from .test_bounded_readers import GOOD, db  # noqa: F401 (fixture)
from .test_round7_office_files import _refused, _rewritten, _sheet

CT = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def _strings_in(name: str, content_type_first: bool) -> bytes:
    good = GOOD["plan"]()
    sst = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           + b"<si><t>a</t></si>" * 3_000_000 + b"</sst>")
    part, kind = b'PartName="/' + name.encode() + b'"', b'ContentType="' + CT + b'"'
    override = b"<Override " + (kind + b" " + part if content_type_first else part + b" " + kind) + b"/>"

    def types(p: bytes) -> bytes:
        return re.sub(rb"<Override[^>]*sharedStrings[^>]*/>", b"", p).replace(b"</Types>", override + b"</Types>")
    return _rewritten(good, {"[Content_Types].xml": types}, {name: sst})


def _sheet_renamed_with_a_long_row(new_suffix: str) -> bytes:
    good = GOOD["plan"]()
    sheet = _sheet(good)
    new = sheet.replace(".xml", new_suffix)
    row = b'<row r="1048576">' + b"<c/>" * 12_000_000 + b"</row></sheetData>"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for n in z.namelist():
            d = z.read(n)
            if n == sheet:
                w.writestr(new, d.replace(b"</sheetData>", row))
                continue
            if n in ("[Content_Types].xml", "xl/_rels/workbook.xml.rels"):
                d = d.replace(sheet.split("/", 1)[1].encode(), new.split("/", 1)[1].encode())
            w.writestr(n, d)
    return out.getvalue()


@pytest.mark.parametrize(("name", "content_type_first"), [("xl/ss.bin", False), ("xl/strings.xml", True)])
def test_millions_of_shared_strings_in_a_part_named_otherwise_are_refused(db, tmp_path, name, content_type_first):  # noqa: F811
    data = _strings_in(name, content_type_first)
    assert len(data) < 200_000
    _refused("plan", tmp_path, "chuỗi.xlsx", data, "hơn 200.000 chuỗi chữ", db)


def _capped_import(f, db):  # noqa: F811
    """`parapp import --dry-run` under a 2 GB address-space limit: on main these files take GBs, and
    the test must not starve the machine."""
    import resource
    import subprocess
    import sys

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    return subprocess.run([sys.executable, "-m", "parapp", "import", str(f), "--dry-run", "--db", str(db)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120, preexec_fn=cap)  # noqa: PLW1509


def test_a_row_of_millions_of_cells_in_a_sheet_part_not_named_xml_is_refused(db, tmp_path):  # noqa: F811
    f = tmp_path / "một dòng.xlsx"
    f.write_bytes(_sheet_renamed_with_a_long_row(".bin"))
    assert f.stat().st_size < 100_000
    r = _capped_import(f, db)
    assert r.returncode == 2, (r.returncode, r.stderr[-500:])
    assert "hơn 500.000 ô" in r.stderr, r.stderr[-500:]


def _docx_body_in_a_part_not_named_xml(padding: int) -> bytes:
    from docx import Document

    d = Document()
    d.add_paragraph("Kế hoạch")
    b = io.BytesIO()
    d.save(b)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(b.getvalue())) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for n in z.namelist():
            data = z.read(n)
            if n == "word/document.xml":
                w.writestr("word/document.bin", data.replace(b"<w:body>", b"<w:body>" + b"<w:p/>" * (padding // 6)))
                continue
            if n in ("[Content_Types].xml", "_rels/.rels"):
                data = data.replace(b"document.xml", b"document.bin")
            w.writestr("word/_rels/document.bin.rels" if n == "word/_rels/document.xml.rels" else n, data)
    return out.getvalue()


def test_a_word_body_of_150_mb_in_a_part_not_named_xml_is_refused_as_too_large(db, tmp_path):  # noqa: F811
    """check_office_zip bounds only parts named .xml/.rels at 50 MB; python-docx finds the body by the
    package's relationships, whatever its name. On main this 255 KB file took 63 s and 8 GB (stopped
    by an 8 GB ulimit) and ended in "Không mở được tệp Word: ."; under a 3 GB ulimit, "bị hỏng".
    Run under a 2 GB address-space limit."""
    f = tmp_path / "kế hoạch.docx"
    f.write_bytes(_docx_body_in_a_part_not_named_xml(150_000_000))
    assert f.stat().st_size < 400_000
    r = _capped_import(f, db)
    assert r.returncode == 2, (r.returncode, r.stderr[-500:])
    assert "giải nén ra hơn 50 MB" in r.stderr, r.stderr[-500:]  # round 9: the content, not the file, is too large

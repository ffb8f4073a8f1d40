"""Adversarial round 11 (issue 21), the importers: a part of an .xlsx/.docx in an encoding the counts cannot see.

Rounds 9 and 10 count the elements and attributes of every part before a library parses it, by the bytes "<" and
"=". lxml (python-docx; openpyxl's styles and workbook) reads a part in any encoding its XML declaration names
that iconv knows, UTF-7 among them, where "<w:p/>" can be written without a single "<" byte. On main a 128 KB
.docx whose body was 3 million empty paragraphs in UTF-7 was read for 21 s in 460 MB and said "Đọc được 1 nhiệm
vụ" (exit 0); the figures and criteria importers spent 25 s and 460 MB before saying the file held no table.
Office, LibreOffice, WPS and Google Sheets write UTF-8 (UTF-16 at times): a part in another encoding is refused.

The same kind of hole: the counting of a part stops at a DTD's entity declaration, which round 8 refused for Excel
only (python-docx does not expand entities). A 57 KB .docx declaring one entity before 2.5 million empty paragraphs
was read for 40 s in 390 MB, exit 0. Word never writes a DTD: refused as for Excel. And the counting of the whole
package stopped at the first part that could not be inflated: a part no relationship names (which the libraries
never read) with a bad CRC, placed first, left a body of 2.5 million paragraphs uncounted (29 s, 390 MB, exit 0).
"""

from __future__ import annotations

import codecs
import io
import struct
import zipfile

import pytest

from .test_bounded_readers import COMMANDS, GOOD, db, parapp  # noqa: F401 (fixture)
from .test_round9_office_zips import _docx

_REFUSED = "bằng một bảng mã mà tệp"


def _utf7(xml: str) -> bytes:
    """The part in UTF-7, its markup written in the base64 form: not one "<" after the declaration."""
    body = xml[xml.index("?>") + 2:] if xml.startswith("<?xml") else xml
    b64 = codecs.encode(body.encode("utf-16-be"), "base64").decode().replace("\n", "").rstrip("=")
    return b'<?xml version="1.0" encoding="UTF-7" standalone="yes"?>\n+' + b64.encode() + b"-"


def _rewritten(data: bytes, part: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for name in z.namelist():
            content = z.read(name)
            w.writestr(name, change(content) if name == part else content)
    return out.getvalue()


def _word_bomb(paragraphs: int) -> bytes:
    def change(xml: bytes) -> bytes:
        text = xml.decode("utf-8").replace("<w:sectPr", "<w:p/>" * paragraphs + "<w:sectPr", 1)
        return _utf7(text)

    return _rewritten(_docx(), "word/document.xml", change)


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_word_body_of_a_million_paragraphs_written_in_utf7_is_refused_before_it_is_parsed(reader, db, tmp_path):  # noqa: F811
    f = tmp_path / "kế hoạch.docx"
    f.write_bytes(_word_bomb(1_100_000))
    assert f.stat().st_size < 100_000
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and _REFUSED in r.stderr and "word/document.xml" in r.stderr, r.stderr[-400:]
    assert "lưu lại thành tệp mới" in r.stderr


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_workbook_styles_written_in_utf7_are_refused(reader, db, tmp_path):  # noqa: F811
    """openpyxl reads a workbook's styles with lxml: UTF-7 there hides what the counts look for."""
    def change(xml: bytes) -> bytes:
        return _utf7(xml.decode("utf-8").replace("</styleSheet>", "<a/>" * 300_000 + "</styleSheet>"))

    data = _rewritten(GOOD[reader](), "xl/styles.xml", change)
    f = tmp_path / "bảng.xlsx"
    f.write_bytes(data)
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and _REFUSED in r.stderr and "xl/styles.xml" in r.stderr, r.stderr[-400:]


@pytest.mark.parametrize("declared, codec", [("UTF-16", "utf-16"), ("windows-1252", "cp1252"), ("us-ascii", "ascii"),
                                             ("UTF-8", "utf-8")])
def test_a_word_plan_whose_body_declares_an_encoding_whose_markup_is_counted_is_read(declared, codec, db, tmp_path):  # noqa: F811
    def change(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        text = f'<?xml version="1.0" encoding="{declared}" standalone="yes"?>' + text[text.index("?>") + 2:]
        return text.encode(codec, errors="xmlcharrefreplace")

    f = tmp_path / "kế hoạch.docx"
    f.write_bytes(_rewritten(_docx(), "word/document.xml", change))
    r = parapp("import", f, "--dry-run", db=db)
    assert r.returncode == 0 and "Đọc được 1 nhiệm vụ" in r.stdout, r.stderr[-400:]


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_word_file_declaring_an_entity_is_refused_not_left_uncounted(reader, db, tmp_path):  # noqa: F811
    def change(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        end = text.index("?>") + 2
        body = text[end:].replace("<w:sectPr", "<w:p/>" * 1_100_000 + "<w:sectPr", 1)
        return (text[:end] + '<!DOCTYPE w:document [<!ENTITY a "x">]>' + body).encode("utf-8")

    f = tmp_path / "kế hoạch.docx"
    f.write_bytes(_rewritten(_docx(), "word/document.xml", change))
    assert f.stat().st_size < 100_000
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and "Tệp Word này khai báo thực thể XML" in r.stderr, r.stderr[-400:]


def _with_damaged_first_part(data: bytes) -> bytes:
    """The package with a part no relationship names put first, its CRC wrong in both headers."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        w.writestr(zipfile.ZipInfo("customXml/item0.bin"), b"x" * 100)  # stored: its CRC at a known place
        for name in z.namelist():
            w.writestr(name, z.read(name))
    b = bytearray(out.getvalue())
    struct.pack_into("<I", b, 14, 0xDEADBEEF)
    central = struct.unpack("<I", b[b.rfind(b"PK\x05\x06") + 16:][:4])[0]
    assert b[central:central + 4] == b"PK\x01\x02"
    struct.pack_into("<I", b, central + 16, 0xDEADBEEF)
    return bytes(b)


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_damaged_part_the_libraries_never_read_does_not_stop_the_counting(reader, db, tmp_path):  # noqa: F811
    def change(xml: bytes) -> bytes:
        return xml.replace(b"<w:sectPr", b"<w:p/>" * 1_100_000 + b"<w:sectPr", 1)

    f = tmp_path / "kế hoạch.docx"
    f.write_bytes(_with_damaged_first_part(_rewritten(_docx(), "word/document.xml", change)))
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and "hơn 1.000.000 thành phần" in r.stderr, r.stderr[-400:]


def test_a_plan_with_a_damaged_part_the_libraries_never_read_is_still_read(db, tmp_path):  # noqa: F811
    f = tmp_path / "kế hoạch.docx"
    f.write_bytes(_with_damaged_first_part(_docx()))
    r = parapp("import", f, "--dry-run", db=db)
    assert r.returncode == 0 and "Đọc được 1 nhiệm vụ" in r.stdout, r.stderr

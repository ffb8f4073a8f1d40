"""Adversarial round 10 (issue 21), the importers: XML attributes under the element bound.

Round 9 counted the elements of an .xlsx/.docx before a library parses it, not their attributes, and a
parser spends on an attribute what it spends on an element. On main:

- a 9 MB .xlsx whose first row carries 4 million attributes: the plan import read it for 230 s in 1.6 GB
  and said "Đọc được 2 nhiệm vụ" (expat, which reads a workbook's sheets, takes a time growing with the
  square of one tag's attributes); 1.5 million: 40 s and 730 MB in each of the three importers;
- 8 MB files whose styles (.xlsx) or body (.docx) hold five elements of 700,000 attributes: 4 s, 1 GB, read;
- the same spread over hundreds of tags of 9,000 attributes (none of them odd alone): 2.5–4 s, 550–800 MB, read.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from .test_bounded_readers import COMMANDS, GOOD, db, parapp  # noqa: F401 (fixture)
from .test_round9_office_zips import _docx


def _attributes(n: int) -> bytes:
    return " ".join(f'a{i}=""' for i in range(n)).encode()


def _with(data: bytes, part: str, before: bytes, extra: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for name in z.namelist():
            content = z.read(name)
            if name == part:
                assert before in content
                content = content.replace(before, extra + before, 1)
            w.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_a_row_carrying_hundreds_of_thousands_of_attributes_is_refused_before_it_is_parsed(reader, db, tmp_path):  # noqa: F811
    """200,000 attributes on one row of the sheet: 1.5 s on main (4 million: 230 s), the plan read as if sound."""
    data = _with(GOOD[reader](), "xl/worksheets/sheet1.xml", b"</sheetData>",
                 b"<row r='999' " + _attributes(200_000) + b"/>")
    f = tmp_path / "bảng.xlsx"
    f.write_bytes(data)
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and "một thành phần mang hơn 10.000 thuộc tính" in r.stderr, r.stderr[-300:]
    assert "lưu lại thành tệp mới" in r.stderr


def test_a_tag_of_many_attributes_is_found_whatever_its_length_and_wherever_the_file_is_cut():
    """A start tag longer than the pieces the part is read in, or with text around it, is followed across them."""
    from parapp.core.importing import limits

    for lead in (0, 1, (1 << 20) - 7, (1 << 20) - 200_000):
        tag = b"<x " + _attributes(10_500) + b"/>"
        body = b"<r>" + b"<p>text</p>" * (lead // 11) + tag + b"</r>"
        xlsx = _with(GOOD["plan"](), "xl/styles.xml", b"</styleSheet>", body)
        with pytest.raises(limits.Unreadable, match="10.000 thuộc tính"):
            limits.check_xlsx_counts(xlsx)
    long_attrs = b"<x " + b" ".join(b'a%d="%s"' % (i, b"v" * 300) for i in range(12_000)) + b"/>"  # 3.8 MB, one tag
    with pytest.raises(limits.Unreadable, match="10.000 thuộc tính"):
        limits.check_docx_counts(_with(_docx(), "word/document.xml", b"</w:body>", long_attrs))


@pytest.mark.parametrize(("kind", "part", "before", "tags"), [
    ("docx", "word/document.xml", b"</w:body>", 234),     # 2.1 million attributes: 2.5 s and 556 MB on main
    ("xlsx", "xl/styles.xml", b"</styleSheet>", 345),     # 3.1 million: 4 s and 800 MB on main
])
def test_millions_of_attributes_spread_over_ordinary_tags_are_refused(kind, part, before, tags):
    from parapp.core.importing import limits

    base = _docx() if kind == "docx" else GOOD["plan"]()
    data = _with(base, part, before, (b"<x:y xmlns:x='urn:x' " + _attributes(9_000) + b"/>") * tags)
    check = limits.check_docx_counts if kind == "docx" else limits.check_xlsx_counts
    with pytest.raises(limits.Unreadable, match="thành phần và thuộc tính"):
        check(data)


def test_a_long_word_plan_written_as_word_writes_it_is_still_read():
    """Word's own markup, about 1.4 attributes to an element: 90,000 paragraphs (630,000 elements, 900,000
    attributes, far past a 100-page plan) are read."""
    from parapp.core.importing import sources

    para = ('<w:p w:rsidR="00AB12CD" w:rsidRDefault="00AB12CD" w:rsidP="00C3D4E5"><w:pPr><w:spacing w:before="0" '
            'w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:sz w:val="28"/>'
            '</w:rPr><w:t xml:space="preserve">Rà soát</w:t></w:r></w:p>').encode()
    tables, text = sources.docx_content(_with(_docx(), "word/document.xml", b"</w:body>", para * 90_000))
    assert tables[0][1][1][1] == "Rà soát thủ tục hành chính" and text.count("Rà soát") == 90_000

"""Adversarial round 11 (issue 21), the importers: an OpenDocument file (.odt, .ods), and Office's 2003 XML formats.

LibreOffice's own formats, which state offices are asked to use, are zips as .docx and .xlsx are. On main every
importer said "Tệp này không có cấu trúc của một tệp Excel nên không mở được … Hãy mở tệp bằng Excel" (or Word, when
named .docx): the official was sent to a program the office may not have, for a file that is not damaged. Now said
for what it is, with the way to save it as .docx or .xlsx.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from .test_bounded_readers import COMMANDS, db, parapp  # noqa: F401 (fixture)


def _opendocument(kind: str) -> bytes:
    """A package as LibreOffice writes it: "mimetype" first and stored, then the content."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", f"application/vnd.oasis.opendocument.{kind}", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
                                  '"urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                                            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
                   compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


@pytest.mark.parametrize("name, kind", [("kế hoạch.odt", "text"), ("biểu.ods", "spreadsheet"),
                                        ("đổi đuôi.docx", "text"), ("đổi đuôi.xlsx", "spreadsheet")])
@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_an_opendocument_file_is_said_to_be_one_with_how_to_save_it(reader, name, kind, db, tmp_path):  # noqa: F811
    f = tmp_path / name
    f.write_bytes(_opendocument(kind))
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and "tệp OpenDocument" in r.stderr, r.stderr
    assert "Lưu thành" in r.stderr and "cấu trúc của một tệp Excel" not in r.stderr


XML_2003 = {
    "Excel": ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-'
              'com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="KH">'
              "<Table><Row><Cell><Data ss:Type=\"String\">STT</Data></Cell><Cell><Data ss:Type=\"String\">Nội dung "
              "công việc</Data></Cell><Cell><Data ss:Type=\"String\">Cơ quan chủ trì</Data></Cell></Row></Table>"
              "</Worksheet></Workbook>"),
    "Word": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
             '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>'
             "KẾ HOẠCH</w:t></w:r></w:p></w:body></w:wordDocument>"),
}


@pytest.mark.parametrize("kind", sorted(XML_2003))
@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_an_office_2003_xml_file_is_said_to_be_one_with_how_to_save_it(reader, kind, db, tmp_path):  # noqa: F811
    """Some systems "export to Excel" as XML Spreadsheet 2003 named .xls: on main each importer said it found no
    table or header ("Không nhận ra bảng phân công…") in a file that has both."""
    f = tmp_path / ("BaoCao.xls" if kind == "Excel" else "KeHoach.xml")
    f.write_text(XML_2003[kind], encoding="utf-8")
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2 and f"tệp {kind} dạng XML 2003" in r.stderr, r.stderr
    assert "Lưu thành" in r.stderr

"""Round 31D: a footnote's mark Excel raises (a Superscript run inside the cell's text, "15" and a raised "1") was
read as one more digit: 151 dossiers stored for 15, silent; criterion "1.1" with its raised note "1" was criterion
1.11. Round 30D kept Word's and HTML's raised figures raised, not Excel's."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl

from parapp.core.figures_import import read_bytes
from parapp.core.par.reading import read_bytes as read_set


def _with_raised(rows: list[list], plain: str, raised: str) -> bytes:
    """A workbook whose cell "@" is a shared string of `plain` and a Superscript run `raised`, as Excel writes it."""
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    made = io.BytesIO()
    wb.save(made)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(made.getvalue())) as zin, zipfile.ZipFile(out, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<c r="([A-Z]+\d+)" t="inlineStr"><is><t>@</t></is></c>',
                              rb'<c r="\1" t="s"><v>0</v></c>', data)
            elif name == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                                    b'Target="sharedStrings.xml"/></Relationships>')
            zout.writestr(name, data)
        zout.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      f'<si><r><t>{plain}</t></r><r><rPr><vertAlign val="superscript"/></rPr><t>{raised}</t></r></si>'
                      "</sst>")
    return out.getvalue()


def test_a_count_with_a_raised_note_in_excel():
    head = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"]
    data = _with_raised([head, [1, "Hộ tịch", "@", 5, 4], [2, "Chứng thực", 5, 5, 1]], "15", "1")
    got = read_bytes(data, "b.xlsx")
    assert got.values["dossiers.received_online"] == 20
    assert any("chú thích" in str(n) for n in got.notes)


def test_a_code_with_a_raised_note_in_excel():
    data = _with_raised([["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"], ["I", "A", None, None],
                         [1, "Kế hoạch", None, None], ["@", "Ban hành", 2, None], ["1.2", "Triển khai", 2, None],
                         [2, "Báo cáo", 3, None]], "1.1", "1")
    built = read_set(data, "s.xlsx").build(2026)
    assert [c.code for c in built.criteria.leaves()] == ["1.1", "1.2", "2"]

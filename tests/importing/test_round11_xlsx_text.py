"""Adversarial round 11 (issue 21), the importers: the text of an .xlsx cell as Excel shows it.

Excel writes a character XML cannot hold as "_xHHHH_": a carriage return (text pasted with Windows line ends into a
cell, or written by an export) as "_x000D_", Word's line break copied into a cell as "_x000B_". openpyxl leaves them
as written: on main a plan's lead came in as "Văn phòng_x000D_\\nHĐND" and a task's content as
"Rà soát_x000B_thủ tục", without a word, in the plan, figures and criteria importers alike.
Held on main and kept: a shared string's rich-text runs are joined and its phonetic guide (rPh) left out.
"""

from __future__ import annotations

import io
import zipfile

_NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _xlsx(shared: list[str], rows: str) -> bytes:
    """A workbook as Excel writes it: one sheet whose cells point into the shared strings."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
                   f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
                   f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                                  'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                                  f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS}><sheets>'
                                      '<sheet name="Kế hoạch" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships"><Relationship Id="rId1" Type="{_REL}/worksheet" '
                   f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{_REL}/sharedStrings" '
                   'Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>'
                                               f"{rows}</sheetData></worksheet>")
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS}>{"".join(shared)}</sst>')
    return out.getvalue()


def _row(r: int, *cells: str) -> str:
    refs = [f"{col}{r}" for col in "ABCD"]
    return f'<row r="{r}">' + "".join(f'<c r="{ref}" t="s"><v>{v}</v></c>' for ref, v in zip(refs, cells)) + "</row>"


SHARED = ["<si><t>STT</t></si>", "<si><t>Nội dung công việc</t></si>", "<si><t>Cơ quan chủ trì</t></si>",
          "<si><t>Thời gian thực hiện</t></si>", "<si><t>1</t></si>", "<si><t>2</t></si>",
          "<si><t>Rà soát_x000B_thủ tục hành chính</t></si>",
          "<si><t>Văn phòng_x000D_\nHĐND và UBND</t></si>",
          '<si><r><t xml:space="preserve">Công khai </t></r><r><rPr><b/></rPr><t>thủ tục</t></r>'
          '<rPh sb="0" eb="2"><t>CONG KHAI</t></rPh><phoneticPr fontId="1"/></si>',
          "<si><t>Tư pháp</t></si>", "<si><t>Quý I/2026</t></si>", "<si><t>Quý II/2026_x000D_</t></si>"]
ROWS = _row(1, "0", "1", "2", "3") + _row(2, "4", "6", "7", "10") + _row(3, "5", "8", "9", "11")


def test_characters_excel_escapes_are_read_as_the_cell_shows_them():
    from parapp.core.importing.parse import parse_bytes

    r = parse_bytes(_xlsx(SHARED, ROWS), "kế hoạch.xlsx", plan_year=2026)
    assert [(t.content, t.lead, t.deadline_text) for t in r.tasks] == [
        ("Rà soát\nthủ tục hành chính", "Văn phòng\nHĐND và UBND", "Quý I/2026"),
        ("Công khai thủ tục", "Tư pháp", "Quý II/2026")]
    assert not any("_x" in t.content + t.lead + t.deadline_text for t in r.tasks)


def test_a_criteria_name_with_an_escaped_line_end_is_read_without_it():
    from parapp.core.par.reading import read_bytes

    shared = ["<si><t>STT</t></si>", "<si><t>Tiêu chí, tiêu chí thành phần</t></si>", "<si><t>Điểm tối đa</t></si>",
              "<si><t>I</t></si>", "<si><t>CÔNG TÁC CHỈ ĐẠO_x000D_\nĐIỀU HÀNH</t></si>", "<si><t>3</t></si>",
              "<si><t>1</t></si>", "<si><t>Kế hoạch cải cách_x000D_\nhành chính năm</t></si>", "<si><t>2</t></si>",
              "<si><t>Báo cáo cải cách hành chính</t></si>"]
    rows = _row(1, "0", "1", "2") + _row(2, "3", "4", "5") + _row(3, "6", "7", "8") + _row(4, "8", "9", "6")
    leaves = read_bytes(_xlsx(shared, rows), "bộ tiêu chí.xlsx").build(2026).criteria.leaves()
    assert [n.name for n in leaves] == ["Kế hoạch cải cách\nhành chính năm", "Báo cáo cải cách hành chính"]

"""Adversarial round 12 (issue 21), the importers: a literal "_x000D_" in an .xlsx cell.

Excel writes a "_" that begins something looking like its own escape as "_x005F_": a cell reading "_x000D_" (a
code a user quotes, a file name) is stored "_x005F_x000D_". openpyxl removes every "x005F_" from a shared string
before round 11's unescaping sees it, so on main that cell came in as a carriage return, the text gone without a
word. Inline strings (openpyxl leaves them as written) held.
"""

from __future__ import annotations

from .test_round11_xlsx_text import _row, _xlsx

SHARED = ["<si><t>STT</t></si>", "<si><t>Nội dung công việc</t></si>", "<si><t>Cơ quan chủ trì</t></si>",
          "<si><t>Thời gian thực hiện</t></si>", "<si><t>1</t></si>",
          "<si><t>Sửa lỗi ký tự _x005F_x000D_ trong tệp xuất</t></si>",
          "<si><t>Văn phòng_x000D_\nHĐND</t></si>", "<si><t>Quý I/2026</t></si>",
          "<si><t>2</t></si>", "<si><t>Đổi tên tệp bao_x005F_cao.xls</t></si>"]
ROWS = (_row(1, "0", "1", "2", "3") + _row(2, "4", "5", "6", "7") + _row(3, "8", "9", "6", "7"))


def test_a_literal_escape_written_by_excel_stays_the_text_the_cell_shows():
    from parapp.core.importing.parse import parse_bytes

    r = parse_bytes(_xlsx(SHARED, ROWS), "kế hoạch.xlsx", plan_year=2026)
    assert [(t.content, t.lead) for t in r.tasks] == [
        ("Sửa lỗi ký tự _x000D_ trong tệp xuất", "Văn phòng\nHĐND"),
        ("Đổi tên tệp bao_cao.xls", "Văn phòng\nHĐND")]

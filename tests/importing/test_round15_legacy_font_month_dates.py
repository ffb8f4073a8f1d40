"""Adversarial round 15 (issue 21), the importers: a workbook typed in .VnTime whose deadlines are month dates.

Two round-14 fixes meet here: a date Excel shows as "06/2026" is read as "Tháng 6/2026", and a workbook typed in
TCVN3 (.VnTime) is converted to Unicode. On main the conversion ran over the text the reader had written itself, and
TCVN3's "á" is "ỏ": every such deadline became "Thỏng 6/2026", its due date lost ("Không đọc được ngày…").
"""

from __future__ import annotations

import datetime as dt
import io


def test_month_dates_in_a_tcvn3_workbook_keep_their_due_dates():
    import openpyxl

    from parapp.core.importing.parse import parse_bytes

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Néi dung c«ng viÖc", "C¬ quan chñ tr×", "Thêi gian hoµn thµnh"])  # TCVN3 bytes
    ws.append([1, "Rµ so¸t thñ tôc hµnh chÝnh", "V¨n phßng", dt.datetime(2026, 6, 1)])
    ws.append([2, "C«ng khai thñ tôc hµnh chÝnh", "T\u00adp¸p", dt.datetime(2026, 9, 1)])
    for row in (2, 3):
        ws.cell(row, 4).number_format = "mm/yyyy"
    buf = io.BytesIO()
    wb.save(buf)
    r = parse_bytes(buf.getvalue(), "ke-hoach.xlsx", plan_year=2026)
    assert [(t.content, t.deadline_text, str(t.due_date)) for t in r.tasks] == [
        ("Rà soát thủ tục hành chính", "Tháng 6/2026", "2026-06-30"),
        ("Công khai thủ tục hành chính", "Tháng 9/2026", "2026-09-30")]

"""Round 28D, `figures import`: a workbook whose visible sheet holds the statistics table and whose hidden sheet (an
old template, last year's export) holds one of more columns: the hidden sheet's figures were stored (99 received
online for the visible sheet's 10), because the table with the most figures is read, said only as "Tệp có 2 bảng số
liệu". A sheet the official never sees is read only when no visible sheet holds a table (round 10 did the same for
plans)."""

from __future__ import annotations

import io

from parapp.core.figures_import import read_bytes

HEAD = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn"]


def _workbook(visible: bool = True) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Quý III"
    ws.append(["Kỳ báo cáo: Quý III/2027"])
    if visible:
        ws.append(HEAD)
        ws.append([1, "Hộ tịch", 10, 5])
    old = wb.create_sheet("Mẫu cũ")
    old.sheet_state = "hidden"
    old.append(["Kỳ báo cáo: Quý III/2027"])
    old.append([*HEAD, "Giải quyết quá hạn", "Giải quyết trước hạn"])
    old.append([1, "Hộ tịch", 99, 50, 9, 3])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_the_visible_sheet_is_read_before_a_hidden_one():
    read = read_bytes(_workbook(), "bieu.xlsx")
    assert read.values["dossiers.received_online"] == 10, read.values


def test_a_hidden_sheet_alone_is_still_read():
    read = read_bytes(_workbook(visible=False), "bieu.xlsx")
    assert read.values["dossiers.received_online"] == 99, read.values

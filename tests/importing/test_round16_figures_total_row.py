"""Adversarial round 16 (issue 21), the figures import: a total row that leaves a column empty.

A statistics sheet typed by hand often has its "Tổng cộng" row filled only where someone wrote the sum. On main a
total row with "Quá hạn" left empty was the one row read: 0 late dossiers were stored while the field rows above it
held 7, exit 0, not a word said (the late figure is the one the PAR INDEX scores).
"""

from __future__ import annotations

import io

from parapp.core.figures_import import read_bytes

HEADER = ["STT", "Lĩnh vực", "Mới tiếp nhận trực tuyến", "Mới tiếp nhận trực tiếp", "Trước hạn", "Đúng hạn",
          "Quá hạn"]


def _sheet(total: list) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (HEADER, [1, "Hộ tịch", 50, 70, 100, 18, 2], [2, "Chứng thực", 400, 795, 1000, 185, 5], total):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_column_the_total_row_leaves_empty_is_the_sum_of_the_field_rows():
    r = read_bytes(_sheet(["", "Tổng cộng", 450, 865, 1100, 203, None]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 7
    assert r.values["dossiers.resolved_early"] == 1100
    assert any("Quá hạn" in str(n) and "để trống" in str(n) for n in r.notes)


def test_a_total_row_written_in_full_is_read_as_before():
    r = read_bytes(_sheet(["", "Tổng cộng", 450, 865, 1100, 203, 9]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 9  # the total as written, even where it differs from the rows
    assert not any("để trống" in str(n) for n in r.notes)

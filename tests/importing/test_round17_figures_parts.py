"""Adversarial round 17B (issue 21), the figures import: a field broken down into parts under its row.

"1 | Hộ tịch | … | 2" then "- Khai sinh | … | 1", "- Khai tử | … | 1": the parts are already in the field's row. On main
they were added to it: with no total row, or with a total row that leaves "Quá hạn" empty (round 16B's sum of the
field rows), 9 late dossiers were stored where the table held 7, exit 0 (the note even said "đã cộng 4 dòng").
"""

from __future__ import annotations

import io

import pytest

from parapp.core.figures_import import read_bytes

HEADER = ["STT", "Lĩnh vực", "Mới tiếp nhận trực tuyến", "Mới tiếp nhận trực tiếp", "Trước hạn", "Đúng hạn",
          "Quá hạn"]


def _sheet(*rows: list) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (HEADER, *rows):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("marks", [("-", "-"), ("1.1", "1.2"), ("a)", "b)")])
@pytest.mark.parametrize("total", [[], [["", "Tổng cộng", 450, 865, 1100, 203, None]]])
def test_the_parts_under_a_field_are_not_counted_again(marks, total):
    r = read_bytes(_sheet([1, "Hộ tịch", 50, 70, 100, 18, 2], [marks[0], "Khai sinh", 30, 40, 60, 8, 1],
                          [marks[1], "Khai tử", 20, 30, 40, 10, 1], [2, "Chứng thực", 400, 795, 1000, 185, 5],
                          *total), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 7
    assert r.values["dossiers.resolved_early"] == 1100


def test_the_parts_are_the_field_where_its_row_leaves_the_figure_empty():
    r = read_bytes(_sheet([1, "Hộ tịch", 50, 70, 100, 18, None], ["-", "Khai sinh", 30, 40, 60, 8, 1],
                          ["-", "Khai tử", 20, 30, 40, 10, 1], [2, "Chứng thực", 400, 795, 1000, 185, 5]),
                   "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 7
    assert r.values["dossiers.resolved_early"] == 1100


def test_a_table_whose_every_row_is_marked_has_fields_not_parts():
    r = read_bytes(_sheet(["-", "Hộ tịch", 50, 70, 100, 18, 2], ["-", "Chứng thực", 400, 795, 1000, 185, 5]),
                   "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 7


# Round 17B: a group row "I | TTHC cấp xã" leaving "Quá hạn" empty was the one row counted (the group rows alone were
# added up): 0 late dossiers stored where its fields held 7; a second group "II" written without figures of its own
# had its fields left out altogether.
def test_a_group_row_leaving_a_column_empty_is_summed_from_its_fields():
    rows = (["I", "TTHC cấp xã", 450, 865, 1100, 203, None], [1, "Hộ tịch", 50, 70, 100, 18, 2],
            [2, "Chứng thực", 400, 795, 1000, 185, 5])
    for total in ([], [["", "Tổng cộng", 450, 865, 1100, 203, None]]):
        r = read_bytes(_sheet(*rows, *total), "so-lieu.xlsx")
        assert r.values["dossiers.resolved_late"] == 7
        assert r.values["dossiers.resolved_early"] == 1100


def test_a_group_without_figures_of_its_own_counts_its_fields():
    r = read_bytes(_sheet(["I", "TTHC cấp xã", 450, 865, 1100, 203, 7], [1, "Hộ tịch", 50, 70, 100, 18, 2],
                          [2, "Chứng thực", 400, 795, 1000, 185, 5], ["II", "Liên thông", None, None, None, None, None],
                          [1, "Khai sinh liên thông", 10, 10, 15, 5, 3]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 10
    assert r.values["dossiers.resolved_early"] == 1115


def test_figures_in_the_first_column_are_no_row_numbers():
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (["Mới tiếp nhận trực tuyến", "Mới tiếp nhận trực tiếp", "Trước hạn", "Đúng hạn", "Quá hạn", "Lĩnh vực"],
                ["250", 70, 100, 18, 2, "Hộ tịch"], ["1.100", 795, 1000, 185, 5, "Chứng thực"]):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    r = read_bytes(buf.getvalue(), "so-lieu.xlsx")
    assert r.values["dossiers.received_online"] == 1350
    assert r.values["dossiers.resolved_late"] == 7

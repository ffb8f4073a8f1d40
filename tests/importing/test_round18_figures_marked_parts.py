"""Adversarial round 18B (issue 21), the figures import: a part marked in its name, not in the number column.

"1 | Hộ tịch | … | 2" then " | - Khai sinh | … | 1", " | a) Khai tử | … | 1" (the STT cell left empty, the mark
written before the name), or in a table with no STT column "a) Khai sinh", "1.1. Khai sinh": round 17B read a part
only from a mark alone in the first cell, so these were added to their field again, 4 late dossiers stored where the
table held 2, exit 0.
"""

from __future__ import annotations

import io

import pytest

from parapp.core.figures_import import read_bytes


def _sheet(header: list, *rows: list) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (header, *rows):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("marks", [("- Khai sinh", "- Khai tử"), ("a) Khai sinh", "b) Khai tử"),
                                   ("1.1. Khai sinh", "1.2. Khai tử"), ("-Khai sinh", "+ Khai tử")])
def test_a_part_marked_in_its_name_under_an_empty_number_is_not_counted_again(marks):
    r = read_bytes(_sheet(["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Giải quyết đúng hạn", "Quá hạn"],
                          [1, "Hộ tịch", 10, 8, 2], [None, marks[0], 6, 5, 1], [None, marks[1], 4, 3, 1],
                          [2, "Đất đai", 5, 5, 0]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 2
    assert r.values["dossiers.resolved_on_time"] == 13


@pytest.mark.parametrize("names", [("Hộ tịch", "a) Khai sinh", "b)Khai tử", "Đất đai"),
                                   ("1. Hộ tịch", "1.1. Khai sinh", "1.2 Khai tử", "2. Đất đai")])
def test_a_part_marked_in_the_first_cell_of_a_table_with_no_number_column(names):
    r = read_bytes(_sheet(["Lĩnh vực", "Số hồ sơ tiếp nhận", "Giải quyết đúng hạn", "Quá hạn"],
                          [names[0], 10, 8, 2], [names[1], 6, 5, 1], [names[2], 4, 3, 1], [names[3], 5, 5, 0]),
                   "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 2


def test_fields_whose_names_start_with_a_letter_and_no_mark_are_all_counted():
    r = read_bytes(_sheet(["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Giải quyết đúng hạn", "Quá hạn"],
                          [1, "Hộ tịch", 10, 8, 2], [None, "Chứng thực", 6, 5, 1], [2, "Đất đai", 5, 5, 0]),
                   "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 3


GROUPED = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Giải quyết đúng hạn", "Quá hạn"]


# Round 17B (48771cf) read a row's level from its number alone: fields whose number is left empty under a group row
# holding figures ("I | TTHC cấp xã | … | 2" over " | Hộ tịch | … | 2") were added to the group's figure again (before
# 17B, 2 late dossiers; after, 4). A group marked in the name ("| I. TTHC cấp xã") or lettered ("A", "B") the same.
@pytest.mark.parametrize("groups", [("I", "TTHC cấp xã", "II", "TTHC liên thông"),
                                    (None, "I. TTHC cấp xã", None, "II. TTHC liên thông"),
                                    ("A", "TTHC cấp xã", "B", "TTHC liên thông")])
@pytest.mark.parametrize("numbers", [(None, None, None), (1, 2, 3)])
def test_a_group_rows_figures_are_not_added_to_again_by_its_fields(groups, numbers):
    r = read_bytes(_sheet(GROUPED, [groups[0], groups[1], 15, 13, 2], [numbers[0], "Hộ tịch", 10, 8, 2],
                          [numbers[1], "Đất đai", 5, 5, 0], [groups[2], groups[3], 3, 3, 0],
                          [numbers[2], "Khai sinh - BHYT", 3, 3, 0]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 2
    assert r.values["dossiers.resolved_on_time"] == 16

"""Adversarial round 19B (issue 21), the figures import: a breakdown written "Trong đó:" (of which), or marked "*".

"1 | Hộ tịch | 10 | 8 | 2" then " | Trong đó: | | |", " | Khai sinh | 6 | 5 | 1", " | Khai tử | 4 | 3 | 1" (or
"Trong đó: Khai sinh" in one cell, or "* Khai sinh" items): the rows of which the field's figure is made were added to
it again, 4 late dossiers stored where the table held 2, exit 0. Round 18B reads a row whose number is left empty as a
field; under "Trong đó" it is a part of the field above, up to the next numbered row.
"""

from __future__ import annotations

import io

import pytest

from parapp.core.figures_import import read_bytes

HEAD = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Giải quyết đúng hạn", "Quá hạn"]


def _sheet(*rows: list) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("parts", [
    [[None, "Trong đó:", None, None, None], [None, "Khai sinh", 6, 5, 1], [None, "Khai tử", 4, 3, 1]],
    [[None, "Trong đó: Khai sinh", 6, 5, 1], [None, "Khai tử", 4, 3, 1]],
    [[None, "Trong đó: - Khai sinh", 6, 5, 1], [None, "- Khai tử", 4, 3, 1]],
    [[None, "* Khai sinh", 6, 5, 1], [None, "* Khai tử", 4, 3, 1]],
    [[None, "- Trong đó:", None, None, None], [None, "Khai sinh", 6, 5, 1], [None, "Khai tử", 4, 3, 1]]])
def test_the_rows_a_field_is_made_of_are_not_counted_again(parts):
    r = read_bytes(_sheet(HEAD, [1, "Hộ tịch", 10, 8, 2], *parts, [2, "Đất đai", 5, 5, 0]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 2
    assert r.values["dossiers.resolved_on_time"] == 13


def test_fields_after_a_breakdown_and_the_next_numbered_field_are_counted():
    r = read_bytes(_sheet(HEAD, [1, "Hộ tịch", 10, 8, 2], [None, "Trong đó:", None, None, None],
                          [None, "Khai sinh", 6, 5, 1], [2, "Đất đai", 5, 5, 0], [None, "Chứng thực", 3, 2, 1]),
                   "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 3


# Fields lettered in their names ("A. Hộ tịch" … "D. Khác", no group): "C." was read as the Roman hundred, a group, so
# "D. Khác" under it was taken for its part and left out (3 late dossiers stored where the table held 4, exit 0).
@pytest.mark.parametrize("numbered", [False, True])
def test_fields_lettered_in_their_names_are_all_counted(numbered):
    names = ["A. Hộ tịch", "B. Đất đai", "C. Chứng thực", "D. Khác"]
    figures = [[10, 8, 2], [5, 5, 0], [4, 3, 1], [3, 2, 1]]
    head = HEAD if numbered else HEAD[1:]
    rows = [([None] if numbered else []) + [n, *f] for n, f in zip(names, figures)]
    r = read_bytes(_sheet(head, *rows), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 4


# The total row written "Tổng số hồ sơ" (first or last) was read as one more field and added to the fields it sums:
# 26 dossiers on time and 4 late stored where the table held 13 and 2, exit 0.
@pytest.mark.parametrize("label", ["Tổng số hồ sơ", "TỔNG SỐ HỒ SƠ", "Tổng số hồ sơ TTHC"])
@pytest.mark.parametrize("first", [True, False])
def test_a_total_row_naming_the_dossiers_is_the_total(label, first):
    total = [None, label, 15, 13, 2]
    fields = [[1, "Hộ tịch", 10, 8, 2], [2, "Đất đai", 5, 5, 0]]
    rows = [total, *fields] if first else [*fields, total]
    r = read_bytes(_sheet(HEAD, *rows), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 2
    assert r.values["dossiers.resolved_on_time"] == 13


def test_a_field_after_a_breakdown_in_a_table_numbering_none_is_counted():
    r = read_bytes(_sheet(HEAD, [None, "Hộ tịch", 10, 8, 2], [None, "Trong đó: Khai sinh", 6, 5, 1],
                          [None, "Đất đai", 5, 5, 0], [None, "Chứng thực", 4, 3, 1]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_on_time"] == 16
    assert r.values["dossiers.resolved_late"] == 3


# Round 20B: in a table with no number column at all, the name in the first cell was taken for a row's number of its
# own, so " Trong đó:" ended at once: "Khai sinh", "Khai tử" were added to "Hộ tịch" again (24 on time and 5 late
# stored where the table held 16 and 3, exit 0).
@pytest.mark.parametrize("opening", [[["Trong đó:", None, None, None], ["Khai sinh", 6, 5, 1]],
                                     [["Trong đó: Khai sinh", 6, 5, 1]]])
def test_a_breakdown_in_a_table_with_no_number_column_is_not_counted_again(opening):
    r = read_bytes(_sheet(HEAD[1:], ["Hộ tịch", 10, 8, 2], *opening, ["Khai tử", 4, 3, 1], ["Đất đai", 5, 5, 0],
                          ["Chứng thực", 4, 3, 1]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_on_time"] == 16
    assert r.values["dossiers.resolved_late"] == 3


def test_a_field_numbered_in_its_name_ends_a_breakdown_in_a_table_with_no_number_column():
    r = read_bytes(_sheet(HEAD[1:], ["1. Hộ tịch", 10, 8, 2], ["Trong đó: Khai sinh", 6, 5, 1],
                          ["2. Chứng thực", 1, 1, 0], ["Đất đai", 5, 5, 0]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_on_time"] == 14


def test_marked_parts_count_toward_the_breakdown_in_a_table_with_no_number_column():
    r = read_bytes(_sheet(HEAD[1:], ["Hộ tịch", 10, 8, 2], ["Trong đó:", None, None, None], ["- Khai sinh", 6, 5, 1],
                          ["- Khai tử", 4, 3, 1], ["Đất đai", 5, 5, 0], ["Chứng thực", 4, 3, 1]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_on_time"] == 16
    assert r.values["dossiers.resolved_late"] == 3

"""Round 32D, `figures import`: a field's number merged down over its breakdown opened by "Trong đó:" (Excel), where the
parts do not add up to the field (only some procedures named): the merged "1" carried to each row hid the opener
("Trong đó: Khai sinh" read with "1" as its name) and ended the breakdown, each part one more field: 21 dossiers stored
for 15, exit 0, not a word."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parapp.core.figures_import import read_bytes

HD = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"]


def _values(rows, merges) -> tuple[float, float, float]:
    wb = openpyxl.Workbook()
    for r in [HD, *rows]:
        wb.active.append(r)
    for m in merges:
        wb.active.merge_cells(m)
    out = io.BytesIO()
    wb.save(out)
    v = read_bytes(out.getvalue(), "bieu.xlsx").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


@pytest.mark.parametrize("opener", ["Trong đó: Khai sinh", "Trong số đó: Khai sinh", "Gồm có: Khai sinh"])
def test_a_breakdown_opened_under_a_merged_number_is_parts(opener):
    rows = [[1, "Hộ tịch", 10, 5, 4], [None, opener, 6, 3, 3], [2, "Chứng thực", 5, 5, 1]]
    assert _values(rows, ["A2:A3"]) == (15, 10, 5)
    rows = [[1, "Hộ tịch", 10, 5, 4], [None, "Trong đó:", None, None, None], [None, "Khai sinh", 6, 3, 3],
            [None, "Khai tử", 3, 1, 1], [2, "Chứng thực", 5, 5, 1]]
    assert _values(rows, ["A2:A5"]) == (15, 10, 5)


def test_procedures_under_a_merged_number_stay_rows():
    rows = [[1, "Khai sinh", 6, 3, 3], [None, "Khai tử", 4, 2, 1], [2, "Chứng thực", 5, 5, 1]]
    assert _values(rows, ["A2:A3"]) == (15, 10, 5)


N = "Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


def _csv(text: str) -> tuple[float, float, float]:
    v = read_bytes(text.encode(), "bieu.csv").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


@pytest.mark.parametrize("field, part", [("+", "-"), ("❖", "•"), ("-", "+")])
def test_fields_and_parts_bulleted_differently_are_fields_and_parts(field, part):
    """No number column, fields bulleted "+" and their parts "-": the parts were counted again, 25 stored for 15."""
    text = N + f"{field} Hộ tịch,10,5,4\n{part} Khai sinh,6,3,3\n{part} Khai tử,4,2,1\n{field} Chứng thực,5,5,1\n"
    assert _csv(text) == (15, 10, 5)


def test_rows_bulleted_differently_that_add_up_to_nothing_stay_rows():
    assert _csv(N + "+ Hộ tịch,10,5,4\n- Chứng thực,5,5,1\n- Đất đai,1,1,1\n") == (16, 11, 6)

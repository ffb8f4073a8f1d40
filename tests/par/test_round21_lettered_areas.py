"""PAR INDEX criteria sets whose areas are lettered A, B, C, D (left by round 19B of issue 21).

The set was refused, "Mã 1 đã có ở dòng trên", and "C" was read as the Roman hundred (area 100): nothing could be
stored, and the message sent the official to renumber criteria that were numbered plainly.
"""

from __future__ import annotations

import io

import pytest

from parapp.core.par.reading import read_bytes

AREAS = (("A", "CÔNG TÁC CHỈ ĐẠO", [("1", "Kế hoạch CCHC", 3), ("2", "Báo cáo CCHC", 2)]),
         ("B", "CẢI CÁCH THỂ CHẾ", [("1", "Ban hành văn bản", 5)]),
         ("C", "CẢI CÁCH TTHC", [("1", "Công khai TTHC", 4)]),
         ("D", "CHUYỂN ĐỔI SỐ", [("1", "Dịch vụ công trực tuyến", 6)]),
         ("Đ", "CẢI CÁCH TÀI CHÍNH CÔNG", [("1", "Tự chủ tài chính", 1)]))


def _set(layout: str, areas=AREAS) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Ghi chú"])
    for letter, name, criteria in areas:
        ws.append({"stt": [letter, name], "merged": [f"{letter}. {name}"], "name": ["", f"{letter}. {name}"]}[layout])
        for c in criteria:
            ws.append(list(c))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("layout", ["stt", "merged", "name"])
def test_lettered_areas_are_areas(layout):
    built = read_bytes(_set(layout), "bo-tieu-chi.xlsx").build(2026)
    assert not built.blocking
    areas = built.criteria.areas
    assert [a.label for a in areas] == ["A", "B", "C", "D", "Đ"]
    assert [a.name for a in areas][2:4] == ["CẢI CÁCH TTHC", "CHUYỂN ĐỔI SỐ"]
    assert [leaf.code for leaf in areas[0].leaves()] == ["1.1", "1.2"]
    assert [leaf.code for a in areas[2:] for leaf in a.leaves()] == ["3.1", "4.1", "5.1"]
    assert sum(leaf.max_milli for a in areas for leaf in a.leaves()) == 21_000


def test_a_lettered_row_in_a_roman_set_is_no_area():
    """"I", "II" areas with a criterion "C" would not be lettered areas: the Roman reading stays."""
    built = read_bytes(_set("stt", (("I", "CÔNG TÁC CHỈ ĐẠO", [("1", "Kế hoạch", 3)]),
                                    ("II", "THỂ CHẾ", [("1", "Văn bản", 2)]))), "x.xlsx").build(2026)
    assert not built.blocking and [a.label for a in built.criteria.areas] == ["I", "II"]

"""Round 42D F4, `par import-set` of an .xlsx filtered so an area row is hidden and its criteria shown, the areas
lettered ("A", "B") or numbered ("1" over 1.1, 1.2): round 41D's refusal knew Roman numerals only. "B" hidden: A's
criteria and B's all stored as four areas of their own; "2" hidden: 2.1 and 2.2 stored as areas, a note only, exit 0.
Now refused as a Roman area is, naming the rows; an area hidden with all its criteria is still left out (40D)."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parapp.core.importing.model import Unreadable

HEAD = [["BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030"], ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa"]]
LETTERED = HEAD + [["A", "Công tác chỉ đạo", 5], ["1", "Kế hoạch", 2], ["2", "Báo cáo", 3],
                   ["B", "Cải cách TTHC", 5], ["3", "Công khai", 2], ["4", "Giải quyết", 3]]
NUMBERED = HEAD + [["1", "Công tác chỉ đạo", 5], ["1.1", "Kế hoạch", 2], ["1.2", "Báo cáo", 3],
                   ["2", "Cải cách TTHC", 5], ["2.1", "Công khai", 2], ["2.2", "Giải quyết", 3]]


def _book(rows, hide: list[int]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    for h in hide:
        ws.row_dimensions[h].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("rows", "hide", "said"), [(LETTERED, [6], "dòng 6"), (LETTERED, [3], "dòng 3"),
                                                    (NUMBERED, [6], "dòng 6"), (NUMBERED, [3], "dòng 3")])
def test_a_lettered_or_numbered_area_hidden_over_criteria_shown_is_refused(rows, hide, said):
    from parapp.core.par.reading import read_bytes

    with pytest.raises(Unreadable) as exc:
        read_bytes(_book(rows, hide), "bo tieu chi.xlsx")
    assert said in str(exc.value) and "bỏ lọc" in str(exc.value), str(exc.value)


@pytest.mark.parametrize("rows", [LETTERED, NUMBERED])
def test_guard_an_area_hidden_with_its_criteria_and_a_hidden_criterion_are_left_out(rows):
    from parapp.core.par.reading import read_bytes

    if rows is NUMBERED:  # one lettered area left is no lettering the reader knows (noted, round 42D)
        areas = read_bytes(_book(rows, [6, 7, 8]), "x.xlsx").build(2030).criteria.areas
        assert [len(a.children) for a in areas] == [2]
    areas = read_bytes(_book(rows, [5]), "x.xlsx").build(2030).criteria.areas
    assert [len(a.children) for a in areas] == [1, 2]

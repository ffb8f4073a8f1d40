"""Round 43D F5, `par import-set` of an .xlsx filtered so an area row typed without a space after its numeral
("II.CẢI CÁCH TTHC", "B.CẢI CÁCH TTHC", "2.CẢI CÁCH TTHC") is hidden and its criteria shown: the reader knows such a
row as an area (shown, it is one), round 41D/42D's check did not (it took "II.CẢI" for the code), and 2.1 and 2.2
were stored under area I (10 points where the sheet gives I 5), a note only, exit 0. Now refused, naming the rows."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parapp.core.importing.model import Unreadable

HEAD = [["BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030"], ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa"]]


def _rows(first: str, second: str, inner: tuple[str, ...] = ("1.1", "1.2", "2.1", "2.2")) -> list[list]:
    return HEAD + [["", first, 5], [inner[0], "Kế hoạch", 2], [inner[1], "Báo cáo", 3],
                   ["", second, 5], [inner[2], "Công khai", 2], [inner[3], "Giải quyết", 3]]


ROMAN = _rows("I.CÔNG TÁC CHỈ ĐẠO", "II.CẢI CÁCH TTHC")
LETTERED = _rows("A.CÔNG TÁC CHỈ ĐẠO", "B.CẢI CÁCH TTHC", ("1", "2", "3", "4"))
NUMBERED = _rows("1.CÔNG TÁC CHỈ ĐẠO", "2.CẢI CÁCH TTHC")


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


@pytest.mark.parametrize("rows", [ROMAN, LETTERED, NUMBERED])
def test_an_unspaced_area_hidden_over_criteria_shown_is_refused(rows):
    from parapp.core.par.reading import read_bytes

    assert len(read_bytes(_book(rows, []), "x.xlsx").build(2030).criteria.areas) == 2  # shown: two areas
    with pytest.raises(Unreadable) as exc:
        read_bytes(_book(rows, [6]), "bo tieu chi.xlsx")
    assert "dòng 6" in str(exc.value) and "dòng 7, 8" in str(exc.value), str(exc.value)


def test_guard_an_unspaced_area_hidden_with_its_criteria_is_left_out():
    from parapp.core.par.reading import read_bytes

    areas = read_bytes(_book(ROMAN, [6, 7, 8]), "x.xlsx").build(2030).criteria.areas
    assert [len(a.children) for a in areas] == [2]

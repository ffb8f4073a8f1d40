"""Round 31D: "1.1", "1.2" that Excel made dates in its default date format (shown with the year, 01/01/2026), in a
figures table's number column or a criteria set's code column. Round 30D read a day and month without the year only:
the figures' parts were fields, counted twice (25 for 15); the criteria's sub-criteria were guidance, criterion 1 left
without a maximum."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from parapp.core.figures_import import read_bytes
from parapp.core.par.reading import read_bytes as read_set

FORMATS = ["mm-dd-yy", "dd/mm/yyyy", "m/d/yyyy", "yyyy-mm-dd"]


def _xlsx(tmp_path, rows, fmt) -> bytes:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    for row in wb.active.iter_rows():
        if isinstance(row[0].value, dt.datetime):
            row[0].number_format = fmt
    wb.save(tmp_path / "b.xlsx")
    return (tmp_path / "b.xlsx").read_bytes()


@pytest.mark.parametrize("fmt", FORMATS)
def test_figures_parts_dated_with_their_year(tmp_path, fmt):
    rows = [["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"],
            [1, "Hộ tịch", 10, 5, 4], [dt.datetime(2026, 1, 1), "Khai sinh", 6, 3, 3],
            [dt.datetime(2026, 2, 1), "Khai tử", 4, 2, 1], [2, "Chứng thực", 5, 5, 1]]
    v = read_bytes(_xlsx(tmp_path, rows, fmt), "b.xlsx").values
    assert (v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]) == (15, 10, 5)


@pytest.mark.parametrize("fmt", FORMATS)
def test_criteria_codes_dated_with_their_year(tmp_path, fmt):
    rows = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"], ["I", "A", None, None], [1, "Kế hoạch", None, None],
            [dt.datetime(2026, 1, 1), "Ban hành", 2, None], [dt.datetime(2026, 2, 1), "Triển khai", 2, None],
            [2, "Báo cáo", 3, None]]
    read = read_set(_xlsx(tmp_path, rows, fmt), "b.xlsx")
    built = read.build(2026)
    assert [(c.code, c.max_milli) for c in built.criteria.leaves()] == [("1.1", 2000), ("1.2", 2000), ("2", 3000)]
    assert any("1.2" in str(n) and "ngày" in str(n) for n in read.notes)

"""Adversarial round 10 (issue 21), the importers: a workbook keeping last year's table on a hidden sheet before
the visible one. On main the plan importer took the hidden sheet (last year's tasks, "năm 2025") and the criteria
importer the hidden set: what the official never sees in Excel, with no way to choose the other sheet."""

from __future__ import annotations

import io
import json

from .test_bounded_readers import db, parapp  # noqa: F401 (fixture)

HEADER = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"]


def _with_hidden_first(visible: bytes, hidden_rows: list[list]) -> bytes:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(visible))
    old = wb.create_sheet("Năm trước (cũ)", 0)
    for row in hidden_rows:
        old.append(row)
    old.sheet_state = "hidden"
    wb.active = 1
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_the_visible_plan_is_imported_not_last_years_on_a_hidden_sheet(db, tmp_path):  # noqa: F811
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "KH 2026"
    for row in (HEADER, [1, "Rà soát thủ tục hành chính năm 2026", "Văn phòng", "Quý I/2026"]):
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    f = tmp_path / "Kế hoạch CCHC 2026.xlsx"
    f.write_bytes(_with_hidden_first(buf.getvalue(), [HEADER, [1, "Việc của kế hoạch cũ", "Văn phòng", "Quý I/2025"]]))
    r = parapp("import", f, "--dry-run", "--json", db=db)
    assert r.returncode == 0, r.stderr
    assert [t["content"] for t in json.loads(r.stdout)["tasks"]] == ["Rà soát thủ tục hành chính năm 2026"]


def test_the_visible_criteria_set_is_read_not_a_hidden_one():
    from parapp.core.par.reading import read_bytes

    from ..par.province_files import province_xlsx

    hidden = [["STT", "Tiêu chí", "Điểm tối đa"], ["I", "Công tác chỉ đạo (bộ cũ)", 5], ["1", "Kế hoạch cũ", 5]]
    read = read_bytes(_with_hidden_first(province_xlsx(), hidden), "bộ tiêu chí.xlsx")
    names = " ".join(r.name for r in read.rows)
    assert "bộ cũ" not in names and "Kế hoạch cũ" not in names and len(read.rows) > 3

"""Round 40D F3, `par import-set` of an .xlsx whose sheet hides a criterion row (the province's annex keeping last
year's "1.3 Tiêu chí cũ (bỏ) | 3" hidden under area I): read as visible, 5 criteria and 23 points stored where the
sheet shows 4 and 20, exit 0 (only a note that area I's 10 points differ from its criteria's 13). Hidden rows and
columns are read as Excel shows and prints the sheet, as the statistics importer reads them (L2): left out, named."""

from __future__ import annotations

import io

import openpyxl

from parapp.core.par.reading import read_bytes


def _book(hide: bool = True) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030"], ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa"],
              ["I", "Công tác chỉ đạo", 10], ["1.1", "Kế hoạch CCHC", 5], ["1.2", "Báo cáo CCHC", 5],
              ["1.3", "Tiêu chí cũ (bỏ)", 3], ["II", "Cải cách TTHC", 10], ["2.1", "Công khai", 4],
              ["2.2", "Giải quyết", 6]]:
        ws.append(r)
    ws.row_dimensions[6].hidden = hide
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_hidden_criterion_is_left_out_and_named():
    read = read_bytes(_book(), "bo tieu chi.xlsx")
    assert "1.3" not in [r.label for r in read.rows], [r.label for r in read.rows]
    said = " ".join(str(n) for n in read.notes)
    assert "dòng 6" in said and "ẩn" in said, said


def test_guard_nothing_hidden_reads_every_row():
    read = read_bytes(_book(hide=False), "bo tieu chi.xlsx")
    assert "1.3" in [r.label for r in read.rows]
    assert not any("ẩn" in str(n) for n in read.notes), read.notes


def test_the_note_stays_when_the_columns_are_chosen_again():
    from parapp.core.par.reading import remap

    read = read_bytes(_book(), "bo tieu chi.xlsx")
    again = remap(read, dict(read.columns))
    assert any("dòng 6" in str(n) for n in again.notes), again.notes

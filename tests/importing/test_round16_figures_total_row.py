"""Adversarial round 16 (issue 21), the figures import: a total row that leaves a column empty.

A statistics sheet typed by hand often has its "Tổng cộng" row filled only where someone wrote the sum. On main a
total row with "Quá hạn" left empty was the one row read: 0 late dossiers were stored while the field rows above it
held 7, exit 0, not a word said (the late figure is the one the PAR INDEX scores).
"""

from __future__ import annotations

import io

from parapp.core.figures_import import read_bytes

HEADER = ["STT", "Lĩnh vực", "Mới tiếp nhận trực tuyến", "Mới tiếp nhận trực tiếp", "Trước hạn", "Đúng hạn",
          "Quá hạn"]


def _sheet(total: list) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (HEADER, [1, "Hộ tịch", 50, 70, 100, 18, 2], [2, "Chứng thực", 400, 795, 1000, 185, 5], total):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_column_the_total_row_leaves_empty_is_the_sum_of_the_field_rows():
    r = read_bytes(_sheet(["", "Tổng cộng", 450, 865, 1100, 203, None]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 7
    assert r.values["dossiers.resolved_early"] == 1100
    assert any("Quá hạn" in str(n) and "để trống" in str(n) for n in r.notes)


def test_a_total_row_written_in_full_is_read_as_before():
    r = read_bytes(_sheet(["", "Tổng cộng", 450, 865, 1100, 203, 9]), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 9  # the total as written, even where it differs from the rows
    assert not any("để trống" in str(n) for n in r.notes)


# Round 16: a workbook with a sheet a quarter ("Quý I", "Quý II") was read from its first sheet alone, without a
# word of the others; `figures import --period q2` was refused ("Tệp ghi số liệu QUÝ I…") though the file held Q2.
def _quarters() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    for n, (name, mult) in enumerate((("I", 100), ("II", 200))):
        ws = wb.active if n == 0 else wb.create_sheet(f"Quý {name}")
        ws.append([f"BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ QUÝ {name} NĂM 2026"])
        ws.append(HEADER)
        ws.append([1, "Hộ tịch", 50 * mult, 70 * mult, 100 * mult, 18 * mult, 2 * mult])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_the_other_sheets_of_statistics_are_said(tmp_path):
    r = read_bytes(_quarters(), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_late"] == 200
    assert any("2 bảng số liệu" in str(n) for n in r.notes)


def test_the_sheet_of_the_period_asked_for_is_imported(tmp_path, capsys):
    import json

    from parapp.cli.main import main

    db = tmp_path / "d.db"
    assert main(["demo", "--db", str(db)]) == 0
    path = tmp_path / "so-lieu.xlsx"
    path.write_bytes(_quarters())
    capsys.readouterr()
    assert main(["figures", "import", "--db", str(db), "--period", "q2", "--year", "2026", "--json", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["values"]["dossiers.resolved_late"] == 400 and out["period"]["kind"] == "q2" and out["stored"]


# Round 16: a Word statistics table that goes on after a page break (a second table as wide, with no header of its
# own) was summed from its first page alone: "Đất đai" on the second page and its late dossier were left out.
def test_a_word_table_continued_after_a_page_break_is_summed_whole():
    import docx

    d = docx.Document()
    for rows in ([HEADER, ["1", "Hộ tịch", "50", "70", "100", "18", "2"], ["2", "Chứng thực", "400", "795", "1000",
                                                                           "185", "5"]],
                 [["3", "Đất đai", "10", "20", "25", "4", "1"]]):
        t = d.add_table(rows=len(rows), cols=len(HEADER))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
        d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    r = read_bytes(buf.getvalue(), "so-lieu.docx")
    assert r.values["dossiers.resolved_late"] == 8 and r.values["dossiers.resolved_early"] == 1125

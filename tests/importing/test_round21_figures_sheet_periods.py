"""A statistics workbook of a sheet a quarter, its period written in the sheet's name only ("Quý I", "Quý II").

Left by round 17B (issue 21): `figures import --period q2` stored the table with the most figures, whichever quarter
it was, though the note advised --period; and in the window, choosing the period the note advised kept the table
first read, so a workbook whose sheets state their quarters was refused for every other quarter ("Tệp ghi số liệu
quý I…").
"""

from __future__ import annotations

import io
import json

from parapp.core.figures_import import read_bytes

HEADER = ["STT", "Lĩnh vực", "Mới tiếp nhận trực tuyến", "Mới tiếp nhận trực tiếp", "Trước hạn", "Đúng hạn",
          "Quá hạn"]


def workbook(names=("Quý I", "Quý II", "Quý III"), mults=(3, 1, 2), titles=None) -> bytes:
    """One sheet a quarter; late dossiers = 2 × mult (the first sheet holds the most figures)."""
    from openpyxl import Workbook

    wb = Workbook()
    for n, (name, mult) in enumerate(zip(names, mults)):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = name
        if titles:
            ws.append([titles[n]])
        ws.append(HEADER)
        ws.append([1, "Hộ tịch", 50 * mult, 70 * mult, 100 * mult, 18 * mult, 2 * mult])
        if n == 0:
            ws.append([2, "Chứng thực", 1, 1, 1, 1, 0])  # one row more: the table read first
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _import(tmp_path, capsys, data, *args):
    from parapp.cli.main import main

    from parapp.store import open_database

    db = tmp_path / "d.db"
    if not db.exists():
        open_database(db).close()
    path = tmp_path / "so lieu #1.xlsx"
    path.write_bytes(data)
    capsys.readouterr()
    code = main(["figures", "import", "--db", str(db), "--json", *args, str(path)])
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if code == 0 else captured.err)


def test_the_sheet_named_for_the_period_asked_is_imported(tmp_path, capsys):
    for kind, late in (("q2", 2), ("q3", 4), ("q1", 6)):
        code, out = _import(tmp_path, capsys, workbook(), "--period", kind, "--year", "2026", "--dry-run")
        assert code == 0, out
        assert out["values"]["dossiers.resolved_late"] == late, kind
        assert out["period"] == {"kind": kind, "year": 2026, "from_file": False, "stated": None}


def test_sheet_names_in_other_spellings(tmp_path, capsys):
    code, out = _import(tmp_path, capsys, workbook(names=("QUY 1", "Q2-2026", "quý 3")), "--period", "q2",
                        "--year", "2026", "--dry-run")
    assert code == 0 and out["values"]["dossiers.resolved_late"] == 2


def test_a_sheet_name_with_its_year_states_the_period(tmp_path, capsys):
    """"Quý II năm 2026" as a sheet's name is what the file states: no --period needed for it."""
    r = read_bytes(workbook(names=("Quý I năm 2026", "Quý II năm 2026"), mults=(3, 1)), "x.xlsx")
    assert r.stated is not None and r.stated.kind.value == "q1" and r.stated.year == 2026
    assert r.others[0].stated.kind.value == "q2"


def test_a_workbook_with_no_period_anywhere_reads_as_before(tmp_path, capsys):
    code, out = _import(tmp_path, capsys, workbook(names=("Sheet1", "Sheet2", "Sheet3")), "--period", "q2",
                        "--year", "2026", "--dry-run")
    assert code == 0 and out["values"]["dossiers.resolved_late"] == 6  # the table with the most figures, said
    assert any("3 bảng số liệu" in n for n in out["notes"])


def test_the_title_above_the_table_wins_over_the_sheet_name(tmp_path, capsys):
    data = workbook(names=("Quý I", "Quý II"), mults=(3, 1),
                    titles=("Kỳ báo cáo: Quý III/2026", "Kỳ báo cáo: Quý IV/2026"))
    code, out = _import(tmp_path, capsys, data, "--period", "q4", "--year", "2026", "--dry-run")
    assert code == 0 and out["values"]["dossiers.resolved_late"] == 2 and out["period"]["from_file"]

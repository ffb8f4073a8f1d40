"""Adversarial round 17B (issue 21), the plan import: a workbook whose first sheet with a header holds no task.

A sheet of instructions, or the blank form, under the same header ("Hướng dẫn", then "KH 2026"): on main the first was
read, "Đọc được 0 nhiệm vụ", exit 0 on --dry-run, while the import itself was refused as a file with no task at all
("Không đọc được nhiệm vụ nào từ tệp này"), the plan on the second sheet never read.
"""

from __future__ import annotations

import io

from parapp.core.importing.parse import parse_bytes


def _book() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Hướng dẫn"
    for row in (["HƯỚNG DẪN ĐIỀN BIỂU"], ["STT", "Nội dung công việc", "Chủ trì", "Thời gian hoàn thành"],
                ["(1)", "(2)", "(3)", "(4)"]):
        ws.append(row)
    ws = wb.create_sheet("KH 2026")
    for row in (["KẾ HOẠCH CCHC NĂM 2026"], ["STT", "Nội dung công việc", "Chủ trì", "Thời gian hoàn thành"],
                [1, "Số hóa hồ sơ TTHC", "Văn phòng", "Tháng 9/2026"],
                [2, "Khảo sát hài lòng", "Văn phòng", "Quý IV/2026"]):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_the_sheet_holding_the_tasks_is_read():
    r = parse_bytes(_book(), "ke-hoach.xlsx", plan_year=2026)
    assert [t.content for t in r.tasks] == ["Số hóa hồ sơ TTHC", "Khảo sát hài lòng"]


def test_a_dry_run_of_a_file_with_no_task_is_refused_as_the_import_is(tmp_path, capsys):
    from parapp.cli.main import main

    db = tmp_path / "d.db"
    assert main(["demo", "--db", str(db)]) == 0
    path = tmp_path / "trong.csv"
    path.write_text("STT,Nội dung công việc,Chủ trì,Thời gian\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "--db", str(db), "--dry-run", str(path)]) == 2
    dry = capsys.readouterr()
    assert main(["import", "--db", str(db), str(path)]) == 2
    assert "Không đọc được nhiệm vụ nào" in dry.err and dry.err == capsys.readouterr().err

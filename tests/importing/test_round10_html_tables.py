"""Adversarial round 10 (issue 21), the importers: an HTML table (a file, or a paste's HTML flavour) with a
table nested in one of its cells. On main the nested table's rows replaced the row they stood in: the task
holding it was lost without a word ("Đọc được 2 nhiệm vụ" of 3), and its rounds were listed as rows
"không có nội dung nhiệm vụ". A stray "</table>" before the table made every table of the page be skipped.
"""

from __future__ import annotations

import json

from .test_bounded_readers import db, parapp  # noqa: F401 (fixture)

HEADER = "<tr><td>STT</td><td>Nội dung công việc</td><td>Cơ quan chủ trì</td><td>Thời gian thực hiện</td></tr>"
ROWS = ("<tr><td>1</td><td>Rà soát thủ tục hành chính</td><td>Văn phòng</td><td>Quý I/2026</td></tr>"
        "<tr><td>2</td><td>Công khai thủ tục tại Bộ phận Một cửa</td><td>Tư pháp</td><td><p>Hai đợt:</p>"
        "<table><tr><td>Đợt 1:</td><td>Quý II/2026</td></tr><tr><td>Đợt 2:</td><td>Quý IV/2026</td></tr></table>"
        "</td></tr>"
        "<tr><td>3</td><td>Cập nhật cơ sở dữ liệu</td><td>Kinh tế</td><td>Trước ngày 30/6/2026</td></tr>")


def test_a_task_whose_cell_holds_a_nested_table_is_kept_with_that_tables_text(db, tmp_path):  # noqa: F811
    f = tmp_path / "kế hoạch.html"
    f.write_text(f"<html><body><table border=1>{HEADER}{ROWS}</table></body></html>", encoding="utf-8")
    r = parapp("import", f, "--dry-run", "--json", db=db)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [(t["content"], t["deadline_text"]) for t in out["tasks"]] == [
        ("Rà soát thủ tục hành chính", "Quý I/2026"),
        ("Công khai thủ tục tại Bộ phận Một cửa", "Hai đợt:\nĐợt 1: Quý II/2026\nĐợt 2: Quý IV/2026"),
        ("Cập nhật cơ sở dữ liệu", "Trước ngày 30/6/2026")]
    assert not any("không có nội dung" in p["message"] for p in out["problems"])


def test_a_pasted_table_after_a_stray_end_of_table_is_read():
    from parapp.core.importing.parse import parse_text

    html = f"<div></table></div><table>{HEADER}{ROWS}</table>"
    r = parse_text("x", html=html, plan_year=2026)
    assert [t.stt for t in r.tasks] == ["1", "2", "3"]

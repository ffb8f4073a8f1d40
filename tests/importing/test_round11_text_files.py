"""Adversarial round 11 (issue 21), the importers: a byte-order mark left inside a text file.

A CSV written with two byte-order marks (a tool adding one to text that had one), or two exports joined into one
file (the second's mark in the middle): on main the first header cell was "\\ufeffSTT", not a header word, so the
plan's numbers were lost and its area heading "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" imported as a task without a
deadline; the joined file's first number came in as "\\ufeff3"; a criteria set lost its numbering the same way.
"""

from __future__ import annotations

import json

from .test_bounded_readers import db, parapp  # noqa: F401 (fixture)

BOM = b"\xef\xbb\xbf"
PLAN = ("STT;Nội dung công việc;Cơ quan chủ trì;Thời gian thực hiện\r\n"
        "I;CẢI CÁCH THỦ TỤC HÀNH CHÍNH;;\r\n"
        "1;Rà soát thủ tục hành chính;Văn phòng;Quý I/2026\r\n"
        "2;Công khai thủ tục tại Bộ phận Một cửa;Tư pháp;Quý II/2026\r\n")
MORE = "3;Cập nhật cơ sở dữ liệu;Địa chính;Quý III/2026\r\n"


def _tasks(data: bytes, db, tmp_path) -> list[dict]:  # noqa: F811
    f = tmp_path / "kế hoạch.csv"
    f.write_bytes(data)
    r = parapp("import", f, "--dry-run", "--json", db=db)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["tasks"]


def test_a_plan_csv_written_with_two_byte_order_marks_keeps_its_header_numbers_and_area(db, tmp_path):  # noqa: F811
    tasks = _tasks(BOM + BOM + PLAN.encode("utf-8"), db, tmp_path)
    assert [(t["stt"], t["content"]) for t in tasks] == [("1", "Rà soát thủ tục hành chính"),
                                                         ("2", "Công khai thủ tục tại Bộ phận Một cửa")]
    assert all(t["group"] == "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" for t in tasks)


def test_two_exports_joined_into_one_file_leave_no_mark_in_a_number(db, tmp_path):  # noqa: F811
    tasks = _tasks(BOM + PLAN.encode("utf-8") + BOM + MORE.encode("utf-8"), db, tmp_path)
    assert [t["stt"] for t in tasks] == ["1", "2", "3"]


def test_a_criteria_csv_with_two_byte_order_marks_keeps_its_numbering():
    from parapp.core.par.reading import read_bytes

    rows = ("STT;Tiêu chí, tiêu chí thành phần;Điểm tối đa\r\nI;CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH;3\r\n"
            "1;Kế hoạch cải cách hành chính năm;2\r\n2;Báo cáo cải cách hành chính;1\r\n")
    once = read_bytes(BOM + rows.encode("utf-8"), "tiêu chí.csv").build(2026).criteria
    twice = read_bytes(BOM + BOM + rows.encode("utf-8"), "tiêu chí.csv").build(2026).criteria
    assert [(n.code, n.name) for n in twice.leaves()] == [(n.code, n.name) for n in once.leaves()]

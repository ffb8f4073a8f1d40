"""Round 27C F14, `figures import`: a negative cell written with the minus sign (U+2212, as Word and some exports
print it) or an en dash ("−3", "–3") was "không phải số: tính là 0", the import going on with exit 0 and the
column's sum short of the rows the file gives; "-3" is refused cell by cell (round 26D). Now refused alike."""

from __future__ import annotations

import sqlite3

import pytest

from parapp.core.figures_entry import parse_number

from .test_bounded_readers import db, parapp  # noqa: F401 (fixture)


@pytest.mark.parametrize("cell", ["−3", "–3", "- 3", "-3"])
def test_a_minus_sign_is_a_minus(cell):
    assert parse_number(cell) == -3


def test_a_cell_with_a_minus_sign_is_refused(db, tmp_path):  # noqa: F811
    f = tmp_path / "quý III.csv"
    f.write_text("Kỳ báo cáo: Quý III/2027\nSTT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,"
                 "Giải quyết quá hạn\n1,Hộ tịch,10,5,8\n2,Chứng thực,5,5,−3\n", encoding="utf-8")
    con = sqlite3.connect(db)
    before = con.execute("SELECT code, value FROM figures").fetchall()
    con.close()
    for extra in (["--dry-run"], []):
        r = parapp("figures", "import", f, *extra, db=db)
        assert r.returncode == 2 and "“−3”" in r.stderr and "Traceback" not in r.stderr, (extra, r.stderr)
    con = sqlite3.connect(db)
    assert con.execute("SELECT code, value FROM figures").fetchall() == before
    con.close()

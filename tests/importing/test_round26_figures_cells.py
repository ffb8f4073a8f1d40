"""Adversarial round 26D, `figures import`: a cell the sum hides.

6. A negative cell in a field row ("-3" late dossiers beside another field's 8) was added in: 5 late dossiers stored,
   exit 0, not a word. The bound on negatives was checked on the column's sum only.
7. Fractional cells ("1,5" and "2,5" late dossiers in two fields) summed to a whole 4 and were stored without a word;
   one such cell alone is refused ("phải là số nguyên").
Both are now refused cell by cell, naming the cell, its column and its line; nothing is stored.
"""

from __future__ import annotations

import sqlite3

import pytest

from .test_bounded_readers import db, parapp  # noqa: F401 (fixture)

HEAD = ("Kỳ báo cáo: Quý III/2027\nSTT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,"
        "Giải quyết quá hạn\n1,Hộ tịch,10,5,{0}\n2,Chứng thực,5,5,{1}\n")


def _stored(path) -> list:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT code, value FROM figures WHERE year = 2027 AND period_kind = 'q3'").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("cells, said", [(("8", "-3"), "“-3”"), (('"1,5"', '"2,5"'), "“1,5”")])
def test_a_cell_the_sum_would_hide_is_refused(db, tmp_path, cells, said):  # noqa: F811
    f = tmp_path / "quý III.csv"
    f.write_text(HEAD.format(*cells), encoding="utf-8")
    before = _stored(db)
    for extra in (["--dry-run"], []):
        r = parapp("figures", "import", f, *extra, db=db)
        assert r.returncode == 2, (extra, r.stdout)
        assert said in r.stderr and "Giải quyết quá hạn" in r.stderr and "dòng" in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
    assert _stored(db) == before


def test_whole_cells_are_still_summed(db, tmp_path):  # noqa: F811
    f = tmp_path / "quý III.csv"
    f.write_text(HEAD.format("8", "3"), encoding="utf-8")
    r = parapp("figures", "import", f, db=db)
    assert r.returncode == 0, r.stderr
    assert ("dossiers.resolved_late", 11.0) in _stored(db)


def test_a_total_below_its_parts_is_said_not_left_out_silently():
    """8. "Tổng số nhận giải quyết" 10 beside 15 carried over, "Tổng số đã giải quyết" 5 beside 4 early and 3 on time:
    the new dossiers and the late ones came out negative and were left out, not a word said; the totals the file
    gives were dropped."""
    from parapp.core.figures_import import read_tables
    from parapp.core.importing import sources

    text = ("STT,Lĩnh vực,Tổng số hồ sơ nhận giải quyết,Số hồ sơ từ kỳ trước chuyển qua,Tổng số đã giải quyết,"
            "Giải quyết trước hạn,Giải quyết đúng hạn\n1,Hộ tịch,10,15,5,4,3\n")
    got = read_tables([sources.tsv_rows(text, ",", 100)])
    said = " ".join(str(n) for n in got.notes)
    assert "dossiers.received" not in got.values and "dossiers.resolved_late" not in got.values
    assert "(10)" in said and "(15)" in said and "(5)" in said and "(7)" in said, said


def test_a_grouped_number_with_a_decimal_comma_is_read_as_the_number_it_is(db, tmp_path):  # noqa: F811
    """14. "1.234,5" (Vietnamese thousands with a decimal comma) was "không phải số: tính là 0": the import went on,
    exit 0, counting 0 for a cell that holds 1234,5. It is a number, and a count that is not whole: refused."""
    from parapp.core.figures_entry import parse_number

    assert parse_number("1.234,5") == 1234.5 and parse_number("1,234.5") == 1234.5
    assert parse_number("12.345.678,25") == 12345678.25 and parse_number("1.23,4") is None
    f = tmp_path / "quý III.csv"
    f.write_text(HEAD.format('"1.234,5"', "3"), encoding="utf-8")
    r = parapp("figures", "import", f, "--dry-run", db=db)
    assert r.returncode == 2 and "“1.234,5”" in r.stderr and "số nguyên" in r.stderr, (r.stdout, r.stderr)


def test_a_total_row_the_field_rows_do_not_add_up_to_is_said():
    """16. A total row (20 received online) above field rows adding up to 15 (a field added after the total was typed,
    a formula's stale value): the total was taken and the file's other figure never mentioned."""
    from parapp.core.figures_import import read_tables
    from parapp.core.importing import sources

    text = ("STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n,Tổng cộng,20,10,5\n"
            "1,Hộ tịch,10,5,2\n2,Chứng thực,5,5,{0}\n")
    got = read_tables([sources.tsv_rows(text.format(1), ",", 100)])
    said = [str(n) for n in got.notes if "dòng lĩnh vực cộng lại" in str(n)]
    assert len(said) == 2 and "(20)" in said[0] and "(15)" in said[0] and "(5)" in said[1] and "(3)" in said[1], said
    assert got.values["dossiers.received_online"] == 20  # the total row is still what is taken
    fine = read_tables([sources.tsv_rows(text.format(3).replace(",20,", ",15,"), ",", 100)])
    assert not [n for n in fine.notes if "dòng lĩnh vực cộng lại" in str(n)], fine.notes

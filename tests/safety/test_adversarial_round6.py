"""Adversarial round 6, the messages earlier rounds noted: a refusal that gave the wrong reason or a
number the file does not hold. Each refusal now says what is wrong, and nothing is stored."""

from __future__ import annotations

import sqlite3

import pytest

from parapp.store import open_database

from ..cli.test_cli import run
from ..importing.onestop_files import subgroup_csv
from .test_hostile_backups import assert_refused, craft, source, target  # noqa: F401, F811 (fixtures)


def _stored(db) -> list:
    con = sqlite3.connect(db)
    try:
        return [con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in ("tasks", "plans", "figures",
                                                                                        "par_sets")]
    finally:
        con.close()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "parapp.db"
    open_database(path).close()
    return path


PLAN = ("STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Thời hạn\n"
        "1,Rà soát thủ tục hành chính,Văn phòng,Quý I/2026\n"
        "2,Niêm yết công khai {bad} thủ tục,Tư pháp,Quý II/2026\n"
        "3,Số hóa hồ sơ,Một cửa,Quý III/2026\n")


@pytest.mark.parametrize("command", [["import"], ["figures", "import"], ["par", "import-set"]])
def test_a_utf8_file_with_one_bad_byte_is_said_to_be_damaged_at_its_line(db, tmp_path, command):
    """Before: read as cp1252, its Vietnamese garbled, refused as "no header recognised"."""
    f = tmp_path / "kế hoạch.csv"
    f.write_bytes(PLAN.encode("utf-8").replace(b"{bad}", b"\xff"))
    before = _stored(db)
    extra = ["--year", "2026"] if command[0] == "par" else []
    r = run(*command, f, "--db", db, *extra)
    assert r.returncode == 2, r.stderr
    assert "UTF-8 nhưng có 1 chỗ hỏng (chỗ đầu tiên ở dòng 3)" in r.stderr
    assert _stored(db) == before


def test_a_count_no_commune_has_is_refused_as_the_file_writes_it(db, tmp_path):
    """Before: a dry run's note showed 12.345.678.901.234.568 (a float's rounding), not the file's number."""
    f = tmp_path / "thống kê.csv"
    f.write_bytes(subgroup_csv().replace(b";1485;", b";12345678901234567;"))
    before = _stored(db)
    for dry in (["--dry-run"], []):
        r = run("figures", "import", f, "--db", db, *dry)
        assert r.returncode == 2, r.stderr
        assert "Ô “12345678901234567” ở cột “Số hồ sơ nhận giải quyết - Tổng số” lớn hơn mọi số" in r.stderr
        assert "234.568" not in r.stderr + r.stdout
    assert _stored(db) == before


def test_a_listed_member_not_named_as_parapp_names_evidence_is_refused_for_that_reason(source, tmp_path, target):  # noqa: F811
    """Before: "… không ghi trong manifest" although the manifest lists it."""
    members, _ = source
    name = next(n for n in members if n.startswith("evidence/"))
    moved = {("evidence/" + name.rsplit("/", 1)[1] if n == name else n): d for n, d in members.items()}
    assert_refused(craft(tmp_path / "ten.parapp-backup", moved), target, "không đúng cách ParApp đặt tên")


@pytest.mark.parametrize("encoded", [
    pytest.param(lambda t: t.replace("\n", "\r").encode("utf-8"), id="lines-ending-in-a-bare-CR"),
    pytest.param(lambda t: b"\xff\xfe\x00\x00" + t.encode("utf-32-le"), id="utf-32-le-with-bom"),
    pytest.param(lambda t: b"\x00\x00\xfe\xff" + t.encode("utf-32-be"), id="utf-32-be-with-bom"),
])
def test_a_plan_saved_with_other_line_ends_or_utf32_is_read(db, tmp_path, encoded):
    """Before: a bare-CR file refused in English ("new-line character seen in unquoted field"); UTF-32
    read as UTF-16 ("header not recognised") or called binary."""
    f = tmp_path / "kế hoạch.csv"
    f.write_bytes(encoded(PLAN.replace("{bad}", "")))
    r = run("import", f, "--db", db, "--dry-run")
    assert r.returncode == 0 and "Đọc được 3 nhiệm vụ" in r.stdout, r.stderr

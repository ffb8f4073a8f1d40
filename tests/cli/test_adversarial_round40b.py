"""Round 40B: the command line on read-only media and full disks, the new `carry` command first."""

import datetime as dt
import os
import stat

import pytest

from .test_cli import run

YEAR = dt.date.today().year


@pytest.fixture
def demo(tmp_path):
    db = tmp_path / "Xã #1 %TEMP% có dấu" / "parapp.db"
    db.parent.mkdir()
    assert run("demo", "--db", db).returncode == 0
    return db


@pytest.mark.parametrize("read_only", [False, True])
def test_a_dry_run_refuses_the_deadline_the_carry_refuses(demo, read_only):
    """`carry --year 2026 --task 12 --due 01/01/2026 --dry-run` (on the office's read-only USB copy, to see what a
    carry would do): "Sẽ chuyển 1 nhiệm vụ … thời hạn mới 01/01/2026 … bỏ --dry-run để chuyển", exit 0; without
    --dry-run (on a writable copy) the same carry is refused, "Thời hạn mới (01/01/2026) phải thuộc năm 2027 trở đi",
    exit 2. The dry run now refuses it in the same words, exit 2, and writes nothing."""
    if read_only:
        os.chmod(demo, stat.S_IREAD)
    before = demo.read_bytes()
    try:
        r = run("carry", "--year", YEAR, "--due", f"01/01/{YEAR}", "--dry-run", "--db", demo)
        assert r.returncode == 2, r.stdout
        assert f"phải thuộc năm {YEAR + 1} trở đi" in r.stderr and "Sẽ chuyển" not in r.stdout
        assert demo.read_bytes() == before
        r = run("carry", "--year", YEAR, "--due", f"01/01/{YEAR + 1}", "--dry-run", "--db", demo)
        assert r.returncode == 0 and f"thời hạn mới 01/01/{YEAR + 1}" in r.stdout, r.stderr
    finally:
        os.chmod(demo, stat.S_IREAD | stat.S_IWRITE)

"""parapp figures import: the file's own period, columns named when not understood, and
entries that cannot be true refused with nothing stored (exit 2)."""

import json

import pytest

from tests.importing import onestop_files

from .test_cli import run


@pytest.fixture
def empty(tmp_path):
    from parapp.store import open_database

    path = tmp_path / "trống.db"
    open_database(path).close()
    return path


def figures(db, kind, year):
    r = run("figures", "--db", db, "--period", kind, "--year", year, "--json")
    assert r.returncode == 0, r.stderr
    return {f["code"]: f["value"] for f in json.loads(r.stdout)}


def write(tmp_path, name, data):
    f = tmp_path / name
    f.write_bytes(data)
    return f


def test_without_a_period_the_figures_go_to_the_files_own(empty, tmp_path):
    f = write(tmp_path, "Biểu 06 quý III.xlsx", onestop_files.bieu06_xlsx("Kỳ báo cáo: Quý III/2025"))
    r = run("figures", "import", f, "--db", empty, "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["period"] == {"kind": "q3", "year": 2025, "from_file": True, "stated": "Quý III/2025"}
    assert out["values"] == onestop_files.EXPECTED and out["stored"] is True
    assert figures(empty, "q3", 2025)["dossiers.resolved_late"] == 8
    assert figures(empty, "q3", 2025)["dossiers.pending_late"] == 1  # never added to the settled late


def test_a_span_of_days_is_matched_to_the_communes_windows(empty, tmp_path):
    # Calendar quarter in the export, 15–14 windows in the commune: still its quý III.
    f = write(tmp_path, "thong-ke.xls", onestop_files.vendor_html("(Từ ngày 01/07/2025 đến ngày 30/09/2025)"))
    r = run("figures", "import", f, "--db", empty)
    assert r.returncode == 0, r.stderr
    assert "kỳ q3 năm 2025 (kỳ ghi trong tệp)" in r.stdout
    got = figures(empty, "q3", 2025)
    assert got["dossiers.received"] == onestop_files.VENDOR_EXPECTED["dossiers.received"]
    assert got["dossiers.withdrawn"] == 3


def test_a_period_that_contradicts_the_file_is_refused(empty, tmp_path):
    f = write(tmp_path, "q3.xlsx", onestop_files.bieu06_xlsx("Kỳ báo cáo: Quý III/2025"))
    before = empty.read_bytes()
    for args in (("--period", "q2", "--year", "2025"), ("--period", "q3", "--year", "2026"), ("--period", "9m")):
        r = run("figures", "import", f, "--db", empty, *args)
        assert r.returncode == 2, r.stdout
        assert "Tệp ghi số liệu Quý III/2025 (quý III năm 2025), không phải" in r.stderr
        assert "Traceback" not in r.stderr
    assert empty.read_bytes() == before
    agreeing = run("figures", "import", f, "--db", empty, "--period", "q3", "--year", "2025")
    assert agreeing.returncode == 0, agreeing.stderr


def test_a_month_is_no_period_figures_are_kept_for(empty, tmp_path):
    f = write(tmp_path, "thang.csv", onestop_files.subgroup_csv("Từ ngày 01/01/2026 đến ngày 31/01/2026"))
    before = empty.read_bytes()
    for args in ((), ("--period", "q1", "--year", "2026")):
        r = run("figures", "import", f, "--db", empty, *args)
        assert r.returncode == 2 and "từ ngày 01/01/2026 đến ngày 31/01/2026" in r.stderr
    assert empty.read_bytes() == before


def test_a_file_without_a_period_needs_one(empty, tmp_path):
    f = write(tmp_path, "khong-ky.html", onestop_files.wide_html())
    r = run("figures", "import", f, "--db", empty)
    assert r.returncode == 2 and "--period q1 --year 2026" in r.stderr
    r = run("figures", "import", f, "--db", empty, "--period", "h1", "--year", "2026", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["period"]["from_file"] is False


def test_columns_not_understood_are_named_and_can_be_given_a_meaning(empty, tmp_path):
    f = write(tmp_path, "rong.html", onestop_files.wide_html())
    r = run("figures", "import", f, "--db", empty, "--period", "q1", "--year", "2026", "--dry-run", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [c["title"] for c in out["not_understood"]] == ["Tổng hồ sơ Phải đồng bộ về Cổng DVC QG"]
    assert out["not_understood"][0]["number"] == 15
    meanings = {c["number"]: (c["meaning"], c["indicator"]) for c in out["columns"]}
    assert meanings[13] == ("in_time", "dossiers.pending_in_time")  # "HS Đang xử lý đúng hạn": pending
    assert meanings[3] == ("rate", None)
    text = run("figures", "import", f, "--db", empty, "--period", "q1", "--year", "2026", "--dry-run")
    assert "cột 15 “Tổng hồ sơ Phải đồng bộ về Cổng DVC QG” → chưa hiểu" in text.stdout
    # The official says what it is: a province's own indicator, or skip.
    assert run("figures", "import", f, "--db", empty, "--period", "q1", "--year", "2026", "--column",
               "15=feedback.received").returncode == 0
    assert figures(empty, "q1", 2026)["feedback.received"] == onestop_files.total("received")
    r = run("figures", "import", f, "--db", empty, "--period", "q1", "--year", "2026", "--column", "15=skip",
            "--dry-run", "--json")
    assert json.loads(r.stdout)["not_understood"] == []
    bad = run("figures", "import", f, "--db", empty, "--period", "q1", "--year", "2026", "--column", "15=nonsense")
    assert bad.returncode == 2 and "skip" in bad.stderr


@pytest.mark.parametrize("dry", [True, False])
def test_a_rate_above_100_is_refused(empty, tmp_path, dry):
    f = write(tmp_path, "ty-le.html", onestop_files.wide_html(rate="120,5"))
    before = empty.read_bytes()
    r = run("figures", "import", f, "--db", empty, "--period", "q1", "--year", "2026", *(["--dry-run"] if dry else []))
    assert r.returncode == 2
    assert "Tỷ lệ giải quyết của Đơn vị (%)” ghi tỷ lệ 120,5%" in r.stderr and "không thể quá 100%" in r.stderr
    assert empty.read_bytes() == before


def test_more_received_online_than_received_is_refused(empty, tmp_path):
    f = tmp_path / "sai.csv"
    f.write_text("Kỳ báo cáo: Quý I/2026\nSTT;Lĩnh vực;Mới tiếp nhận;Trong đó trực tuyến\n;Tổng cộng;400;500\n",
                 encoding="utf-8")
    before = empty.read_bytes()
    r = run("figures", "import", f, "--db", empty)
    assert r.returncode == 2
    assert "“Tỷ lệ hồ sơ tiếp nhận trực tuyến” sẽ là 125%" in r.stderr and "không thể đúng" in r.stderr
    assert empty.read_bytes() == before


def test_settled_above_received_and_carried_over_is_refused(empty):
    before = empty.read_bytes()
    r = run("figures", "set", "--db", empty, "--period", "q1", "--year", 2026, "dossiers.received=100",
            "dossiers.carried_over=10", "dossiers.resolved_early=50", "dossiers.resolved_on_time=60",
            "dossiers.resolved_late=5")
    assert r.returncode == 2 and "“Hồ sơ đã giải quyết” (115) nhiều hơn" in r.stderr
    assert empty.read_bytes() == before
    # Settled = received + carried over is possible.
    ok = run("figures", "set", "--db", empty, "--period", "q1", "--year", 2026, "dossiers.received=100",
             "dossiers.carried_over=15", "dossiers.resolved_early=50", "dossiers.resolved_on_time=60",
             "dossiers.resolved_late=5")
    assert ok.returncode == 0, ok.stderr
    # A later entry that makes the stored ones impossible is refused too.
    late = run("figures", "set", "--db", empty, "--period", "q1", "--year", 2026, "dossiers.received_online=101")
    assert late.returncode == 2 and "không thể đúng" in late.stderr


@pytest.mark.parametrize("body", ["", "Tổng cộng,,,,\n"], ids=["header-only", "blank-total"])
def test_a_table_with_no_figure_is_refused_not_said_saved(empty, tmp_path, body):
    """Round 17B left it: a header over no figure said "Đã lưu 0 số liệu", exit 0, as if something was done."""
    f = write(tmp_path, "biểu trống.csv", ("Biểu số liệu quý II năm 2026\nSTT,Lĩnh vực,Tổng số hồ sơ tiếp nhận,"
                                            "Đã giải quyết,Quá hạn\n" + body).encode())
    for dry in ([], ["--dry-run"]):
        r = run("figures", "import", f, "--db", empty, *dry)
        assert r.returncode == 2 and "không có số liệu nào" in r.stderr and "Traceback" not in r.stderr
        assert "Đã lưu" not in r.stdout

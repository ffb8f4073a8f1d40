"""parapp figures, figures set, figures import: the contract in the issue."""

import datetime as dt
import json

import pytest

from tests.importing.test_figures_import import EXPECTED, xlsx_bytes

from .test_cli import run


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "Hồ sơ số liệu.db"
    assert run("demo", "--db", path).returncode == 0
    return path


@pytest.fixture
def empty(tmp_path):
    from parapp.store import open_database

    path = tmp_path / "trống.db"
    open_database(path).close()
    return path


def figures(db, kind, year):
    r = run("figures", "--db", db, "--period", kind, "--year", year, "--json")
    assert r.returncode == 0, r.stderr
    return {f["code"]: f for f in json.loads(r.stdout)}


def test_json_shape_and_sources(empty):
    r = run("figures", "set", "--db", empty, "--period", "q1", "--year", 2026, "dossiers.received=1.240",
            "dossiers.received_online=530", "dossiers.resolved_early=900", "dossiers.resolved_on_time=290",
            "dossiers.resolved_late=8")
    assert r.returncode == 0, r.stderr
    got = figures(empty, "q1", 2026)
    assert set(got["dossiers.received"]) == {"code", "name", "unit", "value", "source"}
    assert got["dossiers.received"]["value"] == 1240 and got["dossiers.received"]["source"] == "entered"
    assert got["dossiers.on_time_rate"]["value"] == pytest.approx(99.33, abs=0.01)
    assert got["dossiers.on_time_rate"]["source"] == "derived"
    assert got["procedures.total"] == {"code": "procedures.total", "name": got["procedures.total"]["name"],
                                       "unit": "thủ tục", "value": None, "source": "missing"}
    # q2 exists for figures though the schedule asks for no q2 report
    assert run("figures", "set", "--db", empty, "--period", "q2", "--year", 2026,
               "dossiers.received=760").returncode == 0
    h1 = figures(empty, "h1", 2026)
    assert h1["dossiers.received"]["value"] == 2000 and h1["dossiers.received"]["source"] == "derived"


@pytest.mark.parametrize("bad, words", [
    ("nope.code=5", "Không có chỉ tiêu"), ("dossiers.received=abc", "không phải là số"),
    ("dossiers.received=-4", "không thể âm"), ("dossiers.on_time_rate=99", "tính tự động"),
    ("dossiers.received", "MÃ=GIÁ_TRỊ"),
])
def test_refused_figures_store_nothing(empty, bad, words):
    before = empty.read_bytes()
    r = run("figures", "set", "--db", empty, "--period", "q1", "--year", 2026, "feedback.received=3", bad)
    assert r.returncode == 2
    assert words in r.stderr and "Traceback" not in r.stderr
    assert figures(empty, "q1", 2026)["feedback.received"]["value"] is None  # the good one was not stored either
    assert empty.read_bytes() == before


def test_import_the_statistics_form(empty, tmp_path):
    f = tmp_path / "Thống kê #1.xlsx"
    f.write_bytes(xlsx_bytes("last"))
    # The file states 15/12/2025–14/3/2026: quý I of 2026 under the commune's 15–14 schedule.
    dry = run("figures", "import", f, "--db", empty, "--period", "q1", "--year", 2026, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["values"] == EXPECTED
    assert figures(empty, "q1", 2026)["dossiers.received"]["value"] is None  # dry run: nothing stored
    r = run("figures", "import", f, "--db", empty, "--period", "q1", "--year", 2026)
    assert r.returncode == 0, r.stderr
    got = figures(empty, "q1", 2026)
    assert got["dossiers.received"]["value"] == EXPECTED["dossiers.received"]
    assert got["dossiers.received"]["source"] == "imported"


def test_import_refuses_a_file_with_no_statistics_column(empty, tmp_path):
    f = tmp_path / "ke-hoach.csv"
    f.write_text("STT;Nội dung;Cơ quan chủ trì\n1;Rà soát TTHC;Văn phòng\n", encoding="utf-8")
    before = empty.read_bytes()
    r = run("figures", "import", f, "--db", empty, "--period", "q1", "--year", 2026)
    assert r.returncode == 2 and "Không nhận ra cột số liệu" in r.stderr
    assert empty.read_bytes() == before


def test_period_and_year_are_needed(empty):
    r = run("figures", "--db", empty, "--json")
    assert r.returncode == 2 and "--period" in r.stderr


def test_report_draft_json_carries_opening_and_figures(db):
    year = dt.date.today().year
    r = run("report", "draft", "--db", db, "--period", "h1", "--year", year, "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["opening"] and d["opening"][0].startswith("Thực hiện Kế hoạch số")
    assert d["opening"][0].endswith("như sau:")
    codes = {f["code"]: f for f in d["figures"]}
    assert set(codes["dossiers.received"]) == {"code", "name", "unit", "value"}
    assert codes["dossiers.received"]["value"] > 0
    assert all(row["task_id"] for row in d["appendix"])
    proposals = next(s for s in d["sections"] if "kiến nghị" in s["title"])
    assert proposals["paragraphs"] and all(p.startswith("- Đề nghị") for p in proposals["paragraphs"])
    body = " ".join(p for s in d["sections"] for p in s["paragraphs"] + sum(
        (x["paragraphs"] for x in s["subsections"]), []))
    assert "huyện" not in body.lower() and "Phòng Nội vụ" not in body
    import re

    assert re.search(r"số \d{2,3}/(KH|QĐ|BC|TB|TTr)-UBND ngày \d{2}/\d{1,2}/\d{4}", body)


def test_finalize_says_what_the_frozen_draft_still_lacked(empty):
    r = run("report", "finalize", "--db", empty, "--period", "q1", "--year", 2026)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.strip()) == 64
    assert "Lưu ý: Chưa có số liệu của kỳ này" in r.stderr
    assert "Lưu ý: Phần mở đầu chưa nêu căn cứ" in r.stderr


@pytest.mark.parametrize("entries, words", [
    (["dossiers.received=100", "dossiers.received_online=40", "dossiers.received_full_online=41"],
     "Hồ sơ tiếp nhận trực tuyến toàn trình"),
    (["dossiers.fee_required=10", "dossiers.paid_online=12"], "Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến"),
    (["dossiers.received=100", "dossiers.digitised=120"], "Tỷ lệ số hóa hồ sơ"),
])
def test_service_index_counts_that_cannot_be_true_are_refused(empty, entries, words):
    before = empty.read_bytes()
    r = run("figures", "set", "--db", empty, "--period", "q1", "--year", 2026, *entries)
    assert r.returncode == 2 and words in r.stderr and "Traceback" not in r.stderr
    assert empty.read_bytes() == before


def test_service_index_rates_are_derived_from_their_counts(empty):
    r = run("figures", "set", "--db", empty, "--period", "q1", "--year", 2026, "dossiers.received=1.222",
            "dossiers.received_online=559", "dossiers.received_full_online=367", "dossiers.fee_required=135",
            "dossiers.paid_online=88", "dossiers.digitised=1.036")
    assert r.returncode == 0, r.stderr
    got = figures(empty, "q1", 2026)
    assert round(got["dossiers.full_online_rate"]["value"], 1) == 30.0
    assert round(got["dossiers.paid_online_rate"]["value"], 1) == 65.2
    assert round(got["dossiers.digitised_rate"]["value"], 1) == 84.8

import datetime as dt
import json

import pytest

from .test_cli import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("rep") / "demo.db"
    assert run("demo", "--db", path).returncode == 0
    return path


def test_periods_json(demo):
    r = run("periods", "--db", demo, "--year", "2024", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [p["kind"] for p in data] == ["q1", "h1", "q3", "9m", "year"]
    assert data[0] == {"kind": "q1", "year": 2024, "window_start": "2023-12-15",
                       "window_end": "2024-03-14", "deadline": "2024-03-20"}


def test_report_draft_json_then_save_then_finalize(demo):
    year = dt.date.today().year
    r = run("report", "draft", "--db", demo, "--period", "q1", "--year", year, "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["period"]["kind"] == "q1" and d["period"]["year"] == year
    assert [s["title"][:3] for s in d["sections"]] == ["I. ", "II.", "III", "IV.", "V. "]
    assert all({"title", "paragraphs", "subsections"} <= set(s) for s in d["sections"])
    assert d["appendix"] and {"stt", "content", "lead", "deadline", "status", "result"} <= set(d["appendix"][0])
    assert d["id"] is None  # not saved without --save

    saved = json.loads(run("report", "draft", "--db", demo, "--period", "q1", "--year", year,
                           "--json", "--save").stdout)
    assert saved["id"] is not None
    again = json.loads(run("report", "draft", "--db", demo, "--period", "q1", "--year", year, "--json").stdout)
    assert again["id"] == saved["id"]  # the latest saved draft is what is printed

    f = run("report", "finalize", "--db", demo, "--period", "q1", "--year", year)
    assert f.returncode == 0, f.stderr
    digest = f.stdout.strip()
    assert len(digest) == 64
    f2 = run("report", "finalize", "--db", demo, "--period", "q1", "--year", year, "--draft", saved["id"])
    assert f2.returncode == 2 and "đã chốt" in f2.stderr and "Traceback" not in f2.stderr


def test_period_not_in_schedule(demo):
    r = run("report", "draft", "--db", demo, "--period", "q2", "--year", "2024")
    assert r.returncode == 2 and "Lịch báo cáo" in r.stderr


def test_report_and_plan_pdf(demo, tmp_path):
    year = dt.date.today().year
    out = tmp_path / "Báo cáo quý I có dấu.pdf"
    r = run("report", "pdf", "--db", demo, "--period", "h1", "--year", year, "--out", out)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF-1.4")
    assert "phông" in r.stdout
    plan_out = tmp_path / "plan.pdf"
    r = run("plan", "pdf", "--db", demo, "--plan", "1", "--out", plan_out)
    assert r.returncode == 0 and plan_out.stat().st_size > 1000
    r = run("plan", "pdf", "--db", demo, "--plan", "999", "--out", tmp_path / "none.pdf")
    assert r.returncode == 2 and "Không tìm thấy kế hoạch" in r.stderr and not (tmp_path / "none.pdf").exists()
    r = run("report", "pdf", "--db", demo, "--period", "h1", "--year", year, "--out", tmp_path / "no" / "x.pdf")
    assert r.returncode == 2 and "Không ghi được" in r.stderr


def test_draft_json_lists_the_gaps_the_editor_lists(tmp_path):
    """A mark left in the text ("…") is a gap in the editor and in `report draft --json` alike."""
    from parapp.core.report_checks import all_gaps
    from parapp.store import open_database, report_records

    path = tmp_path / "demo.db"
    assert run("demo", "--db", path).returncode == 0
    year = dt.date.today().year
    saved = json.loads(run("report", "draft", "--db", path, "--period", "h1", "--year", year, "--json",
                           "--save").stdout)
    db = open_database(path)
    rec = report_records.get_report(db, saved["id"])
    draft = rec.draft
    section = draft.sections[0]
    section.paragraphs = [*section.paragraphs, "Kết quả cụ thể: …"]
    section.edited = True
    report_records.update_draft(db, saved["id"], draft)
    editor = [g.message for g in all_gaps(report_records.get_report(db, saved["id"]).draft)]
    db.close()
    printed = json.loads(run("report", "draft", "--db", path, "--period", "h1", "--year", year, "--json").stdout)
    assert printed["gaps"] == editor and any("“…”" in g for g in printed["gaps"])


def test_a_listing_read_only_in_part_ends_quietly(tmp_path):
    """`parapp tasks --json | head -c 100`: the reader closes the pipe; no "Broken pipe", no error."""
    import subprocess
    import sys

    path = tmp_path / "demo.db"
    assert run("demo", "--db", path).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "parapp", "tasks", "--json", "--db", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader has gone before the first line is written
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=60) == 0 and err == ""

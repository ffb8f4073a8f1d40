"""parapp report docx, plan docx, par docx: the same choice of document as the PDF
commands, written as an editable Word file."""

import datetime as dt

import docx
import pytest

from .test_cli import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "dữ liệu #1.db"
    assert run("demo", "--db", path).returncode == 0
    return path


def texts(path) -> str:
    d = docx.Document(path)
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def test_report_docx_follows_the_pdf_commands_choice_of_draft(demo, tmp_path):
    year = dt.date.today().year  # the demo's year report is not sent before the year ends
    out = tmp_path / "Báo cáo năm có dấu #1.docx"
    r = run("report", "docx", "--db", demo, "--period", "year", "--year", year, "--out", out)
    assert r.returncode == 0, r.stderr
    assert "bản nháp" in r.stdout and str(out) in r.stdout
    text = texts(out)
    assert "BÁO CÁO" in text and f"năm {year}" in text and "Phụ lục II" in text
    assert run("report", "finalize", "--db", demo, "--period", "year", "--year", year).returncode == 0
    r = run("report", "docx", "--db", demo, "--period", "year", "--year", year, "--out", out)
    assert r.returncode == 0 and "báo cáo đã chốt" in r.stdout


def test_plan_and_par_docx(demo, tmp_path):
    plan = tmp_path / "plan.docx"
    r = run("plan", "docx", "--db", demo, "--plan", "1", "--out", plan)
    assert r.returncode == 0, r.stderr
    (table,) = docx.Document(plan).tables
    assert table.rows[0].cells[1].text == "Nội dung nhiệm vụ" and len(table.rows) > 3
    par = tmp_path / "par.docx"
    r = run("par", "docx", "--db", demo, "--year", dt.date.today().year - 1, "--out", par)
    assert r.returncode == 0, r.stderr
    assert "TM. ỦY BAN NHÂN DÂN" in texts(par) and "Tổng cộng" in texts(par)


def test_refusals_write_nothing(demo, tmp_path):
    r = run("plan", "docx", "--db", demo, "--plan", "999", "--out", tmp_path / "none.docx")
    assert r.returncode == 2 and "Không tìm thấy kế hoạch" in r.stderr and not (tmp_path / "none.docx").exists()
    r = run("plan", "docx", "--db", demo, "--plan", "1", "--out", tmp_path / "plan.pdf")
    assert r.returncode == 2 and ".docx" in r.stderr and not (tmp_path / "plan.pdf").exists()
    r = run("par", "docx", "--db", demo, "--year", "1999", "--out", tmp_path / "par.docx")
    assert r.returncode == 2 and "Traceback" not in r.stderr and not (tmp_path / "par.docx").exists()

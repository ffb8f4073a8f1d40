"""A year report drafted and saved, then the year's unfinished work carried into next year (`parapp carry`).

The chairman's read (round 41) saw `report draft --save` print the draft saved before the carry, `report pdf` print it
and `report finalize` (even `--refresh-figures`) freeze it: "chưa hoàn thành, quá thời hạn" with no "chuyển sang năm
…", though the next year's plan printed that day listed the work. Only figures were compared, and the command line had
no way to redraft. Now `report draft` says the saved draft is behind the register, `--refresh` brings the sections not
edited by hand up to date, and `finalize` refuses the stale draft (exit 2) until told which."""

import datetime as dt

import pytest

from parapp.cli.main import main
from parapp.services.demo import build_demo
from parapp.store import open_database

TODAY = dt.date.today()
YEAR = TODAY.year


@pytest.fixture
def carried(tmp_path, capsys):
    path = tmp_path / "Xã #1 có dấu" / "parapp.db"
    path.parent.mkdir()
    db = open_database(path)
    build_demo(db, TODAY)
    db.close()
    report = ["report", "draft", "--period", "year", "--year", str(YEAR), "--db", str(path)]
    assert main([*report, "--save"]) == 0
    assert f"chuyển sang năm {YEAR + 1}" not in capsys.readouterr().out
    assert main(["carry", "--year", str(YEAR), "--db", str(path)]) == 0
    capsys.readouterr()
    return path, report


def test_draft_says_it_is_behind_and_refresh_brings_it_up_to_date(carried, capsys):
    path, report = carried
    assert main(report) == 0
    out = capsys.readouterr()
    assert "--refresh" in out.err and "không còn khớp với sổ nhiệm vụ" in out.err
    assert f"chuyển sang năm {YEAR + 1}" not in out.out  # what is saved, shown as saved
    assert main([*report, "--refresh"]) == 0
    out = capsys.readouterr()
    assert f"chuyển sang năm {YEAR + 1} thực hiện" in out.out and "--refresh" not in out.err
    assert main(report) == 0  # stored so: no note any more
    assert "--refresh" not in capsys.readouterr().err


def test_finalize_refuses_the_draft_saved_before_the_carry(carried, capsys):
    path, report = carried
    finalize = ["report", "finalize", "--period", "year", "--year", str(YEAR), "--db", str(path)]
    assert main(finalize) == 2
    err = capsys.readouterr().err
    assert "sổ nhiệm vụ" in err and "--refresh-figures" in err and "Traceback" not in err
    assert main([*finalize, "--refresh-figures"]) == 0
    capsys.readouterr()
    assert main([*report]) == 0
    assert f"chuyển sang năm {YEAR + 1} thực hiện" in capsys.readouterr().out


def test_pdf_of_the_stale_draft_says_so(carried, capsys, tmp_path):
    path, report = carried
    out = tmp_path / "Báo cáo năm #1.pdf"
    assert main(["report", "pdf", "--period", "year", "--year", str(YEAR), "--db", str(path), "--out", str(out)]) == 0
    assert "--refresh" in capsys.readouterr().err and out.stat().st_size > 0


def test_a_period_moved_by_the_schedule_is_named_before_freezing(tmp_path, capsys):
    """A fresh-eyes walk (round 41): a quý IV draft saved over 15/9–14/12, then the schedule set quý IV to 01/10–31/12.
    'Chốt' asked about one changed figure only; frozen as saved, the report said 'từ 15/9 … đến 14/12' for ever."""
    import dataclasses

    from parapp.core.periods import DayOfYear
    from parapp.store.periods import load_rules, save_rules

    path = tmp_path / "Xã #2" / "parapp.db"
    path.parent.mkdir()
    db = open_database(path)
    build_demo(db, TODAY)
    db.close()
    report = ["--period", "year", "--year", str(YEAR), "--db", str(path)]
    assert main(["report", "draft", "--save", *report]) == 0
    db = open_database(path)
    rules = [dataclasses.replace(r, end=DayOfYear(10, 12)) if r.kind.value == "year" else r for r in load_rules(db)]
    save_rules(db, rules, YEAR)
    db.close()
    capsys.readouterr()
    assert main(["report", "finalize", *report]) == 2
    err = capsys.readouterr().err
    assert "Kỳ số liệu đã đổi từ" in err and "–10/12/" in err


def test_refresh_says_what_it_did_and_the_plan_names_its_rows_with_no_time(carried, capsys, tmp_path):
    """The chairman's re-read (round 41): `report draft --refresh` printed the text and said nothing of what it changed;
    `plan pdf` printed the 2027 plan with four carried rows of no "Thời gian thực hiện", without a word."""
    path, report = carried
    assert main([*report, "--refresh"]) == 0
    err = capsys.readouterr().err
    # the parts named as updated, not "không còn khớp" after the update (the chairman's read, round 43)
    assert "Đã cập nhật bản nháp số" in err and "mục “" in err and "không còn khớp" not in err, err
    assert main([*report, "--refresh"]) == 0
    assert "không có gì để cập nhật" in capsys.readouterr().err
    db = open_database(path)
    plan, bare = db.execute("SELECT plan_id, COUNT(*) FROM tasks WHERE due_date IS NULL AND deadline_text = '' AND "
                            "plan_id = (SELECT id FROM plans WHERE year = ? AND is_annual = 1)", [YEAR + 1]).fetchone()
    db.close()
    out = tmp_path / "Kế hoạch #2027.pdf"
    assert main(["plan", "pdf", "--plan", str(plan), "--db", str(path), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert (f"{bare} dòng chưa có thời gian thực hiện" in err) == (bare > 0), err

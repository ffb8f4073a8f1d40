"""Issue 21, finding 14: `report finalize` froze a draft saved before its figures changed, without a
word (the final report said 3; the figure was 640 by then).

What it does now: it refuses (exit 2, nothing frozen) and names each figure with the draft's value
and today's, unless told which to freeze: --refresh-figures (the draft takes today's figures,
its hand-edited sections kept, then it is frozen) or --keep-draft (frozen as saved, the figures
named on stderr). Why refuse rather than warn: a final report is frozen, hashed and signed; a
warning on a script's stderr is easily missed, a refusal costs one more command.
"""

import datetime as dt
import json
import sqlite3

import pytest

from .test_cli import run

YEAR = dt.date.today().year


@pytest.fixture
def stale(tmp_path):
    """The demo commune with a saved Q1 draft, then the figure the finding had changed from 3 to 640."""
    db = tmp_path / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    assert run("figures", "set", "staff.trained=3", "--period", "q1", "--year", YEAR, "--db", db).returncode == 0
    con = sqlite3.connect(db)
    con.execute("DELETE FROM reports WHERE period_kind = 'q1' AND year = ? AND state = 'draft'", [YEAR])
    finals = con.execute("SELECT COUNT(*) FROM reports WHERE period_kind = 'q1' AND year = ? AND state = 'final'",
                         [YEAR]).fetchone()[0]
    con.commit()
    con.close()
    r = run("report", "draft", "--period", "q1", "--year", YEAR, "--save", "--json", "--db", db)
    assert r.returncode == 0, r.stderr
    draft_id = json.loads(r.stdout)["id"]
    assert run("figures", "set", "staff.trained=640", "--period", "q1", "--year", YEAR, "--db", db).returncode == 0
    return db, draft_id, finals


def _finals(db) -> list:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT id, content FROM reports WHERE period_kind = 'q1' AND year = ? AND state = 'final'",
                           [YEAR]).fetchall()
    finally:
        con.close()


def _received(content: str):
    return next((f["value"] for f in json.loads(content).get("figures", []) if f["code"] == "staff.trained"),
                None)


def test_finalizing_a_draft_saved_before_its_figures_changed_is_refused_naming_the_figure(stale):
    db, draft_id, finals = stale
    r = run("report", "finalize", "--period", "q1", "--year", YEAR, "--db", db)
    assert r.returncode == 2, r.stdout
    assert "3" in r.stderr and "640" in r.stderr and "--refresh-figures" in r.stderr and "--keep-draft" in r.stderr
    assert len(_finals(db)) == finals  # nothing frozen


def test_refresh_figures_freezes_the_draft_with_todays_figures(stale):
    db, draft_id, finals = stale
    r = run("report", "finalize", "--period", "q1", "--year", YEAR, "--refresh-figures", "--db", db)
    assert r.returncode == 0, r.stderr
    rid, content = _finals(db)[-1]
    assert rid == draft_id and _received(content) == 640
    assert "640" in json.dumps(json.loads(content)["sections"], ensure_ascii=False)  # the sentences too


def test_keep_draft_freezes_it_as_saved_and_names_what_it_kept(stale):
    db, draft_id, finals = stale
    r = run("report", "finalize", "--period", "q1", "--year", YEAR, "--keep-draft", "--db", db)
    assert r.returncode == 0, r.stderr
    assert "640" in r.stderr and "Lưu ý" in r.stderr
    rid, content = _finals(db)[-1]
    assert rid == draft_id and _received(content) == 3


def test_a_draft_whose_figures_are_current_is_finalized_as_before(stale):
    db, draft_id, finals = stale
    assert run("figures", "set", "staff.trained=3", "--period", "q1", "--year", YEAR, "--db", db).returncode == 0
    r = run("report", "finalize", "--period", "q1", "--year", YEAR, "--db", db)
    assert r.returncode == 0, r.stderr
    assert len(_finals(db)) == finals + 1


def test_the_two_choices_do_not_go_together(stale):
    db, _, finals = stale
    r = run("report", "finalize", "--period", "q1", "--year", YEAR, "--keep-draft", "--refresh-figures", "--db", db)
    assert r.returncode == 2 and len(_finals(db)) == finals

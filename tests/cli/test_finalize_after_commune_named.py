"""A draft saved before the commune's name was entered opened "Ủy ban nhân dân xã báo cáo …" with no name, and
finalising froze it so without a word (round 33E left it). Finalising now names it as a change since the draft,
as it names changed figures, and bringing the draft up to date writes the name in."""

from __future__ import annotations

import datetime as dt
import json

from parapp.store import open_database, report_records, settings
from parapp.store.periods import find_period

from .test_cli import run

TODAY = dt.date.today()  # the command line drafts and finalises on the real day
YEAR = TODAY.year


def _draft_then_name(tmp_path):
    db = tmp_path / "d.db"
    ws = open_database(db)
    try:
        report_records.draft_for_period(ws, find_period(ws, "q1", YEAR), TODAY, save=True)
        settings.save_settings(ws, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang",
                                                            chairman="Nguyễn Văn An"))
    finally:
        ws.close()
    return db


def test_finalising_a_draft_saved_before_the_commune_was_named_says_so(tmp_path):
    db = _draft_then_name(tmp_path)
    r = run("report", "finalize", "--db", db, "--period", "q1", "--year", YEAR)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Tên cơ quan báo cáo: bản nháp chưa ghi “Ủy ban nhân dân xã Ba Giang”" in r.stderr, r.stderr
    r = run("report", "finalize", "--db", db, "--period", "q1", "--year", YEAR, "--refresh-figures")
    assert r.returncode == 0, r.stdout + r.stderr
    shown = run("report", "draft", "--db", db, "--period", "q1", "--year", YEAR, "--json")
    opening = " ".join(json.loads(shown.stdout)["opening"])
    assert "Ủy ban nhân dân xã Ba Giang báo cáo" in opening, opening

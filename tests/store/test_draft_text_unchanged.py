"""The drafts a commune gets are the drafts it got: the year draft was made faster (issue 23) and
not one byte of any draft may have changed with it. Each draft below was written by the code
before that work (commit 993a654) and kept in tests/fixtures/drafts: the demo commune's year
report in full, readable in a diff, and every other draft by the SHA-256 of its canonical bytes
(the bytes a finalised report's hash covers).

The cases reach every period the default schedule has, drafted during the period, just after
it and long after it, on the demo commune and on a register made as bench/populate.py makes
the benchmark's (3,000 tasks here; PARAPP_DRAFT_50K=1 runs the benchmark's own 50,000 too).

A change meant to change a draft's words changes these files too: run this module as a script
(`python -m tests.store.test_draft_text_unchanged`) and review the diff of demo_year.json."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

from parapp.core.report_model import canonical_bytes
from parapp.store import open_database
from parapp.store.periods import year_periods
from parapp.store.report_records import assemble_draft

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures" / "drafts"
BIG = os.environ.get("PARAPP_DRAFT_50K") == "1"

# (data, the day it was made, the days the drafts are written on)
CASES = [
    ("demo", dt.date(2026, 12, 21), [dt.date(2026, 12, 21), dt.date(2027, 1, 30)]),
    ("demo", dt.date(2026, 7, 10), [dt.date(2026, 7, 10), dt.date(2026, 8, 19)]),
    ("demo", dt.date(2026, 3, 20), [dt.date(2026, 3, 20), dt.date(2026, 4, 29)]),
    ("pop3000", dt.date(2026, 12, 3), [dt.date(2026, 12, 3), dt.date(2027, 1, 10), dt.date(2026, 6, 25)]),
    # every way a task is spoken of (tests/store/varied_register.py), under each way of naming who leads
    ("varied-late", dt.date(2026, 12, 3), [dt.date(2026, 12, 3), dt.date(2027, 1, 10), dt.date(2026, 6, 25)]),
    ("varied-always", dt.date(2026, 12, 3), [dt.date(2026, 12, 3), dt.date(2026, 9, 28)]),
    ("varied-always+persons", dt.date(2026, 12, 3), [dt.date(2026, 12, 3), dt.date(2026, 4, 2)]),
    ("varied-never", dt.date(2026, 12, 3), [dt.date(2026, 12, 3)]),
    ("varied-late+persons", dt.date(2026, 12, 3), [dt.date(2027, 2, 1)]),
] + ([("pop50000", dt.date(2026, 12, 3), [dt.date(2026, 12, 3), dt.date(2027, 1, 10)])] if BIG else [])


def _database(path: Path, data: str, made: dt.date):
    if data == "demo":
        from parapp.services.demo import build_demo

        db = open_database(path)
        build_demo(db, made)
        return db
    if data.startswith("varied-"):
        from parapp.store import settings
        from tests.store.varied_register import populate_varied

        db = open_database(path)
        populate_varied(db, 700, made)
        naming, _, persons = data.removeprefix("varied-").partition("+")
        s = settings.load_settings(db)
        s.report_naming, s.report_persons = naming, bool(persons)
        settings.save_settings(db, s)
        return db
    sys.path.insert(0, str(HERE.parent.parent / "bench"))
    try:
        from populate import populate
    finally:
        sys.path.pop(0)
    populate(path, int(data.removeprefix("pop")), made)
    return open_database(path)


def drafts(folder: Path, data: str, made: dt.date, days: list[dt.date]) -> dict[str, bytes]:
    """Every draft of the case: name → canonical bytes."""
    db = _database(folder / f"{data}-{made}.db", data, made)
    try:
        return {f"{data}-{made}_{day}_{period.kind.value}": canonical_bytes(assemble_draft(db, period, day).to_json())
                for day in days for period in year_periods(db, 2026)}
    finally:
        db.close()


def _hashes() -> dict[str, str]:
    return json.loads((FIXTURES / "hashes.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("data, made, days", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_every_draft_is_byte_for_byte_what_it_was(tmp_path, data, made, days):
    expected = _hashes()
    got = drafts(tmp_path, data, made, days)
    assert got, "no period in the schedule"
    if data == "demo" and made == dt.date(2026, 12, 21):
        whole = json.loads(got["demo-2026-12-21_2026-12-21_year"])
        assert whole == json.loads((FIXTURES / "demo_year.json").read_text(encoding="utf-8"))
    changed = [name for name, b in got.items() if hashlib.sha256(b).hexdigest() != expected.get(name)]
    assert not changed


def _rewrite(folder: Path) -> None:
    hashes = {}
    for data, made, days in CASES:
        for name, b in drafts(folder, data, made, days).items():
            hashes[name] = hashlib.sha256(b).hexdigest()
            if name == "demo-2026-12-21_2026-12-21_year":
                (FIXTURES / "demo_year.json").write_text(
                    json.dumps(json.loads(b), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    old = _hashes() if (FIXTURES / "hashes.json").exists() else {}
    old.update(hashes)
    (FIXTURES / "hashes.json").write_text(json.dumps(old, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        _rewrite(Path(tmp))

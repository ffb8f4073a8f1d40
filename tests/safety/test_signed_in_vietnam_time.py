"""A digital signature's time is judged as the document is dated: in Vietnam's time, not UTC nor this PC's zone."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from parapp.core.dates import vietnam_time


def test_a_timestamp_authoritys_utc_is_read_as_the_vietnamese_day():
    # 17:30 on 31/12 UTC is 00:30 on 1/1 in Vietnam: the document was signed in January.
    t = vietnam_time(dt.datetime.fromisoformat("2026-12-31T17:30:00+00:00"))
    assert (t.date(), t.hour, t.minute) == (dt.date(2027, 1, 1), 0, 30)
    assert vietnam_time(dt.datetime.fromisoformat("2027-01-01T00:30:00+07:00")).date() == dt.date(2027, 1, 1)
    naive = dt.datetime(2026, 12, 31, 23, 0)  # the signer's own clock, no zone stated: as it reads
    assert vietnam_time(naive) == naive


@pytest.mark.parametrize(("signed_at", "said"), [
    ("2026-12-31T17:30:00+00:00", True),    # 00:30 on 1/1/2027 in Vietnam: the December date is wrong
    ("2026-12-31T16:30:00+00:00", False),   # 23:30 on 31/12/2026 in Vietnam: the month is right
    ("2027-01-01T06:00:00+09:00", True),    # signed in Japan's zone at 04:00 Vietnam time on 1/1
])
def test_a_december_report_signed_across_midnight_is_judged_by_vietnams_day(db, signed_at, said, monkeypatch):
    from parapp.services import delivery
    from parapp.services.reporting import finalize_report
    from parapp.store import report_records, settings
    from parapp.store.periods import find_period

    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang",
                                                        place_name="Ba Giang", chairman="Phạm Văn Thật"))
    _, rid = report_records.draft_for_period(db, find_period(db, "year", 2026), dt.date(2026, 12, 15), save=True)
    finalize_report(db, rid, dt.date(2026, 12, 15))
    words = delivery._signed_later(db, report_records.get_report(db, rid), SimpleNamespace(signed_at=signed_at))
    assert bool(words) == said, [str(w) for w in words]


def test_the_signing_time_is_shown_in_vietnams_time_on_the_command_line():
    from parapp.cli.delivery_commands import when

    assert when("2026-12-31T17:30:00+00:00") == "01/01/2027 00:30:00 (UTC+07:00)"

"""Round 22B: the report's number as the clerk types it, and what the report then prints."""

import datetime as dt

import pytest

from parapp.core.messages import ValidationError
from parapp.services.reporting import finalize_report
from parapp.store import report_records, settings
from parapp.store.periods import year_periods

TODAY = dt.date(2026, 12, 4)


def _q3(db):
    period = next(p for p in year_periods(db, 2026) if p.kind.value == "q3")
    return report_records.draft_for_period(db, period, TODAY, save=True)[1]


@pytest.mark.parametrize("number", ["0", "000", "0/BC-UBND", "5/KH-UBND", "12/QĐ-UBND", "05/UBND-VP"])
def test_a_number_no_report_can_bear_is_refused_and_nothing_is_frozen(office, number):
    # `report finalize --number 0` printed "Số: 00/BC-UBND"; `--number 5/KH-UBND` printed "Số: 05/KH-UBND" over
    # "BÁO CÁO" and "(Kèm theo Báo cáo số 05/KH-UBND …)": a plan's symbol on a report.
    report_id = _q3(office)
    with pytest.raises(ValidationError) as e:
        finalize_report(office, report_id, TODAY, number)
    said = e.value.message if hasattr(e.value, "message") else str(e.value)
    assert "Hãy" in str(said)
    assert not report_records.get_report(office, report_id).is_final


@pytest.mark.parametrize("number, printed", [("5", "5"), ("39/BC-UBND", "39/BC-UBND"), ("7/bc-ubnd", "07/bc-ubnd"),
                                             ("120/BC-VP", "120/BC-VP")])
def test_a_report_number_is_still_taken(office, number, printed):
    from parapp.services.printing import options_for_final

    assert options_for_final(office, TODAY, number).number == printed


def test_a_sent_number_no_report_can_bear_is_refused(office):
    from parapp.services.delivery import record_sent

    s = settings.load_settings(office)
    s.numbering = "system"
    settings.save_settings(office, s)
    finalize_report(office, _q3(office), TODAY)
    for number in ("0", "5/KH-UBND"):
        with pytest.raises(ValidationError):
            record_sent(office, "q3", 2026, TODAY, TODAY, number)
    assert record_sent(office, "q3", 2026, TODAY, TODAY, "5").sent_number == "05/BC-UBND"

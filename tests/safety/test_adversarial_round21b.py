"""Round 21B (issue 21): the report as the chairman and the province read it."""

import datetime as dt

import pytest

from parapp.core.messages import ValidationError
from parapp.services.reporting import finalize_report
from parapp.store import report_records
from parapp.store.periods import year_periods



def test_a_report_cannot_be_finalised_before_its_data_window_opens(demo):
    # Round 21B finding 7: `report finalize --period year --year 2031` on 4/12/2026 froze a "năm 2031" report
    # dated "tháng 12 năm 2026", with every figure an estimate; it then stood in `reports` as awaiting sending.
    today = dt.date(2026, 12, 4)
    period = next(p for p in year_periods(demo, 2031) if p.kind.value == "year")
    _, report_id = report_records.draft_for_period(demo, period, today, save=True)
    with pytest.raises(ValidationError) as e:
        finalize_report(demo, report_id, today)
    said = str(e.value.message if hasattr(e.value, "message") else e.value)
    assert "15/12/2030" in said and "Hãy" in said, said
    assert not report_records.get_report(demo, report_id).is_final   # stored data left as it was
    # a report may be finalised before its window closes ("ước thực hiện đến …"): quý I 2027 from 15/12/2026
    q1 = next(p for p in year_periods(demo, 2027) if p.kind.value == "q1")
    _, q1_id = report_records.draft_for_period(demo, q1, dt.date(2026, 12, 20), save=True)
    assert finalize_report(demo, q1_id, dt.date(2026, 12, 20))


def test_a_number_typed_with_its_symbol_still_takes_the_leading_zero(demo):
    # Round 21B finding 8: `report finalize --number 5/BC-UBND` printed "Số: 5/BC-UBND" and "(Kèm theo Báo cáo số
    # 5/BC-UBND …)"; the decree writes numbers under 10 with a leading zero ("05"), as `--number 5` already did.
    # Made so when the report is finalised: a report frozen earlier keeps printing as it was finalised.
    from parapp.services.printing import options_for_final
    from parapp.store import settings

    s = settings.load_settings(demo)
    s.numbering = "office"
    settings.save_settings(demo, s)
    today = dt.date(2026, 12, 4)
    assert options_for_final(demo, today, "5/BC-UBND").number == "05/BC-UBND"
    assert options_for_final(demo, today, "05/BC-UBND").number == "05/BC-UBND"
    assert options_for_final(demo, today, "120/BC-UBND").number == "120/BC-UBND"
    assert options_for_final(demo, today, "5").number == "5"   # printed "05" by number_line, as before

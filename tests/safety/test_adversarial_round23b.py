"""Round 23B: what round 22B added to the report's number, attacked."""

import pytest

from parapp.services.reporting import finalize_report
from parapp.store import report_records

from tests.safety.test_adversarial_round22b import TODAY, _q3  # the quý III draft of the `office` demo (conftest)


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2010"])
def test_a_report_number_with_another_dash_is_the_reports_number(office, dash):
    """Finding 4: "5/BC–UBND" (the dash Word puts in, or a number copied from a signed copy) was refused, "không
    phải số của một báo cáo: ký hiệu của báo cáo bắt đầu bằng BC-", the clerk seeing no difference; it is
    05/BC-UBND, at finalize and when sent."""
    from parapp.services.delivery import record_sent

    report_id = _q3(office)
    finalize_report(office, report_id, TODAY, f"5/BC{dash}UBND")
    assert report_records.get_report(office, report_id).print_options["number"] == "05/BC-UBND"
    assert record_sent(office, "q3", 2026, TODAY, TODAY, f"05/BC{dash}UBND").sent_number == "05/BC-UBND"

"""Round 37D, `figures import`: 36D told "chuyển sang kỳ sau" (pending at the period's end) from "kỳ trước chuyển
sang" (carried over) by the words "kỳ sau", "kỳ tiếp theo", "kỳ tới" alone. A quarter's or a month's sheet names the
next period as it is: "Số hồ sơ chuyển sang quý sau", "Chuyển sang tháng sau", "Chuyển sang năm sau", "Chuyển sang quý
III", "Chuyển sang kỳ báo cáo sau", "Chuyển sang kỳ kế tiếp" were still read as carried over from the period before:
the dossiers pending stored as carried over, exit 0, not a word. "Chuyển (sang) …" followed by a period other than
this one is the pending."""

from __future__ import annotations

import pytest

from parapp.core.figures_header import CARRIED, P_TOTAL, column_meaning
from parapp.core.figures_import import read_bytes

NEXT = ["Số hồ sơ chuyển sang quý sau", "Chuyển sang tháng sau", "Chuyển sang năm sau", "Chuyển quý sau",
        "Chuyển sang quý III", "Chuyển sang kỳ báo cáo sau", "Chuyển sang kỳ kế tiếp", "Chuyển sang kỳ tiếp",
        "Tồn chuyển sang quý sau", "Chuyển sang 6 tháng cuối năm", "Chuyển sang đợt sau", "Chuyển qua tháng sau"]


@pytest.mark.parametrize("title", NEXT)
def test_dossiers_carried_on_to_a_later_period_are_pending(title):
    assert column_meaning([title]) == P_TOTAL
    data = (f"STT,Lĩnh vực,Mới tiếp nhận trong kỳ,Đúng hạn,Đang giải quyết quá hạn,\"{title}\"\n"
            "1,Hộ tịch,10,9,1,1\n2,Chứng thực,5,5,0,0\n").encode()
    read = read_bytes(data, "bieu.csv")
    assert "dossiers.carried_over" not in read.values, read.values
    assert read.values["dossiers.pending_in_time"] == 0 and read.values["dossiers.pending_late"] == 1


@pytest.mark.parametrize("title", ["Hồ sơ kỳ trước chuyển sang", "Từ kỳ trước chuyển sang kỳ này",
                                   "Quý trước chuyển sang", "Tháng trước chuyển sang tháng này", "Số hồ sơ chuyển sang",
                                   "Chuyển sang kỳ này", "Năm trước chuyển sang năm nay", "Tồn đầu kỳ"])
def test_guard_dossiers_from_the_period_before_stay_carried_over(title):
    assert column_meaning([title]) == CARRIED


@pytest.mark.parametrize("title", ["Hồ sơ chuyển ký duyệt", "Chuyển ký số"])
def test_guard_dossiers_sent_for_signing_are_not_named_pending_by_the_period_words(title):
    """"ký" folds as "kỳ": sent for signing names no later period."""
    assert column_meaning([title]) != P_TOTAL

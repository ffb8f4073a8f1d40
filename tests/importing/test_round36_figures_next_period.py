"""Round 36D, `figures import`: a column of dossiers carried on to the next period ("Số hồ sơ chuyển sang kỳ sau",
"Chuyển kỳ sau", "Tồn chuyển kỳ sau": the ones still pending at the period's end) was read as the dossiers carried
over from the period before ("chuyển sang" is both), stored as "Hồ sơ kỳ trước chuyển sang", exit 0, silent. With
the indicator now named "… kỳ trước chuyển sang", the words in either direction are told apart by the period named:
"kỳ sau" is the next one, so the column is the dossiers pending."""

from __future__ import annotations

import pytest

from parapp.core.figures_header import CARRIED, P_TOTAL, column_meaning
from parapp.core.figures_import import read_bytes


@pytest.mark.parametrize("title", ["Số hồ sơ chuyển sang kỳ sau", "Chuyển kỳ sau", "Tồn chuyển kỳ sau",
                                   "Hồ sơ chuyển sang kỳ tiếp theo", "HS chuyển kỳ sau"])
def test_dossiers_carried_on_to_the_next_period_are_pending_not_carried_over(title):
    assert column_meaning([title]) == P_TOTAL
    data = (f"STT,Lĩnh vực,Mới tiếp nhận trong kỳ,Đúng hạn,Đang giải quyết quá hạn,{title}\n"
            "1,Hộ tịch,10,9,1,1\n2,Chứng thực,5,5,0,0\n").encode()
    read = read_bytes(data, "bieu.csv")
    assert "dossiers.carried_over" not in read.values
    assert read.values["dossiers.pending_in_time"] == 0 and read.values["dossiers.pending_late"] == 1


@pytest.mark.parametrize("title", ["Hồ sơ kỳ trước chuyển sang", "Hồ sơ kỳ trước chuyển qua", "Từ kỳ trước chuyển sang",
                                   "Số hồ sơ chuyển sang", "Tồn kỳ trước"])
def test_guard_dossiers_from_the_period_before_are_carried_over_in_the_old_and_new_words(title):
    assert column_meaning([title]) == CARRIED

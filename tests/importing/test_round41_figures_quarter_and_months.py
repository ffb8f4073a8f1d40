"""Round 41D F1, `figures import`: titles naming a period and the months to it or the year's estimate, over one table:
"BÁO CÁO QUÝ III VÀ 9 THÁNG NĂM 2030" stored its figures (5 on time) as the nine months', "Báo cáo quý II và 6 tháng
đầu năm 2030" as the half year's, "Báo cáo kết quả 9 tháng, ước thực hiện cả năm 2030" as the year's, exit 0,
whichever period they were of. Each names two periods: refused naming both and the --period that chooses (as
"QUÝ IV VÀ CẢ NĂM 2030", L1); sections "Quý III | Lũy kế 9 tháng" are each their own period's."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("text", "two"), [
    ("BÁO CÁO QUÝ III VÀ 9 THÁNG NĂM 2030", ("--period q3", "--period 9m")),
    ("Báo cáo quý II và 6 tháng đầu năm 2030", ("--period q2", "--period h1")),
    ("Báo cáo quý III/2030 và 9 tháng năm 2030", ("--period q3", "--period 9m")),
    ("Báo cáo kết quả 9 tháng, ước thực hiện cả năm 2030", ("--period 9m", "--period year")),
    ("Báo cáo quý IV và ước cả năm 2030", ("--period q4", "--period year")),
])
def test_two_periods_named_are_refused(text, two):
    stated = find_period(text)
    problem = contradiction(match_period(stated, RULES), stated, None, None)
    assert problem is not None and all(p in str(problem) for p in two), stated


@pytest.mark.parametrize("text", ["Báo cáo tháng 6 và 6 tháng đầu năm 2030", "Kỳ báo cáo: Quý IV, năm 2030",
                                  "Báo cáo 9 tháng năm 2030", "Báo cáo ước thực hiện năm 2030"])
def test_guard_one_period_named(text):
    stated = find_period(text)
    assert stated is not None and contradiction(match_period(stated, RULES), stated, None, None) is None, stated


def test_guard_sections_are_each_their_period():
    from parapp.core.figures_import import read_bytes
    from parapp.core.figures_period_names import period_in_name

    data = ('"BÁO CÁO QUÝ III VÀ 9 THÁNG NĂM 2030"\n,,Quý III,,Lũy kế 9 tháng,\n'
            'STT,Lĩnh vực,Tiếp nhận,Đúng hạn,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5,20,18\n,Tổng cộng,5,5,20,18\n').encode()
    read = read_bytes(data, "q3.csv")
    periods = {(t.stated.kind if t.stated else period_in_name(t.title)).value: t.values["dossiers.resolved_on_time"]
               for t in [read, *read.others]}
    assert periods == {"9m": 18, "q3": 5}, periods

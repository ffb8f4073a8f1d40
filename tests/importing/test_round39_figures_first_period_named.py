"""Round 39D F9, `figures import` of the commune's Word report: titled "BÁO CÁO KẾT QUẢ CCHC 6 THÁNG ĐẦU NĂM 2030" (or
"… NĂM 2030"), its text comparing with another period further down ("So với quý I năm 2030, số hồ sơ tăng 10%",
"Riêng quý IV năm 2030 …"): a quarter named anywhere outranked the half year or the year the title names, so the half
year's figures were stored as quý I's, exit 0. The period named first is the file's."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("title", "body", "kind"), [
    ("BÁO CÁO KẾT QUẢ CCHC 6 THÁNG ĐẦU NĂM 2030", "So với quý I năm 2030, số hồ sơ tăng 10%.", PeriodKind.H1),
    ("BÁO CÁO KẾT QUẢ CCHC 9 THÁNG NĂM 2030", "Riêng quý III năm 2030, số hồ sơ tăng 10%.", PeriodKind.NINE_MONTHS),
    ("Kỳ báo cáo: năm 2030", "Riêng quý IV năm 2030 tiếp nhận 40 hồ sơ.", PeriodKind.YEAR),
    ("BÁO CÁO KẾT QUẢ CCHC QUÝ II NĂM 2030", "Lũy kế 6 tháng đầu năm 2030 tiếp nhận 80 hồ sơ.", PeriodKind.Q2),
])
def test_the_period_named_first(title, body, kind):
    stated = find_period("\n".join([title, "Kính gửi: UBND huyện", body]))
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030), stated


@pytest.mark.parametrize(("text", "kind"), [
    ("Báo cáo quý II năm 2030", PeriodKind.Q2), ("Báo cáo tháng 6 và 6 tháng đầu năm 2030", PeriodKind.H1),
    ("BÁO CÁO KẾT QUẢ NĂM 2030", PeriodKind.YEAR), ("Quý IV và cả năm 2030", PeriodKind.YEAR),
])
def test_guard_one_line(text, kind):
    stated = find_period(text)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030), stated

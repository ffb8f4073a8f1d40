"""Round 39D F2, `figures import`: a title naming the period reported and, after "phương hướng" or "kế hoạch", the next
one, its year once at the end ("Báo cáo kết quả quý I, phương hướng nhiệm vụ quý II năm 2030", "… năm 2030, phương
hướng nhiệm vụ năm 2031", "… 9 tháng đầu năm, phương hướng nhiệm vụ quý IV năm 2030"): the next period was read, exit
0: quý I's figures (3 on time) stored as quý II's, 2030's as 2031's. The period reported is the one before, with the
year the title ends with."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes
from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

TABLE = ["STT,Lĩnh vực,Tiếp nhận,Đúng hạn", "1,Hộ tịch,1,1", "2,Đất đai,2,2", ",Tổng cộng,3,3"]
RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("title", "kind", "year"), [
    ("Báo cáo kết quả thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2030", PeriodKind.Q1, 2030),
    ("Báo cáo kết quả quý I và kế hoạch quý II năm 2030", PeriodKind.Q1, 2030),
    ("BÁO CÁO KẾT QUẢ CÔNG TÁC CCHC NĂM 2030, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2031", PeriodKind.YEAR, 2030),
    ("Báo cáo kết quả năm 2030 và kế hoạch năm 2031", PeriodKind.YEAR, 2030),
    ("Báo cáo kết quả 9 tháng đầu năm, phương hướng nhiệm vụ quý IV năm 2030", PeriodKind.NINE_MONTHS, 2030),
    ("Báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2030",
     PeriodKind.H1, 2030),
    ("Báo cáo quý III năm 2030 và phương hướng quý IV năm 2030", PeriodKind.Q3, 2030),
    ("Báo cáo kết quả quý II năm 2030 - phương hướng, nhiệm vụ quý III năm 2030", PeriodKind.Q2, 2030),
])
def test_the_period_reported_not_the_next(title, kind, year):
    read = read_bytes("\n".join([title, *TABLE]).encode(), "bieu.csv")
    found = match_period(read.stated, RULES) if read.stated else None
    assert found is not None and (found.kind, found.year) == (kind, year), read.stated


@pytest.mark.parametrize(("title", "kind"), [
    ("Báo cáo kết quả thực hiện kế hoạch CCHC quý II năm 2030", PeriodKind.Q2),
    ("Báo cáo kết quả thực hiện Kế hoạch cải cách hành chính năm 2030", PeriodKind.YEAR),
])
def test_guard_the_plan_carried_out_is_the_periods(title, kind):
    stated = find_period(title)
    found = match_period(stated, RULES) if stated else None
    assert found is not None and (found.kind, found.year) == (kind, 2030), stated


def test_the_command_stores_the_first_quarter(tmp_path):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "quý 1.csv"
    f.write_text("\n".join(["Báo cáo kết quả quý I, phương hướng nhiệm vụ quý II năm 2030", *TABLE]), encoding="utf-8")
    assert main(["figures", "--db", str(db), "import", str(f)]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.Q1, "dossiers.resolved_on_time")][0] == 3, stored
    assert (PeriodKind.Q2, "dossiers.resolved_on_time") not in stored or \
        stored[(PeriodKind.Q2, "dossiers.resolved_on_time")][0] != 3, stored

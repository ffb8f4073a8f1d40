"""Round 38D, `figures import`: a commune's monthly report ("BÁO CÁO THÁNG 6 NĂM 2030", "Báo cáo kết quả giải quyết
TTHC tháng 12 năm 2030") over its statistics table was read as the report of the year 2030 (the words "báo cáo … năm
2030" at the line's end): the month's figures (3 on time) stored as the whole year's, exit 0, the file said to state
that period. A month named with its year is a month, no period figures are kept for: the import is refused."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS

TABLE = "STT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,1,1\n2,Chứng thực,2,2\n,Tổng cộng,3,3\n"


@pytest.mark.parametrize("title", ["BÁO CÁO THÁNG 6 NĂM 2030", "Báo cáo kết quả giải quyết TTHC tháng 12 năm 2030",
                                   "Báo cáo tình hình giải quyết TTHC tháng 06/2030", "Thống kê tháng 3 - 2030"])
def test_a_months_report_is_no_year(title):
    stated = find_period(title)
    assert stated is not None and stated.kind is None and stated.start is not None, stated
    assert match_period(stated, next(iter(PRESETS.values()))) is None


@pytest.mark.parametrize("title", ["Báo cáo năm 2030", "Báo cáo 6 tháng đầu năm 2030", "Báo cáo 9 tháng năm 2030",
                                   "Báo cáo quý II năm 2030 (tháng 4 đến tháng 6)",
                                   "Báo cáo năm 2030, từ tháng 1 năm 2030",
                                   "Tân Phú, ngày 20 tháng 12 năm 2030\nBáo cáo năm 2030",
                                   "Tân Phú, ngày 20 tháng 6 năm 2030\nBÁO CÁO 6 THÁNG ĐẦU NĂM 2030"])
def test_guard_periods_stay(title):
    stated = find_period(title)
    assert stated is not None and stated.kind is not None, stated


def test_guard_a_span_to_a_month_is_no_month():
    stated = find_period("Báo cáo năm 2030 (số liệu tính đến tháng 11 năm 2030)")
    assert stated is None or stated.start is None, stated


def test_the_command_refuses_a_months_report(tmp_path):
    from parapp.cli.main import main

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "thang 6.csv"
    f.write_text("BÁO CÁO THÁNG 6 NĂM 2030\n" + TABLE, encoding="utf-8")
    assert main(["figures", "--db", str(db), "import", str(f)]) == 2
    assert main(["figures", "--db", str(db), "import", str(f), "--period", "year", "--year", "2030"]) == 2

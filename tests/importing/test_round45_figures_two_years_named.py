"""Round 45D F3, `figures import` of a Biểu 06 titled "Báo cáo tổng kết năm 2025, triển khai nhiệm vụ năm 2026" (the
year-end conference's own words; "… và đề ra nhiệm vụ năm 2026", "… và những nhiệm vụ năm 2026" too) or "Báo cáo kết
quả quý IV công tác CCHC năm 2025, triển khai nhiệm vụ năm 2026": read by the year ending the title, 2025's figures
stored as the year 2026's (or quý IV 2026's), exit 0 ("triển khai" is none of the joins 39D–43D knew). The title's
"báo cáo … năm 2025" names the year reported first; the next year after it is the one to come. Now 2025 is read."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import find_period
from parapp.core.periods import PeriodKind

Y, Q4 = PeriodKind.YEAR, PeriodKind.Q4


@pytest.mark.parametrize(("title", "kind"), [
    ("Báo cáo tổng kết năm 2025, triển khai nhiệm vụ năm 2026", Y),
    ("BÁO CÁO TỔNG KẾT CÔNG TÁC CCHC NĂM 2025 VÀ TRIỂN KHAI NHIỆM VỤ NĂM 2026", Y),
    ("Báo cáo kết quả năm 2025, đề ra nhiệm vụ năm 2026", Y),
    ("Báo cáo kết quả công tác năm 2025 và những nhiệm vụ năm 2026", Y),
    ("Báo cáo kết quả quý IV công tác CCHC năm 2025, triển khai nhiệm vụ năm 2026", Q4),
])
def test_the_year_reported_is_the_first_one(title, kind):
    stated = find_period(title)
    assert stated is not None and (stated.kind, stated.year) == (kind, 2025), stated


def test_the_cli_stores_it_in_2025(tmp_path, capsys):
    from parapp.cli.main import main as cli_main
    from parapp.store import open_database
    from tests.importing.test_round45_figures_html_hidden_columns import _page

    open_database(tmp_path / "p.db").close()
    page = tmp_path / "Biểu 06 #2025.html"
    page.write_text(_page(()).replace("Kỳ báo cáo: Quý III/2030", "Báo cáo tổng kết năm 2025, triển khai nhiệm vụ "
                                                                  "năm 2026"), encoding="utf-8")
    assert cli_main(["figures", "import", "--db", str(tmp_path / "p.db"), "--dry-run", str(page)]) == 0
    assert "kỳ year năm 2025" in capsys.readouterr().out


@pytest.mark.parametrize(("title", "kind", "year"), [
    ("Báo cáo ngày 05 tháng 01 năm 2026 về kết quả năm 2025", Y, 2025),  # a date's year is no period's
    ("Báo cáo kết quả quý IV năm 2025, triển khai nhiệm vụ quý I năm 2026", Q4, 2025),
    ("Ban hành kèm theo Thông tư 01/2020/TT-VPCP ngày 21 tháng 10 năm 2020 BÁO CÁO KẾT QUẢ NĂM 2025", Y, 2025),
])
def test_guard_other_years_stay_as_read(title, kind, year):
    stated = find_period(title)
    assert stated is not None and (stated.kind, stated.year) == (kind, year), stated

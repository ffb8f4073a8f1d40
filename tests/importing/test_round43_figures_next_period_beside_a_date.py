"""Round 43D F2, `figures import`: a Biểu 06 whose title row also holds the form's "Ban hành theo Thông tư số
01/2020/TT-VPCP ngày 21/10/2020" (the left cell of the same row), titled "Báo cáo kết quả quý IV, phương hướng nhiệm vụ
năm 2031": the period to come was dropped but its year not given to the one reported (the row had a year already, the
circular's 2020), and the file was refused as "Tệp không ghi kỳ báo cáo" though it names quý IV. Only a year written
after the period reported counts as its own: quý IV 2030 is read."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes
from parapp.core.periods import PeriodKind
from tests.importing import onestop_files


@pytest.mark.parametrize(("title", "kind", "year"), [
    ("Báo cáo kết quả quý IV, phương hướng nhiệm vụ năm 2031", PeriodKind.Q4, 2030),
    ("Báo cáo kết quả quý I, phương hướng nhiệm vụ quý II năm 2030", PeriodKind.Q1, 2030),
    ("Báo cáo kết quả cả năm, phương hướng năm 2031", PeriodKind.YEAR, 2030),
    # guard: the year written with the one reported
    ("Báo cáo quý IV năm 2030 và phương hướng năm 2031", PeriodKind.Q4, 2030),
])
def test_the_period_reported_beside_the_circulars_date(title, kind, year):
    read = read_bytes(onestop_files.bieu06_xlsx(title), "Biểu 06.xlsx")
    assert read.stated is not None and (read.stated.kind, read.stated.year) == (kind, year), read.stated

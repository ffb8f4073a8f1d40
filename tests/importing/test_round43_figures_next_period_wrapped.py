"""Round 43D F7, `figures import`: a title whose period to come is wrapped onto a line of its own (Alt+Enter in the
Excel cell, or Word's title in two paragraphs): "Báo cáo kết quả quý I↵và phương hướng nhiệm vụ quý II năm 2030" was
read as quý II (quý I's figures stored as the next quarter's, exit 0); "… QUÝ IV↵PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2031" was
refused as naming no period. The line before is the one reported, as on one line (round 39D, 41D)."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes
from parapp.core.figures_period import find_period
from parapp.core.periods import PeriodKind
from tests.importing import onestop_files


@pytest.mark.parametrize(("title", "kind", "year"), [
    ("Báo cáo kết quả quý I\nvà phương hướng nhiệm vụ quý II năm 2030", PeriodKind.Q1, 2030),
    ("BÁO CÁO KẾT QUẢ CCHC QUÝ IV\nPHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2031", PeriodKind.Q4, 2030),
    ("Báo cáo kết quả cả năm\nvà phương hướng nhiệm vụ năm 2031", PeriodKind.YEAR, 2030),
    # guards: the year on the first line; one period named over two lines
    ("Báo cáo kết quả quý IV năm 2030\nvà phương hướng nhiệm vụ năm 2031", PeriodKind.Q4, 2030),
    ("BÁO CÁO\nKết quả công tác CCHC quý II năm 2030", PeriodKind.Q2, 2030),
])
def test_the_period_reported_above_the_one_to_come(title, kind, year):
    stated = find_period(title)
    assert stated is not None and (stated.kind, stated.year) == (kind, year), stated
    read = read_bytes(onestop_files.bieu06_xlsx(title), "Biểu 06.xlsx")  # the title in one cell, Alt+Enter
    assert read.stated is not None and (read.stated.kind, read.stated.year) == (kind, year), read.stated

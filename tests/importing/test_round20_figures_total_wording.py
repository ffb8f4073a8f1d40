"""Adversarial round 20B (issue 21), the figures import: a total row worded "Tổng số hồ sơ, trong đó:", "Tổng số hồ sơ
tiếp nhận", "Tổng số hồ sơ đã giải quyết", "Tổng số hồ sơ trong kỳ" (round 19B read "Tổng số hồ sơ" alone, 485f36a).

Read as one more field and added to the fields it sums: 26 on time and 4 late stored where the table held 13 and 2,
"đã cộng 3 dòng lĩnh vực", exit 0. A part of the total ("Tổng số hồ sơ trực tuyến") is still no total.
"""

from __future__ import annotations

import pytest

from parapp.core.figures_rows import TOTAL_LABEL
from parapp.core.vntext import fold
from tests.importing.test_round19_figures_of_which import HEAD, _sheet

from parapp.core.figures_import import read_bytes


@pytest.mark.parametrize("label", ["Tổng số hồ sơ, trong đó:", "Tổng số hồ sơ, gồm:", "Tổng số hồ sơ tiếp nhận",
                                   "Tổng số hồ sơ đã giải quyết", "Tổng số hồ sơ trong kỳ", "Tổng số, trong đó",
                                   "TỔNG CỘNG, BAO GỒM:"])
@pytest.mark.parametrize("first", [True, False])
def test_a_total_row_so_worded_is_the_total(label, first):
    total = [None, label, 15, 13, 2]
    fields = [[1, "Hộ tịch", 10, 8, 2], [2, "Đất đai", 5, 5, 0]]
    r = read_bytes(_sheet(HEAD, *([total, *fields] if first else [*fields, total])), "so-lieu.xlsx")
    assert r.values["dossiers.resolved_on_time"] == 13
    assert r.values["dossiers.resolved_late"] == 2


@pytest.mark.parametrize("label", ["Tổng số hồ sơ trực tuyến", "Tổng số hồ sơ quá hạn", "Tổng số hồ sơ tiếp nhận "
                                   "trực tuyến"])
def test_a_part_of_the_total_is_no_total(label):
    assert not TOTAL_LABEL.match(fold(label))

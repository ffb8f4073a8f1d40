"""Round 28D, `figures import`: a negative written with another dash than "-", "−" or "–" (round 27C) was "không phải
số: tính là 0", the import going on with exit 0 and the column's sum short: the full-width minus "－3" (a Vietnamese
input method's), the small "﹣3", the hyphen "‐3" and the figure dash "‒3" Word puts in. Now refused as "-3" is."""

from __future__ import annotations

import pytest

from parapp.core.figures_entry import parse_number
from parapp.core.figures_import import read_bytes
from parapp.core.importing.model import Unreadable


@pytest.mark.parametrize("cell", ["－3", "﹣3", "‐3", "‑3", "‒3", "—3"])
def test_every_dash_before_a_number_is_a_minus(cell):
    assert parse_number(cell) == -3


@pytest.mark.parametrize("cell", ["－3", "‒3"])
def test_a_cell_with_such_a_minus_is_refused(cell):
    text = ("Kỳ báo cáo: Quý III/2027\nSTT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,"
            f"Giải quyết quá hạn\n1,Hộ tịch,10,5,8\n2,Chứng thực,5,5,{cell}\n")
    with pytest.raises(Unreadable, match=cell):
        read_bytes(text.encode(), "bieu.csv")


def test_a_dash_alone_is_still_no_figure():
    assert parse_number("—") is None and parse_number("－") is None

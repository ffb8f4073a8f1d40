"""Round 31D, `figures import`: a count followed by a note's number typed in brackets, not raised ("15 (1)", "15(2)",
as a form numbers the notes under it) was "không phải số: tính là 0": 0 dossiers stored where the table held 15. It is
read as 15, said as round 30D's "15*" is; "15 (10)" (two digits: maybe a figure of its own) is still no number."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


@pytest.mark.parametrize("cell", ["15 (1)", "15(2)", "15 (1)(2)"])
def test_a_count_with_a_numbered_note_is_the_count(cell):
    got = read_bytes((H + f'1,Hộ tịch,"{cell}",5,4\n2,Chứng thực,5,5,1\n').encode(), "b.csv")
    assert got.values["dossiers.received_online"] == 20
    assert any("chú thích" in str(n) and cell in str(n) for n in got.notes)


def test_two_digits_in_brackets_are_no_note():
    got = read_bytes((H + '1,Hộ tịch,"15 (10)",5,4\n2,Chứng thực,5,5,1\n').encode(), "b.csv")
    assert got.values["dossiers.received_online"] == 5

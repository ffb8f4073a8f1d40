"""Round 30D, `figures import`: a count with a footnote's mark after it ("15*", "15(*)", "15¹", the note under the
table saying why) was "không phải số: tính là 0": 0 dossiers received stored where the table held 15, exit 0.

The mark is no part of the figure: the number is read, and the cell named in a note."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


@pytest.mark.parametrize("mark", ["*", "**", "(*)", " (*)", "¹", "(**)"])
def test_a_footnote_mark_after_a_count_is_no_part_of_it(mark):
    text = H + f'1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\n,Tổng cộng,"15{mark}",10,5\n'
    read = read_bytes(text.encode(), "bieu.csv")
    assert read.values["dossiers.received_online"] == 15, read.notes
    assert any(f"15{mark}".strip() in n and "chú thích" in n for n in read.notes), read.notes
    read = read_bytes((H + f'1,Hộ tịch,"10{mark}",5,4\n2,Chứng thực,5,5,1\n').encode(), "bieu.csv")
    assert read.values["dossiers.received_online"] == 15, read.notes


def test_other_words_in_a_count_are_still_no_number():
    read = read_bytes((H + '1,Hộ tịch,"10 hồ sơ",5,4\n2,Chứng thực,5,5,1\n').encode(), "bieu.csv")
    assert read.values["dossiers.received_online"] == 5 and any("không phải số" in n for n in read.notes)

"""Round 41D L4 (left by 40D), `figures import` of a comma-separated file where every row's numbers hold an unquoted
comma ("1,Hộ tịch,1,234,1,200,34" and "2,Chứng thực,2,000,1,900,100"): every row as wide, read as columns left
untitled: 234 stored received and 1 on time (for 1 234 and 1 200), exit 0, not a word. A number of one to three
figures then one of exactly three at the same place on every row is a cut: refused, naming the line, nothing stored."""

from __future__ import annotations

import pytest

from parapp.core.importing.model import Unreadable

HEAD = "Báo cáo quý II năm 2030\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn,Quá hạn\n"


@pytest.mark.parametrize("body", ["1,Hộ tịch,1,234,1,200,34\n2,Chứng thực,2,000,1,900,100\n",
                                  ",Tổng cộng,3,234,3,100,134\n"])
def test_every_row_cut_is_refused(body):
    from parapp.core.figures_import import read_bytes

    with pytest.raises(Unreadable) as exc:
        read_bytes((HEAD + body).encode(), "so lieu.csv")
    assert "Dòng 3" in str(exc.value) and "ngoặc kép" in str(exc.value), str(exc.value)


def test_guard_untitled_columns_of_small_numbers_are_read():
    from parapp.core.figures_import import read_bytes

    read = read_bytes((HEAD + "1,Hộ tịch,6,5,1,7\n2,Chứng thực,10,8,2,3\n").encode(), "so lieu.csv")
    assert read.values["dossiers.resolved_on_time"] == 13, read.values

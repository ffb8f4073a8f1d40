"""Round 40D F4, `figures import` and `par import-set` of a comma-separated file whose numbers hold a comma, unquoted
("1,234" for a thousand dossiers, "2,5" points, as a hand-made or a naive export writes them): each was cut into two
cells and the figures after it moved one column right: "1,Hộ tịch,1,234,1,200,34" stored 234 on time and 1 late (for
1 200 and 34), exit 0, not a word; the set stored 2 points for 2,5, the advice to rename the overflow column a score.
A row holding numbers past the header's last column in such a file is refused, naming the line, nothing stored."""

from __future__ import annotations

import pytest

from parapp.core.importing.model import Unreadable


def test_figures_cut_at_a_thousands_comma_are_refused():
    from parapp.core.figures_import import read_bytes

    data = ("Báo cáo quý II năm 2030\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn,Quá hạn\n1,Hộ tịch,1,234,1,200,34\n"
            "2,Chứng thực,10,8,2\n").encode()
    with pytest.raises(Unreadable) as exc:
        read_bytes(data, "so lieu.csv")
    assert "Dòng 3" in str(exc.value) and "ngoặc kép" in str(exc.value), str(exc.value)


def test_points_cut_at_a_decimal_comma_are_refused():
    from parapp.core.par.reading import read_bytes

    data = ("BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030\nSTT,Lĩnh vực/Tiêu chí,Điểm tối đa\nI,Công tác chỉ đạo,5\n"
            "1.1,Kế hoạch CCHC,2,5\n1.2,Báo cáo CCHC,2,5\n").encode()
    with pytest.raises(Unreadable) as exc:
        read_bytes(data, "bo tieu chi.csv")
    assert "Dòng 4" in str(exc.value), str(exc.value)


def test_guard_quoted_numbers_and_a_note_beside_are_read():
    from parapp.core.figures_import import read_bytes

    data = ('Báo cáo quý II năm 2030\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn,Quá hạn\n1,Hộ tịch,"1,234","1,200",34,x\n'
            "2,Chứng thực,10,8,2\n").encode()
    read = read_bytes(data, "so lieu.csv")
    assert read.values["dossiers.resolved_on_time"] in (1208, 9.2), read.values


def test_guard_a_wider_second_table_is_no_cut():
    from parapp.core.figures_import import read_bytes

    data = ("Báo cáo quý I năm 2030\nSTT,Lĩnh vực,Đúng hạn\n1,Hộ tịch,3\n\n"
            "Báo cáo quý II năm 2030\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn,Quá hạn\n1,Hộ tịch,6,5,1\n").encode()
    read_bytes(data, "so lieu.csv")


def test_guard_every_row_as_wide_is_columns_untitled():
    from parapp.core.figures_import import read_bytes

    data = ("Báo cáo quý II năm 2030\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,6,5,1\n2,Chứng thực,10,8,2\n"
            ",Người lập biểu\n").encode()
    read_bytes(data, "so lieu.csv")

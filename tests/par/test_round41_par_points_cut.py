"""Round 41D F3, `par import-set` of a comma-separated criteria set whose every row's points hold an unquoted decimal
comma ("I,Công tác chỉ đạo,4,5", "1.1,Kế hoạch CCHC,2,5", "1.2,Báo cáo CCHC,2,0"): every row as wide, read as an
untitled column: 4 points stored for 4,5 (2 and 2 for 2,5 and 2,0), exit 0, and the note advised naming column 4 a
score column (5, 5, 0 would have been stored as scores, 5 above a criterion's 2). A number past the points above them
in some row is no score: refused, naming the line, nothing stored."""

from __future__ import annotations

import pytest

from parapp.core.importing.model import Unreadable

HEAD = "BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030\nSTT,Lĩnh vực/Tiêu chí,Điểm tối đa\n"


def test_points_cut_on_every_row_are_refused():
    from parapp.core.par.reading import read_bytes

    data = HEAD + "I,Công tác chỉ đạo,4,5\n1.1,Kế hoạch CCHC,2,5\n1.2,Báo cáo CCHC,2,0\n"
    with pytest.raises(Unreadable) as exc:
        read_bytes(data.encode(), "bo tieu chi.csv")
    assert "Dòng 3" in str(exc.value) and "ngoặc kép" in str(exc.value), str(exc.value)


def test_guard_an_untitled_column_of_scores_within_the_points_is_read():
    from parapp.core.par.reading import read_bytes

    data = HEAD + "I,Công tác chỉ đạo,5,3\n1.1,Kế hoạch CCHC,2,2\n1.2,Báo cáo CCHC,3,1\n"
    read = read_bytes(data.encode(), "bo tieu chi.csv")
    assert [r.max_text for r in read.rows] == ["5", "2", "3"]

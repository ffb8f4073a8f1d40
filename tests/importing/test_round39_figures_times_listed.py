"""Round 39D L2 (left by round 38D), `figures import`: one figure for four times in a one-row header ("Đúng hạn tháng
4 | Đúng hạn tháng 5 | Đúng hạn tháng 6 | Đúng hạn cả quý"): the refusal named each pair against the first column
(3 and 4, 3 and 5, 3 and 6), each advising one --column to skip; skipping column 3 brought the pairs of column 4, then
of column 5: three runs to learn which columns were in question. Now one message per figure names every column of it
and the --column of each."""

from __future__ import annotations

from parapp.core.figures_import import read_bytes

HEADER = ("STT,Lĩnh vực,Đúng hạn tháng 4,Đúng hạn tháng 5,Đúng hạn tháng 6,Đúng hạn cả quý,"
          "Tiếp nhận tháng 4,Tiếp nhận tháng 5,Tiếp nhận tháng 6,Tiếp nhận cả quý")
BODY = ["1,Hộ tịch,1,2,3,6,1,2,3,6", ",Tổng cộng,1,2,3,6,1,2,3,6"]


def _read(chosen: dict[int, str | None] | None = None):
    read = read_bytes("\n".join(["Báo cáo quý II năm 2030", HEADER, *BODY]).encode(), "bieu.csv")
    return read.reread(chosen) if chosen else read


def test_one_message_a_figure_naming_every_column():
    said = [str(p) for p in _read().problems]
    assert len(said) == 2, said
    assert all(f"--column {n}=skip" in said[0] for n in (3, 4, 5, 6)), said
    assert all(f"--column {n}=skip" in said[1] for n in (7, 8, 9, 10)), said


def test_skipping_every_column_named_but_one_is_enough():
    read = _read({2: None, 3: None, 4: None, 6: None, 7: None, 8: None})
    assert read.problems == [] and read.values["dossiers.resolved_on_time"] == 6, read.problems


def test_guard_two_columns_keep_their_message():
    text = "\n".join(["Báo cáo quý II năm 2030", "STT,Lĩnh vực,Đúng hạn cùng kỳ,Đúng hạn kỳ này", "1,Hộ tịch,1,2"])
    said = [str(p) for p in read_bytes(text.encode(), "bieu.csv").problems]
    assert len(said) == 1 and "--column 3=skip" in said[0] and "--column 4=skip" in said[0], said

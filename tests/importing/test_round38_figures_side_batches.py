"""Round 38D, `figures import`: the quarter's batches or weeks side by side, then the quarter ("Đợt 1 | Đợt 2 | Cả
quý", "Tuần 1 | Tuần 2 | Cả quý") under "Báo cáo quý II năm 2030": "Đợt", "Tuần" named no time, the table was one
period's, the first batch's columns read and the others left out as repeats: 2 on time stored as the quarter's (6),
exit 0. A batch's or week's section is another time, as a month's is (F2): the quarter's section is read, and batches
alone are refused."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes


def _csv(titles: list[str]) -> bytes:
    n = len(titles)
    rows = ["Báo cáo quý II năm 2030", ",," + ",,".join(titles) + ",", "STT,Lĩnh vực" + ",Tiếp nhận,Đúng hạn" * n]
    rows += [f"{i + 1},{f}" + "".join(f",{k + 1},{k + 1}" for k in range(n))
             for i, f in enumerate(["Hộ tịch", "Đất đai"])]
    return "\n".join(rows).encode()


@pytest.mark.parametrize("word", ["Đợt", "Tuần", "Đợt thứ"])
def test_the_quarter_beside_its_batches_is_read(word):
    read = read_bytes(_csv([f"{word} 1", f"{word} 2", "Cả quý"]), "bieu.csv")
    assert (read.title, read.values.get("dossiers.resolved_on_time")) == ("Cả quý", 6)


def test_batches_alone_state_no_quarter():
    read = read_bytes(_csv(["Đợt 1", "Đợt 2"]), "bieu.csv")
    assert read.stated is not None and read.stated.kind is None and read.stated.start is None

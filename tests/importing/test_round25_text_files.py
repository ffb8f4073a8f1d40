"""Adversarial round 25B: a text plan followed by a run of NUL bytes, as a file cut short by a USB stick pulled out
or a power cut leaves it (its length written, its last blocks not), was refused as "Tệp này không phải văn bản (có
thể là tệp nhị phân hoặc ảnh)" when the NULs began within its first 4 KB. Its text is read; a file of NULs alone is
said to be empty."""

from __future__ import annotations

import pytest

from parapp.core.importing.model import Unreadable
from parapp.core.importing.parse import parse_bytes
from parapp.core.par.reading import read_bytes

PLAN = ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\nSTT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
        "1\tRà soát văn bản\tTư pháp\tQuý II\n2\tCông khai thủ tục\tVăn phòng\tTháng 6\n")


@pytest.mark.parametrize("name", ["kh.txt", "kh.csv"])
def test_a_plan_padded_with_nuls_is_read(name):
    r = parse_bytes(PLAN.encode() + b"\x00" * 3000, name, plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Công khai thủ tục"]


def test_a_criteria_set_padded_with_nuls_is_read():
    data = "STT,Tiêu chí,Điểm tối đa\nI,Chỉ đạo,2\n1,Kế hoạch,2\n".encode() + b"\x00" * 512
    assert read_bytes(data, "bộ.csv").build(2026).criteria.max_total == 2000


def test_a_file_of_nuls_alone_is_empty():
    with pytest.raises(Unreadable, match="Tệp trống"):
        parse_bytes(b"\x00" * 4096, "kh.txt", plan_year=2026)


def test_utf16_is_still_read():
    r = parse_bytes(PLAN.encode("utf-16-le"), "kh.txt", plan_year=2026)
    assert len(r.tasks) == 2
    r = parse_bytes(PLAN.encode("utf-16"), "kh.txt", plan_year=2026)
    assert len(r.tasks) == 2


def test_control_characters_of_a_paste_are_dropped():
    # Round 25B: round 24C dropped them from files; a paste kept them (Word's line break inside a cell comes on the
    # clipboard's plain text as a vertical tab): stored in the task's content, its words no longer found by search.
    from parapp.core.figures_import import tables_from_text
    from parapp.core.importing.parse import parse_text
    from parapp.core.par.reading import read_text

    text = PLAN.replace("Rà soát văn bản", "Rà soát\x0bvăn\x01 bản")
    assert parse_text(text, plan_year=2026).tasks[0].content == "Rà soát văn bản"
    html = "<table><tr><td>STT</td><td>Nội dung nhiệm vụ</td><td>Thời gian hoàn thành</td></tr>" \
           "<tr><td>1</td><td>Rà soát\x01 văn bản</td><td>Quý II</td></tr></table>"
    assert parse_text("", html=html, plan_year=2026).tasks[0].content == "Rà soát văn bản"
    par = read_text("STT\tTiêu chí\tĐiểm tối đa\nI\tChỉ\x0bđạo\t2\n1\tKế\x02 hoạch\t2\n")
    assert [r.name for r in par.rows] == ["Chỉ đạo", "Kế hoạch"]
    cells = [c for _, row in tables_from_text("Chỉ tiêu\tSố\nHồ\x0bsơ\t5\n")[0] for c in row]
    assert "Hồ sơ" in cells

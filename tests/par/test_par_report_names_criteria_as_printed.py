"""The PAR report's part II named a criterion by its derived code ("Tiêu chí 1.2") where the appendix, for a set
numbered again in each area, prints "2" under "A" (left by round 22B): the chairman could not find it."""

from __future__ import annotations

from parapp.core.par.reading import read_bytes
from parapp.core.par.report_text import report_text
from parapp.services.demo_par import demo_set

from .test_round21_lettered_areas import _set


def _scored(cset, upto):
    for k, n in enumerate(cset.leaves()):
        n.self_milli = (n.max_milli or 0) // 2 if k < upto else None
    return cset


def test_a_set_numbered_in_each_area_is_cited_as_printed():
    cs = _scored(read_bytes(_set("stt"), "bo-tieu-chi.xlsx").build(2026).criteria, 4)
    t = dict(report_text(cs, "Ủy ban nhân dân xã Ba Giang", "").sections)
    losses = t["II. Các tiêu chí chưa đạt điểm tối đa và nguyên nhân"]
    assert losses[1] == "- Tiêu chí 2 thuộc lĩnh vực A (Báo cáo CCHC): đạt 1/2 điểm."
    assert losses[2].startswith("- Tiêu chí 1 thuộc lĩnh vực B (Ban hành văn bản)")
    part1 = t["I. Kết quả tự đánh giá, chấm điểm"]
    assert "- Lĩnh vực A (CÔNG TÁC CHỈ ĐẠO): 2,5/5 điểm." in part1
    assert part1[-1] == "Còn 2 tiêu chí chưa tự chấm điểm: 1 thuộc lĩnh vực D, 1 thuộc lĩnh vực Đ."


def test_a_set_numbered_through_keeps_its_words():
    cs = _scored(demo_set(2025), 3)
    t = dict(report_text(cs, "Ủy ban nhân dân xã Ba Giang", "").sections)
    assert t["I. Kết quả tự đánh giá, chấm điểm"][1].startswith("1. ")
    assert t["II. Các tiêu chí chưa đạt điểm tối đa và nguyên nhân"][0].startswith("- Tiêu chí 1.1.1 (")

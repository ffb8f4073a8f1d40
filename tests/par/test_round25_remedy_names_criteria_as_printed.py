"""Round 25C: the PAR report cites a criterion of a set numbered again in each area as the appendix prints it
("Tiêu chí 2 thuộc lĩnh vực A"), but the remediation plan made from the same scores named it by ParApp's derived code:
"Khắc phục hạn chế, nâng cao kết quả tiêu chí 1.2 “Báo cáo CCHC”", "… tiêu chí 2.1 “Ban hành văn bản”", codes the
province's set never prints, then carried into every report and letter listing the tasks. The task's content names
it as the appendix does; its criterion code (par_code, the link to the criterion) is unchanged."""

from __future__ import annotations

from parapp.core.par.reading import read_bytes
from parapp.core.par.remedy import remedy_tasks
from parapp.services.demo_par import demo_set

from .test_round21_lettered_areas import _set


def _scored(cset):
    for n in cset.leaves():
        n.self_milli = (n.max_milli or 0) // 2
    return cset


def test_a_set_numbered_in_each_area_is_named_as_printed():
    for areas in (None, (("I", "CÔNG TÁC CHỈ ĐẠO", [("1", "Kế hoạch CCHC", 3), ("2", "Báo cáo CCHC", 2)]),
                         ("II", "CẢI CÁCH THỂ CHẾ", [("1", "Ban hành văn bản", 5)]))):
        data = _set("stt") if areas is None else _set("stt", areas)
        cs = _scored(read_bytes(data, "bo-tieu-chi.xlsx").build(2026).criteria)
        area = "A" if areas is None else "I"
        tasks = {t.code: t for t in remedy_tasks(cs)}
        assert tasks["1.2"].content == f"Khắc phục hạn chế, nâng cao kết quả tiêu chí 2 thuộc lĩnh vực {area} " \
                                       "“Báo cáo CCHC”"
        assert "tiêu chí 1 thuộc lĩnh vực " in tasks["2.1"].content


def test_a_set_numbered_through_keeps_its_words():
    cs = _scored(demo_set(2025))
    t = remedy_tasks(cs)[0]
    name = next(n.name for n in cs.leaves() if n.code == t.code)
    assert t.content == f"Khắc phục hạn chế, nâng cao kết quả tiêu chí {t.code} “{name}”"


def test_a_lettered_sub_item_of_a_set_numbered_in_each_area_is_named_as_printed():
    """Round 25C finding 5: "b)" under "2" under "A" was cited "Tiêu chí 1.2b" (its derived code) in the PAR report's
    part II and in the remediation task, printed nowhere; it is "2b thuộc lĩnh vực A", as a set numbered through
    cites "8b"."""
    from parapp.core.par.report_text import report_text

    areas = (("A", "CÔNG TÁC CHỈ ĐẠO", [("1", "Kế hoạch CCHC", 3), ("2", "Báo cáo CCHC", 2), ("a)", "Báo cáo quý", 1),
                                        ("b)", "Báo cáo năm", 1)]),
             ("B", "CẢI CÁCH THỂ CHẾ", [("1", "Ban hành văn bản", 5)]))
    cs = _scored(read_bytes(_set("stt", areas), "bo-tieu-chi.xlsx").build(2026).criteria)
    losses = dict(report_text(cs, "Ủy ban nhân dân xã Ba Giang", "").sections)[
        "II. Các tiêu chí chưa đạt điểm tối đa và nguyên nhân"]
    assert "- Tiêu chí 2b thuộc lĩnh vực A (Báo cáo năm): đạt 0,5/1 điểm." in losses
    tasks = {t.code: t for t in remedy_tasks(cs)}
    assert tasks["1.2a"].content == "Khắc phục hạn chế, nâng cao kết quả tiêu chí 2a thuộc lĩnh vực A “Báo cáo quý”"

"""Part II with nothing in it says so, and the editor lists it among the gaps.

A fresh-eyes walk (this session) imported a plan whose tasks all fall due in December and drafted quý III: the
printed report had the heading "II. KẾT QUẢ THỰC HIỆN …" and part III straight under it, and the editor's list of
gaps named other things only."""

from .test_report_reading import D, draft, task


def test_an_empty_part_two_says_so_and_is_a_gap():
    d = draft("q3", [task(1, "Rà soát quy chế làm việc", D(2026, 12, 19), status="not_started")], D(2026, 9, 14))
    results = d.find("results")
    assert results.paragraphs == ["Trong kỳ, chưa có nhiệm vụ cải cách hành chính nào đến hạn, hoàn thành hoặc có kết "
                                  "quả để báo cáo."]
    assert any(g.section == "results" and g.template.startswith("Mục II chưa có nội dung") for g in d.gaps)


def test_a_part_two_with_work_says_no_such_thing():
    d = draft("q3", [task(1, "Rà soát quy chế làm việc", D(2026, 8, 19), status="in_progress")], D(2026, 9, 14))
    assert d.find("results").paragraphs == [] and d.find("results").subsections
    assert not any(g.template.startswith("Mục II chưa có nội dung") for g in d.gaps)

"""The appendix names the one-stop unit as the text does, with its level ("… công xã").

The chairman's read (this session): the text said "Trung tâm Phục vụ hành chính công xã", the appendix's "Chủ trì"
column "Trung tâm Phục vụ hành chính công" for the same tasks."""

from .test_report_reading import D, draft, task


def test_the_appendix_names_the_centre_with_its_level():
    t = task(1, "Công khai kết quả giải quyết hồ sơ", D(2026, 3, 10), status="done", completed_on=D(2026, 3, 5),
             lead_office="Trung tâm Phục vụ hành chính công", lead_name="")
    d = draft("q1", [t], D(2026, 3, 17), one_stop="Trung tâm Phục vụ hành chính công")
    assert [r.lead for r in d.appendix] == ["Trung tâm Phục vụ hành chính công xã"]

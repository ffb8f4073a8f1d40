"""The chairman's reads (rounds 41 and 43): Phụ lục II of a report from UBND xã listed "Tham mưu UBND xã tổ chức triển
khai đăng ký sáng kiến…", "Tham mưu Chủ tịch UBND xã kiểm tra đột xuất…", the commune advising itself, where the text
already said "Tổ chức triển khai …". The appendix lists the work as the commune does."""

import pytest

from parapp.core.report_words import commune_voice


@pytest.mark.parametrize("written, listed", [
    ("Tham mưu UBND xã tổ chức triển khai đăng ký sáng kiến", "Tổ chức triển khai đăng ký sáng kiến"),
    ("Tham mưu Chủ tịch UBND xã kiểm tra đột xuất việc chấp hành", "Kiểm tra đột xuất việc chấp hành"),
    ("Tham mưu quản lý, sử dụng biên chế đúng quy định", "Quản lý, sử dụng biên chế đúng quy định"),
    ("Tham mưu cho Ủy ban nhân dân xã ban hành kế hoạch\nkiểm tra", "Ban hành kế hoạch\nkiểm tra"),
    ("Rà soát văn bản QPPL", "Rà soát văn bản QPPL"),
])
def test_the_appendix_lists_work_as_the_commune_does(written, listed):
    assert commune_voice(written) == listed


def test_a_reports_appendix_drops_the_advising(db):
    import datetime as dt

    from parapp.store import plans, tasks
    from parapp.store.periods import find_period
    from parapp.store.report_records import assemble_draft

    p26 = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2026", "year": 2026, "is_annual": True})
    tasks.create_task(db, {"plan_id": p26, "content": "Tham mưu UBND xã tổ chức đối thoại với Nhân dân",
                           "deadline_text": "Quý IV/2026", "status": "in_progress"}, today=dt.date(2026, 2, 1))
    draft = assemble_draft(db, find_period(db, "year", 2026), dt.date(2026, 12, 6))
    assert [r.content for r in draft.appendix] == ["Tổ chức đối thoại với Nhân dân"]


def test_late_work_says_its_deadline_as_a_deadline(db):
    """The chairman's read (round 43): "chưa hoàn thành, quá thời hạn (trước ngày 31/8/2026)" read as late before
    that day; and "bị trả lại hoặc do tổ chức, cá nhân rút" was no sentence."""
    import datetime as dt

    from parapp.store import figures, plans, tasks
    from parapp.store.periods import find_period
    from parapp.store.report_records import assemble_draft

    p26 = plans.add_plan(db, {"title": "Kế hoạch cải cách hành chính năm 2026", "year": 2026, "is_annual": True})
    tasks.create_task(db, {"plan_id": p26, "content": "Rà soát quy trình nội bộ", "deadline_text": "Trước ngày "
                           "31/8/2026", "status": "in_progress"}, today=dt.date(2026, 2, 1))
    figures.set_figures(db, "year", 2026, {"dossiers.withdrawn": 11, "dossiers.received": 400})
    draft = assemble_draft(db, find_period(db, "year", 2026), dt.date(2026, 12, 6))
    text = "\n".join(p for s in draft.walk() for p in s.paragraphs)
    assert "chưa hoàn thành, quá thời hạn (thời hạn: trước ngày 31/8/2026)" in text, text
    assert "11 hồ sơ bị trả lại hoặc được tổ chức, cá nhân rút" in text, text

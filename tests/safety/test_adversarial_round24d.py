"""Round 24D: the turn of the year (a register holding 2026 and 2027, reports drafted in January)."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.services.demo import build_demo
from parapp.store import open_database, report_records
from parapp.store.periods import find_period


@pytest.fixture
def demo(tmp_path):
    db = open_database(tmp_path / "demo.db")
    build_demo(db, dt.date(2026, 12, 4))
    yield db
    db.close()


def _direction(draft):
    return next(s for s in draft.sections if s.key == "direction")


def test_year_report_drafted_in_january_names_standing_work_once(demo):
    # The 2026 year report drafted on 5/1/2027 put "Báo cáo kết quả … quý, 6 tháng, năm (hằng năm)" under 2027's
    # work by area ("thực hiện hằng năm") and again under "Hoàn thành các nhiệm vụ năm 2026 còn dở dang" ("quá hạn
    # từ ngày 01/01/2027"): the same standing work twice in part IV, once as next year's work, once as a leftover.
    period = find_period(demo, "year", 2026)
    draft = report_records.assemble_draft(demo, period, dt.date(2027, 1, 5))
    seen: dict[int, str] = {}
    for sub in _direction(draft).subsections:
        for task_id in sub.facts:
            assert task_id not in seen, (task_id, seen.get(task_id), sub.title)
            seen[task_id] = sub.title
    text = "\n".join(line for sub in _direction(draft).subsections for line in sub.paragraphs)
    assert text.count("Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm đảm bảo quy định") == 1

"""Round 21B: the periodic report as the chairman reads it, at the edges of its period."""

import datetime as dt

from parapp.core.periods import PRESETS, periods_for_year
from parapp.core.report_builder import TaskFact, classify

D = dt.date
PERIODS = {p.kind.value: p for p in periods_for_year(PRESETS["15-14"], 2026)}
Q1 = PERIODS["q1"]


def test_a_task_finished_before_its_due_day_is_never_called_overdue_in_a_redrafted_report():
    # Round 21B finding 1: a quý I report (data to 14/3) redrafted in December judges on 1/4; a task
    # due 31/3 and finished on 27/3 was on time, yet the report said "chưa hoàn thành, quá thời hạn".
    on_time = TaskFact(id=1, content="Tự kiểm tra công tác CCHC", due=D(2026, 3, 31), status="done",
                       completed_on=D(2026, 3, 27))
    assert classify(on_time, Q1, D(2026, 12, 4)) != "overdue"
    late = TaskFact(id=2, content="Quy chế chi tiêu nội bộ", due=D(2026, 3, 31), status="done",
                    completed_on=D(2026, 4, 13))
    assert classify(late, Q1, D(2026, 12, 4)) == "overdue"   # not done when the quarter ended: late


def _draft(period, tasks, today):
    from parapp.core.report_builder import AreaFact, ReportInput, assemble
    from parapp.core.report_words import next_span

    areas = [AreaFact("1", "Công tác chỉ đạo, điều hành CCHC", True), AreaFact("3", "Cải cách thủ tục hành chính")]
    return assemble(ReportInput(period, next_span(period.kind, period.year), areas, tasks, [], today,
                                commune="Ủy ban nhân dân xã Ba Giang"))


def test_next_quarters_work_in_a_redrafted_report_is_not_said_to_have_fallen_due():
    # Round 21B finding 2: a quý I report redrafted in December judges on 1/4, yet its "quý II" list
    # said of a task due 15/4 "(thời hạn ngày 15/4/2026, đã đến hạn)".
    t = TaskFact(id=1, content="Trả lời phản ánh, kiến nghị", area_code="3", due=D(2026, 4, 15),
                 status="in_progress")
    d = _draft(Q1, [t], D(2026, 12, 4))
    ahead = "\n".join(p for p in d.find("direction").paragraphs)
    assert "ngày 15/4/2026" in ahead
    assert "đã đến hạn" not in ahead
    # drafted on 16/3, in time: the day has not come either
    d = _draft(Q1, [t], D(2026, 3, 16))
    assert "đã đến hạn" not in "\n".join(d.find("direction").paragraphs)


def test_work_done_every_quarter_or_month_is_in_the_next_quarters_list():
    # Round 21B finding 3: "Hằng quý" and "Hằng tháng" tasks (their due day is the year's last) were left out
    # of "IV. Phương hướng, nhiệm vụ trọng tâm quý II": only tasks due from 1/4 to 30/6 were listed.
    quarterly = TaskFact(id=1, content="Công khai kết quả giải quyết hồ sơ", area_code="3", due=D(2026, 12, 31),
                         status="in_progress", recurrence="quarterly", deadline_text="Hằng quý")
    monthly = TaskFact(id=2, content="Rà soát nhắc việc tại giao ban", area_code="1", due=D(2026, 12, 31),
                       status="in_progress", recurrence="monthly", deadline_text="Hằng tháng")
    once = TaskFact(id=3, content="Tổng kết công tác năm", area_code="1", due=D(2026, 12, 31), status="not_started")
    next_year = TaskFact(id=4, content="Công khai hồ sơ năm sau", area_code="3", due=D(2027, 12, 31),
                         status="not_started", recurrence="quarterly", deadline_text="Hằng quý")
    ahead = "\n".join(_draft(Q1, [quarterly, monthly, once, next_year], D(2026, 3, 16)).find("direction").paragraphs)
    assert "Công khai kết quả giải quyết hồ sơ (thực hiện hằng quý)" in ahead
    assert "Rà soát nhắc việc tại giao ban (thực hiện hằng tháng)" in ahead
    assert "Tổng kết công tác năm" not in ahead   # due in quý IV: not quý II's work
    assert "Công khai hồ sơ năm sau" not in ahead  # next year's plan: every quarter of 2027, not of 2026


def test_a_report_drafted_before_its_window_opens_never_states_an_inverted_span():
    # Round 21B finding 6: a quý III report (data 15/6–14/9) drafted on 10/6 opened with
    # "(số liệu tính từ ngày 15/6/2026 đến ngày 10/6/2026, ước thực hiện đến ngày 14/9/2026)".
    q3 = PERIODS["q3"]
    opening = "\n".join(_draft(q3, [], D(2026, 6, 10)).opening.paragraphs)
    assert "đến ngày 10/6/2026" not in opening
    assert "số liệu ước thực hiện từ ngày 15/6/2026 đến ngày 14/9/2026" in opening
    # within the window: to the drafting day, estimated to the window's end
    opening = "\n".join(_draft(q3, [], D(2026, 8, 1)).opening.paragraphs)
    assert "số liệu tính từ ngày 15/6/2026 đến ngày 01/8/2026, ước thực hiện đến ngày 14/9/2026" in opening

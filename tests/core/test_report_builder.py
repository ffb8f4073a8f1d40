import datetime as dt
import re

import pytest

from parapp.core.citations import DocRef
from parapp.core.figures import figure_windows, resolve_figures, shipped_indicators
from parapp.core.periods import PRESETS, PeriodKind, periods_for_year
from parapp.core.report_builder import AreaFact, PlanFact, ReportInput, TaskFact, assemble, classify
from parapp.core.report_model import Draft, content_hash, regenerate
from parapp.core.report_words import next_span

D = dt.date
RULES = PRESETS["15-14"]
PERIODS = {p.kind.value: p for p in periods_for_year(RULES, 2024)}
Q1, H1, YEAR = PERIODS["q1"], PERIODS["h1"], PERIODS["year"]
AREAS = [AreaFact("1", "Công tác chỉ đạo, điều hành CCHC", True), AreaFact("2", "Cải cách thể chế"),
         AreaFact("3", "Cải cách thủ tục hành chính (TTHC)"), AreaFact("5", "Cải cách chế độ công vụ")]
TODAY = D(2024, 3, 16)  # drafting the Q1 report, after its window (to 14/3), before its deadline (20/3)
WINDOWS = figure_windows(RULES, 2024)
NEXT_WINDOWS = figure_windows(RULES, 2025)
PLAN_05 = DocRef("Kế hoạch", "05/KH-UBND", D(2024, 1, 8), "", "cải cách hành chính năm 2024")


def fact(i, content, area="2", **kw):
    base = dict(lead_name="Phạm Minh Đức", lead_position="Chuyên viên", lead_office="Phòng Văn hóa – Xã hội")
    base.update(kw)
    return TaskFact(id=i, content=content, area_code=area, **base)


TASKS = [
    fact(1, "Tham mưu ban hành kế hoạch theo dõi thi hành pháp luật", due=D(2024, 3, 1), status="done",
         completed_on=D(2024, 2, 20),
         outputs=[DocRef("Kế hoạch", "12/KH-UBND", D(2024, 2, 20), "", "theo dõi thi hành pháp luật năm 2024")]),
    fact(2, "Rà soát văn bản QPPL", due=D(2024, 3, 10), status="in_progress",
         delay_reason="Chờ hướng dẫn của Sở Tư pháp"),
    fact(3, "Số hóa kết quả giải quyết TTHC", area="3", due=D(2024, 6, 30), status="in_progress",
         notes=[(D(2024, 3, 1), "Đã số hóa 40% hồ sơ")], lead_name="", lead_position="", lead_office="",
         lead_text="Trung tâm Phục vụ hành chính công"),
    fact(4, "Kế hoạch tuyên truyền CCHC", area="1", due=D(2024, 2, 15), status="done", completed_on=D(2024, 2, 25),
         delay_reason="Chờ kinh phí", result="Đã phát 12 tin, bài trên hệ thống truyền thanh xã"),
    fact(5, "Việc của năm trước", due=D(2023, 11, 30), status="done", completed_on=D(2023, 11, 20)),
    fact(6, "Đối thoại với Nhân dân về TTHC", area="3", due=D(2024, 5, 15), status="not_started"),
    fact(7, "Kiểm tra việc chấp hành kỷ luật hành chính", area="5", due=D(2024, 3, 5), status="in_progress",
         support_request="Đề nghị Sở Nội vụ hướng dẫn quy trình kiểm tra công vụ cấp xã"),
]
PLANS = [PlanFact("05/KH-UBND", "Kế hoạch cải cách hành chính năm 2024", D(2024, 1, 8)),
         PlanFact("99/KH-UBND", "Kế hoạch cũ", D(2023, 6, 1))]


def stored_figures(kind="q1", **values):
    stored = {(PeriodKind(kind), code): (float(v), "entered") for code, v in values.items()}
    return resolve_figures(shipped_indicators(), stored, PeriodKind(kind), WINDOWS)


FIGS = dict(**{"dossiers.received": 1240, "dossiers.received_online": 530, "dossiers.carried_over": 20,
               "dossiers.resolved_early": 900, "dossiers.resolved_on_time": 290, "dossiers.resolved_late": 8,
               "dossiers.pending_in_time": 60, "dossiers.pending_late": 2, "legal_docs.issued": 1,
               "inspections.held": 1})


def draft_for(period=Q1, tasks=TASKS, today=TODAY, figures=None, **kw):
    nxt = next_span(period.kind, period.year)
    base = dict(commune="Ủy ban nhân dân xã Ba Giang", basis=[DocRef(
        "Kế hoạch", "236/KH-UBND", D(2023, 12, 26), "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "cải cách hành chính nhà nước năm 2024")], annual_plan=PLAN_05,
        proposals=["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ"],
        figures=figures if figures is not None else stored_figures(**FIGS),
        indicators=shipped_indicators(), catalogue_code="2021-2030")
    base.update(kw)
    return assemble(ReportInput(period, nxt, AREAS, tasks, PLANS, today, **base))


def text(section):
    return "\n".join(p for s in section.walk() for p in s.paragraphs)


def everything(d: Draft) -> str:
    return "\n".join(p for s in d.walk() for p in s.paragraphs)


def test_classification_at_the_window_end():
    kinds = {t.id: classify(t, Q1, TODAY) for t in TASKS}
    assert kinds == {1: "done", 2: "overdue", 3: "progress", 4: "done", 5: None, 6: None, 7: "overdue"}


def test_a_task_is_overdue_only_once_its_due_day_has_passed_on_the_drafting_day():
    # The annual report drafted on 23/11 must not call a task due 30/11 late.
    t = fact(8, "Tổng kết công tác CCHC", due=D(2024, 11, 30), status="in_progress")
    assert classify(t, YEAR, D(2024, 11, 23)) == "progress"
    assert classify(t, YEAR, D(2024, 11, 30)) == "progress"   # due today: not late yet
    assert classify(t, YEAR, D(2024, 12, 1)) == "overdue"
    d = draft_for(YEAR, tasks=[t], today=D(2024, 11, 23))
    assert "quá thời hạn" not in everything(d)
    assert "Khẩn trương hoàn thành các nhiệm vụ còn lại của năm 2024" in text(d.find("direction"))


def test_status_today_is_not_read_back_into_an_old_period():
    late = fact(9, "Rà soát TTHC nội bộ", area="3", due=D(2024, 12, 31), status="in_progress")
    assert classify(late, Q1, D(2024, 11, 20)) is None
    assert classify(late, Q1, TODAY) == "progress"


def test_opening_cites_what_the_report_answers_to():
    d = draft_for()
    (opening,) = d.opening.paragraphs
    assert opening.startswith("Thực hiện Kế hoạch số 236/KH-UBND ngày 26/12/2023 của Ủy ban nhân dân tỉnh Quảng Ngãi "
                              "về cải cách hành chính nhà nước năm 2024; Kế hoạch số 05/KH-UBND ngày 08/01/2024 của Ủy "
                              "ban nhân dân xã về cải cách hành chính năm 2024;")
    assert opening.endswith("Ủy ban nhân dân xã Ba Giang báo cáo kết quả thực hiện công tác cải cách hành chính quý I "
                            "năm 2024 (số liệu từ ngày 15/12/2023 đến ngày 14/3/2024) như sau:")
    early = draft_for(today=D(2024, 3, 10))  # drafted before the window closes: to that day, estimated to its end
    assert ("(số liệu tính từ ngày 15/12/2023 đến ngày 10/3/2024, ước thực hiện đến ngày 14/3/2024)"
            in early.opening.paragraphs[0])


def test_outline_speaks_as_the_commune_and_cites_documents():
    d = draft_for()
    assert d.title == "Báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2024"
    titles = [s.title for s in d.sections]
    assert titles == ["I. Công tác chỉ đạo, điều hành", "II. Kết quả thực hiện các nhiệm vụ cải cách hành chính",
                      "III. Đánh giá chung", "IV. Phương hướng, nhiệm vụ trọng tâm quý II năm 2024",
                      "V. Đề xuất, kiến nghị"]
    lead = text(d.sections[0])
    assert ("Trong quý, Ủy ban nhân dân xã đã ban hành 2 văn bản chỉ đạo, triển khai công tác cải cách hành chính "
            "(2 kế hoạch), trong đó có Kế hoạch số 05/KH-UBND ngày 08/01/2024 về cải cách hành chính năm "
            "2024.") in lead
    assert "99/KH-UBND" not in lead  # issued outside the window
    assert "Trong quý, Ủy ban nhân dân xã tổ chức 1 cuộc kiểm tra công tác cải cách hành chính" in lead
    # a late task names the office that leads it, never the person; its result says what was done; why it was
    # late is said once, in part III
    assert ("- Đã phát 12 tin, bài trên hệ thống truyền thanh xã (Phòng Văn hóa – Xã hội chủ trì), hoàn thành ngày "
            "25/02/2024, chậm so với thời hạn (ngày 15/02/2024).") in lead
    assert "chờ kinh phí" not in lead and "chờ kinh phí" in text(d.find("weaknesses"))
    areas = d.sections[1].subsections
    assert [a.title for a in areas] == ["1. Cải cách thể chế", "2. Cải cách thủ tục hành chính (TTHC)",
                                        "3. Cải cách chế độ công vụ"]
    body = text(areas[0])
    assert ("- Ủy ban nhân dân xã đã ban hành Kế hoạch số 12/KH-UBND ngày 20/02/2024 về theo dõi thi hành pháp luật "
            "năm 2024.") in body
    assert "Phạm Minh Đức" not in body.splitlines()[1]  # on time: nobody named
    assert ("Rà soát văn bản QPPL (Phòng Văn hóa – Xã hội chủ trì): chưa hoàn thành, "
            "quá thời hạn (ngày 10/3/2024).") in body
    assert "Phạm Minh Đức" not in everything(d)  # a report to the superior body names offices, not persons
    tthc = text(areas[1])
    assert "Số hóa kết quả giải quyết TTHC (thời hạn ngày 30/6/2024): đã số hóa 40% hồ sơ." in tthc
    assert "Việc của năm trước" not in everything(d)


def test_figures_in_sentences_in_vietnamese_formats():
    d = draft_for()
    tthc = text(d.find("area:3"))
    assert ("Trong quý, Trung tâm Phục vụ hành chính công xã tiếp nhận tổng số 1.260 hồ sơ (năm 2023 chuyển sang 20; "
            "tiếp nhận mới 1.240, trong đó trực tuyến 530, đạt 42,7%).") in tthc
    assert ("Đã giải quyết 1.198 hồ sơ (trước hạn 900, đúng hạn 290, quá hạn 8), tỷ lệ giải quyết trước và đúng hạn "
            "đạt 99,3%; đang giải quyết 62 hồ sơ (trong hạn 60, quá hạn 2).") in tthc
    assert "Trong quý, Ủy ban nhân dân xã ban hành 1 văn bản quy phạm pháp luật." in text(d.find("area:2"))
    codes = {f.code: f for f in d.figures}
    assert codes["dossiers.on_time_rate"].text == "99,3%" and codes["dossiers.received"].text == "1.240"
    assert {"dossiers.resolved_early", "dossiers.resolved_on_time", "dossiers.resolved_late"} <= set(codes)
    assert "procedures.total" not in codes  # missing: neither stated nor invented


def test_missing_figures_are_not_mentioned():
    d = draft_for(figures=stored_figures(**{"dossiers.received": 500}))
    said = [p for p in d.find("area:3").paragraphs if not p.startswith("- ")]  # the figures, not the tasks
    assert said == ["Trong quý, Trung tâm Phục vụ hành chính công xã tiếp nhận mới 500 hồ sơ."]
    nothing = draft_for(figures=stored_figures())
    assert nothing.figures == []
    assert any("Chưa có số liệu" in g.message for g in nothing.gaps)


@pytest.mark.parametrize("kind, words, nxt", [
    ("q1", "Trong quý", "quý II năm 2024"),
    ("h1", "Trong 6 tháng đầu năm", "6 tháng cuối năm 2024"),
    ("q3", "Trong quý", "quý IV năm 2024"),
    ("9m", "Trong 9 tháng", "quý IV năm 2024"),
    ("year", "Trong năm", "năm 2025"),
])
def test_each_periods_words(kind, words, nxt):
    period = PERIODS[kind]
    d = draft_for(period, figures=stored_figures(kind, **FIGS), today=period.deadline)
    body = everything(d)
    assert words + "," in body
    others = {"Trong quý", "Trong 6 tháng đầu năm", "Trong 9 tháng", "Trong năm"} - {words}
    assert not any(o + "," in body for o in others)
    assert "trong kỳ" not in body.lower() and "kỳ tới" not in d.find("direction").title
    assert d.find("direction").title == f"IV. Phương hướng, nhiệm vụ trọng tâm {nxt}"


def test_next_year_lists_the_tasks_due_in_it():
    d = draft_for(YEAR, tasks=[fact(10, "Tổng kết năm", due=D(2025, 1, 15), status="not_started"),
                               fact(11, "Việc năm sau nữa", due=D(2026, 3, 1), status="not_started")],
                  today=D(2024, 12, 16))
    direction = text(d.find("direction"))
    assert d.find("direction").title == "IV. Phương hướng, nhiệm vụ trọng tâm năm 2025"
    assert "- Tổng kết năm (thời hạn ngày 15/01/2025)." in direction and "Việc năm sau nữa" not in direction


def test_strengths_are_achievements_and_weaknesses_name_late_work():
    d = draft_for()
    good = text(d.find("strengths"))
    # every clause has its verb: "Ủy ban nhân dân xã đã tỷ lệ hồ sơ …" was once printed
    assert "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước và đúng hạn đạt 99,3%" in good
    assert "đã tỷ lệ" not in good
    assert "ban hành 2 văn bản" in good  # a plan issued in the window and one task's output document
    assert "%" not in good.split("hoàn thành")[0] or "nhiệm vụ" not in good  # no completion rate
    assert not re.search(r"\d+/\d+ nhiệm vụ", good)
    bad = text(d.find("weaknesses"))
    # what is late and why, once: the tasks and their leads are named in parts I and II, which it points to
    assert ("Còn 2 nhiệm vụ quá hạn chưa hoàn thành và có 1 nhiệm vụ hoàn thành chậm so với thời hạn (đã nêu tại "
            "mục I và mục II), nguyên nhân chủ yếu (nêu ở 2/3 nhiệm vụ):\n- chờ hướng dẫn của Sở Tư pháp;\n- chờ kinh "
            "phí.") in bad
    assert "Phạm Minh Đức" not in bad
    # one cause is said in the sentence; a list of one would read oddly; part II alone is pointed to
    one = draft_for(tasks=[t for t in TASKS if not t.done_late])
    assert ("Còn 2 nhiệm vụ quá hạn chưa hoàn thành (đã nêu tại mục II), nguyên nhân (nêu ở 1/2 nhiệm vụ): chờ hướng "
            "dẫn của Sở Tư pháp.") in text(one.find("weaknesses"))
    two = draft_for(tasks=TASKS + [fact(30, "Rà soát quy chế làm việc", due=D(2024, 3, 1), status="in_progress",
                                        delay_reason="Chờ kiện toàn nhân sự")])
    assert "- chờ kiện toàn nhân sự;" in text(two.find("weaknesses"))
    # settled late "có", still open and late "còn" (the chairman-reviewer, round 35: "còn … giải quyết quá hạn" read
    # as outstanding)
    assert ("Trong quý, có 8 hồ sơ thủ tục hành chính giải quyết quá hạn và còn 2 hồ sơ đang giải quyết đã "
            "quá hạn.") in bad


def test_a_cause_given_for_some_late_tasks_only_says_how_many():
    """Round 23A: "Còn 5 nhiệm vụ quá hạn …, nguyên nhân: X" read as the cause of all five when one had it."""
    some = draft_for(tasks=[t for t in TASKS if not t.done_late] + [
        fact(31, "Rà soát quy chế làm việc", due=D(2024, 3, 1), status="in_progress")])
    assert ("Còn 3 nhiệm vụ quá hạn chưa hoàn thành (đã nêu tại mục II), nguyên nhân (nêu ở 1/3 nhiệm vụ): chờ hướng "
            "dẫn của Sở Tư pháp.") in text(some.find("weaknesses"))
    every = draft_for(tasks=[t for t in TASKS if t.delay_reason])
    assert "nêu ở" not in text(every.find("weaknesses"))  # a cause for every late task: said as before


def test_proposals_come_from_the_official_and_from_overdue_tasks():
    d = draft_for()
    assert d.find("proposals").paragraphs == [
        "- Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ;",
        "- Đề nghị Sở Nội vụ hướng dẫn quy trình kiểm tra công vụ cấp xã."]
    none = draft_for(proposals=[], tasks=TASKS[:1])
    assert none.find("proposals").paragraphs == ["Không có."]
    assert any(g.section == "proposals" for g in none.gaps)


def test_nothing_internal_is_written_and_holes_become_gaps():
    lazy = [fact(20, "Rà soát quy chế", due=D(2024, 3, 1), status="in_progress", lead_name="", lead_position="",
                 lead_office=""),
            fact(21, "Nhiệm vụ trống", area="9", due=D(2024, 2, 1), status="done", completed_on=D(2024, 2, 1))]
    d = draft_for(tasks=lazy, basis=[], annual_plan=None, proposals=[])
    body = everything(d)
    for internal in ("…", "...", "Chưa báo cáo lý do", "chưa phân công", "chưa có người"):
        assert internal not in body
    messages = " | ".join(g.message for g in d.gaps)
    assert "chưa ghi nguyên nhân" in messages and "chưa có người chủ trì" in messages
    assert "Phần mở đầu chưa nêu căn cứ" in messages
    assert d.opening.paragraphs[0].startswith("Ủy ban nhân dân xã Ba Giang báo cáo")


def test_areas_with_nothing_are_left_out_and_no_filler_is_written():
    d = draft_for(tasks=TASKS[:1], figures=stored_figures())
    assert [a.title for a in d.sections[1].subsections] == ["1. Cải cách thể chế"]
    assert "không có nhiệm vụ nào thuộc lĩnh vực này" not in everything(d).lower()


def test_offices_and_people_are_named_as_the_settings_say():
    always = draft_for(naming="always")
    assert "Ủy ban nhân dân xã đã ban hành Kế hoạch số 12/KH-UBND ngày 20/02/2024 về theo dõi thi hành pháp luật năm " \
           "2024 (Phòng Văn hóa – Xã hội chủ trì)" in text(always.find("area:2"))
    internal = draft_for(naming="always", persons=True)  # an internal report may name the person
    assert "(đồng chí Phạm Minh Đức, công chức Tư pháp – Hộ tịch Phòng Văn hóa – Xã hội chủ trì)" not in \
        everything(internal)
    assert "(đồng chí Phạm Minh Đức, chuyên viên Phòng Văn hóa – Xã hội chủ trì)" in everything(internal)
    assert any(r.lead == "Phòng Văn hóa – Xã hội (Phạm Minh Đức)" for r in internal.appendix)
    never = draft_for(naming="never")
    assert "Phạm Minh Đức" not in everything(never) and "chủ trì)" not in everything(never)


def test_appendix_rows_grouped_by_area():
    rows = draft_for().appendix
    assert [r.stt for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    assert [r.group for r in rows][:1] == ["Công tác chỉ đạo, điều hành CCHC"]
    assert [r.task_id for r in rows] == [4, 1, 2, 3, 7]
    by_id = {r.task_id: r for r in rows}
    assert by_id[1].result == "Kế hoạch số 12/KH-UBND ngày 20/02/2024 về theo dõi thi hành pháp luật năm 2024"
    assert by_id[4].status == "Hoàn thành (trễ hạn)"
    assert by_id[2].status == "Chưa hoàn thành (quá hạn)" and by_id[2].result == "Lý do: chờ hướng dẫn của Sở Tư pháp"
    assert by_id[3].lead == "Trung tâm Phục vụ hành chính công xã"  # with its level, as the text names it
    assert by_id[1].lead == "Phòng Văn hóa – Xã hội"  # the office, not the person
    assert not any("Phạm Minh Đức" in r.lead for r in rows)
    assert by_id[1].deadline == "01/3/2024"                # the same date the body gives


def test_regenerate_keeps_the_officials_edits():
    d = draft_for()
    d.find("area:2").paragraphs = ["Đoạn do công chức tự viết."]
    d.find("area:2").edited = True
    d.opening.paragraphs = ["Mở đầu do công chức viết."]
    d.opening.edited = True
    changed = TASKS[:1] + [fact(2, "Rà soát văn bản QPPL", due=D(2024, 3, 10), status="done",
                                completed_on=D(2024, 3, 12))] + TASKS[2:]
    fresh = draft_for(tasks=changed)
    merged = regenerate(Draft.from_json(d.to_json()), fresh)
    assert merged.find("area:2").paragraphs == ["Đoạn do công chức tự viết."]
    assert merged.opening.paragraphs == ["Mở đầu do công chức viết."]
    assert "Rà soát văn bản QPPL" not in text(merged.find("weaknesses"))  # unedited: refreshed
    again = regenerate(merged, fresh, keys={"area:2"})
    assert "Đoạn do công chức tự viết." not in again.find("area:2").paragraphs


def test_json_round_trip_and_hash_is_stable():
    d = draft_for()
    again = Draft.from_json(d.to_json())
    assert again == d
    assert content_hash(again.to_json()) == content_hash(d.to_json())
    again.sections[4].paragraphs.append("x")
    assert content_hash(again.to_json()) != content_hash(d.to_json())


def test_a_draft_stored_before_figures_existed_serialises_as_it_was():
    old = {"period": Q1.as_json(), "title": "T", "sections": [{"key": "proposals", "title": "V.", "paragraphs": [],
                                                             "subsections": [], "facts": [], "edited": False}],
           "appendix": [], "generated_on": "2024-03-16"}
    assert Draft.from_json(old).to_json() == old

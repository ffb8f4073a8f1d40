import datetime as dt

from parapp.core.periods import PRESETS, periods_for_year
from parapp.core.report_builder import AreaFact, PlanFact, ReportInput, TaskFact, assemble, classify
from parapp.core.report_model import Draft, content_hash, regenerate

D = dt.date
PERIODS = {p.kind.value: p for p in periods_for_year(PRESETS["15-14"], 2024)}
Q1, H1 = PERIODS["q1"], PERIODS["h1"]
AREAS = [AreaFact("1", "Công tác chỉ đạo, điều hành CCHC", True), AreaFact("2", "Cải cách thể chế"),
         AreaFact("3", "Cải cách thủ tục hành chính (TTHC)")]
TODAY = D(2024, 3, 16)  # drafting the Q1 report, before its deadline (20/3)


def fact(i, content, area="2", **kw):
    base = dict(lead_name="Phạm Minh Đức", lead_position="Công chức Tư pháp – Hộ tịch")
    base.update(kw)
    return TaskFact(id=i, content=content, area_code=area, **base)


TASKS = [
    fact(1, "ban hành kế hoạch theo dõi thi hành pháp luật", due=D(2024, 3, 1), status="done",
         completed_on=D(2024, 2, 20), notes=[(D(2024, 2, 20), "Đã ban hành Kế hoạch số 12/KH-UBND")]),
    fact(2, "Rà soát văn bản QPPL", due=D(2024, 3, 10), status="in_progress",
         delay_reason="Chờ hướng dẫn của Phòng Tư pháp"),
    fact(3, "Số hóa kết quả giải quyết TTHC", area="3", due=D(2024, 6, 30), status="in_progress",
         notes=[(D(2024, 3, 1), "Đã số hóa 40% hồ sơ")], lead_name="", lead_position="",
         lead_text="Bộ phận Một cửa"),
    fact(4, "Kế hoạch tuyên truyền CCHC", area="1", due=D(2024, 2, 15), status="done", completed_on=D(2024, 2, 25)),
    fact(5, "Việc của năm trước", due=D(2023, 11, 30), status="done", completed_on=D(2023, 11, 20)),
    fact(6, "Đối thoại với Nhân dân về TTHC", area="3", due=D(2024, 5, 15), status="not_started"),
]
PLANS = [PlanFact("05/KH-UBND", "Kế hoạch cải cách hành chính năm 2024", D(2024, 1, 8)),
         PlanFact("99/KH-UBND", "Kế hoạch cũ", D(2023, 6, 1))]


def q1_draft(tasks=TASKS, today=TODAY):
    return assemble(ReportInput(Q1, H1, AREAS, tasks, PLANS, today))


def text(section):
    return "\n".join(p for s in section.walk() for p in s.paragraphs)


def test_classification_at_the_window_end():
    kinds = {t.id: classify(t, Q1, TODAY) for t in TASKS}
    assert kinds == {1: "done", 2: "overdue", 3: "progress", 4: "done", 5: None, 6: None}


def test_status_today_is_not_read_back_into_an_old_period():
    # Drafted in November: the task is "in progress" now, but nothing dated
    # shows it was under way by 14/3, so Q1 does not claim it.
    late = fact(7, "Rà soát TTHC nội bộ", area="3", due=D(2024, 12, 31), status="in_progress")
    assert classify(late, Q1, D(2024, 11, 20)) is None
    assert classify(late, Q1, TODAY) == "progress"


def test_outline_and_sentences():
    d = q1_draft()
    assert d.title == "Báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2024"
    assert [s.title for s in d.sections] == [
        "I. Công tác chỉ đạo, điều hành", "II. Kết quả thực hiện các nhiệm vụ cải cách hành chính",
        "III. Đánh giá chung", "IV. Phương hướng, nhiệm vụ trọng tâm kỳ tới", "V. Đề xuất, kiến nghị"]
    lead = text(d.sections[0])
    assert "Kế hoạch số 05/KH-UBND ngày 08/01/2024 về cải cách hành chính năm 2024." in lead
    assert "99/KH-UBND" not in lead  # issued outside the window
    assert "Kế hoạch tuyên truyền CCHC (đồng chí Phạm Minh Đức" in lead
    assert "(chậm so với thời hạn)" in lead  # done 25/2, due 15/2
    areas = d.sections[1].subsections
    assert [a.title for a in areas] == ["1. Cải cách thể chế", "2. Cải cách thủ tục hành chính (TTHC)"]
    assert "Kế hoạch tuyên truyền" not in text(d.sections[1])  # leadership tasks are not repeated in II
    body = text(areas[0])
    assert ("- Ban hành kế hoạch theo dõi thi hành pháp luật (đồng chí Phạm Minh Đức, Công chức Tư pháp – Hộ tịch "
            "chủ trì): đã hoàn thành ngày 20/02/2024. Đã ban hành Kế hoạch số 12/KH-UBND.") in body
    assert "Rà soát văn bản QPPL" in body and "quá thời hạn ngày 10/03/2024" in body
    assert "Lý do: chờ hướng dẫn của Phòng Tư pháp." in body
    tthc = text(areas[1])
    assert "(Bộ phận Một cửa chủ trì): đang triển khai thực hiện, thời hạn 30/06/2024" in tthc
    assert "đã số hóa 40% hồ sơ" in tthc
    assert "Việc của năm trước" not in text(d.sections[1])


def test_assessment_and_direction_prefilled():
    d = q1_draft()
    good, bad = d.sections[2].subsections
    assert "đã hoàn thành 2/4 nhiệm vụ" in good.paragraphs[0] and "1 nhiệm vụ hoàn thành đúng thời hạn" in good.paragraphs[0]
    assert "Còn 1 nhiệm vụ chưa hoàn thành đúng thời hạn:" in bad.paragraphs
    assert any("Rà soát văn bản QPPL" in p for p in bad.paragraphs)
    direction = text(d.sections[3])
    assert "từ ngày 15/03/2024 đến ngày 14/06/2024" in direction
    assert "Đối thoại với Nhân dân về TTHC" in direction and "thời hạn 15/05/2024" in direction
    assert d.sections[4].paragraphs == []  # kiến nghị: left to the official


def test_appendix_rows():
    rows = q1_draft().appendix
    assert [r.stt for r in rows] == ["1", "2", "3", "4"]
    by_id = {r.task_id: r for r in rows}
    assert by_id[1].status == "Hoàn thành" and by_id[1].result == "Hoàn thành ngày 20/02/2024"
    assert by_id[4].status == "Hoàn thành (trễ hạn)"
    assert by_id[2].status == "Chưa hoàn thành (quá hạn)" and by_id[2].result == "Chờ hướng dẫn của Phòng Tư pháp"
    assert by_id[3].lead == "Bộ phận Một cửa"
    assert by_id[1].lead == "Phạm Minh Đức, Công chức Tư pháp – Hộ tịch"


def test_empty_period_says_so():
    d = q1_draft(tasks=[])
    assert "không có nhiệm vụ nào thuộc lĩnh vực này" in text(d.sections[1])
    assert "Trong kỳ không có nhiệm vụ cải cách hành chính nào" in text(d.sections[2])
    assert d.appendix == []


def test_regenerate_keeps_the_officials_edits():
    d = q1_draft()
    d.find("area:2").paragraphs = ["Đoạn do công chức tự viết."]
    d.find("area:2").edited = True
    d.find("proposals").paragraphs = ["Đề nghị UBND huyện hỗ trợ kinh phí số hóa."]
    d.find("proposals").edited = True
    changed = TASKS[:1] + [fact(2, "Rà soát văn bản QPPL", due=D(2024, 3, 10), status="done",
                                completed_on=D(2024, 3, 12))] + TASKS[2:]
    fresh = q1_draft(changed)
    merged = regenerate(Draft.from_json(d.to_json()), fresh)
    assert merged.find("area:2").paragraphs == ["Đoạn do công chức tự viết."]
    assert merged.find("proposals").paragraphs == ["Đề nghị UBND huyện hỗ trợ kinh phí số hóa."]
    assert "Còn 1 nhiệm vụ" not in text(merged.find("weaknesses"))  # unedited: refreshed
    # asking for one section explicitly replaces it, edits and all
    again = regenerate(merged, fresh, keys={"area:2"})
    assert "Đoạn do công chức tự viết." not in again.find("area:2").paragraphs
    assert again.find("proposals").paragraphs == ["Đề nghị UBND huyện hỗ trợ kinh phí số hóa."]


def test_json_round_trip_and_hash_is_stable():
    d = q1_draft()
    again = Draft.from_json(d.to_json())
    assert again == d
    assert content_hash(again.to_json()) == content_hash(d.to_json())
    again.sections[4].paragraphs.append("x")
    assert content_hash(again.to_json()) != content_hash(d.to_json())

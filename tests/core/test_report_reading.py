"""What a reader of a commune's report notices, on drafts made from hand-built facts: the next
period named and listed by the calendar, the work left of the period, late work called late, the
year looking forward, the standing of the plan and of the PAR INDEX, the service index's rates,
last year, and the words (rates, counts, verbs, documents, repetitions)."""

import datetime as dt
import re

import pytest

from parapp.core.citations import DocRef
from parapp.core.commune_structure import level_of, one_stop_subject
from parapp.core.figures import figure_windows, resolve_figures, shipped_indicators
from parapp.core.periods import PRESETS, PeriodKind, periods_for_year
from parapp.core.report_builder import (
    AreaFact, ParResult, PlanCompletion, PlanFact, ReportInput, TaskFact, assemble,
)
from parapp.core.report_words import count, next_span, pct, rate_text

D = dt.date
RULES = PRESETS["15-14"]
P = {p.kind.value: p for p in periods_for_year(RULES, 2026)}
AREAS = [AreaFact("1", "Công tác chỉ đạo, điều hành CCHC", True), AreaFact("2", "Cải cách thể chế"),
         AreaFact("3", "Cải cách thủ tục hành chính (TTHC)"), AreaFact("7", "Xây dựng chính quyền số")]
WINDOWS = {2025: figure_windows(RULES, 2025), 2026: figure_windows(RULES, 2026)}


def task(i, content, due=None, area="2", **kw):
    base = dict(lead_name="Đinh Thị Thu Hương", lead_position="Chuyên viên", lead_office="Phòng Văn hóa – Xã hội",
                delay_reason="Chờ hướng dẫn của tỉnh")
    base.update(kw)
    return TaskFact(id=i, content=content, area_code=area, due=due, **base)


def figures(kind="q1", year=2026, **values):
    stored = {(PeriodKind(kind), code): (float(v), "entered") for code, v in values.items()}
    return resolve_figures(shipped_indicators(), stored, PeriodKind(kind), WINDOWS[year])


def draft(kind, tasks, today, **kw):
    period = P[kind]
    base = dict(commune="Ủy ban nhân dân xã Ba Giang", proposals=["Đề nghị tập huấn"],
                indicators=shipped_indicators(), catalogue_code="2021-2030",
                basis=[DocRef("Công văn", "412/SNV-CCHC", D(2026, 3, 2), "Sở Nội vụ", "báo cáo CCHC")])
    base.update(kw)
    return assemble(ReportInput(period, next_span(period.kind, period.year), AREAS, tasks, [], today, **base))


def body(d) -> str:
    return "\n".join(p for s in d.walk() for p in s.paragraphs)


def direction(d) -> str:
    return "\n".join(p for s in d.find("direction").walk() for p in s.paragraphs)


# -- the next period is the next calendar period ---------------------------------------------------

@pytest.mark.parametrize("kind, phrase, first, last", [
    ("q1", "quý II năm 2026", D(2026, 4, 1), D(2026, 6, 30)),
    ("h1", "6 tháng cuối năm 2026", D(2026, 7, 1), D(2026, 12, 31)),
    ("q3", "quý IV năm 2026", D(2026, 10, 1), D(2026, 12, 31)),
    ("9m", "quý IV năm 2026", D(2026, 10, 1), D(2026, 12, 31)),
    ("year", "năm 2027", D(2027, 1, 1), D(2027, 12, 31)),
])
def test_next_span_is_the_calendar_period(kind, phrase, first, last):
    span = next_span(PeriodKind(kind), 2026)
    assert (span.phrase, span.start, span.end) == (phrase, first, last)


def test_quarter_one_lists_april_to_june_and_the_rest_of_march_as_its_own():
    today = D(2026, 3, 17)  # after the window (to 14/3), before the deadline (20/3)
    tasks = [task(1, "Ban hành kế hoạch kiểm tra", D(2026, 3, 20), status="in_progress",
                  notes=[(D(2026, 3, 1), "Đã có dự thảo")]),
             task(2, "Rà soát thủ tục hành chính", D(2026, 3, 16), status="in_progress", delay_reason=""),
             task(3, "Tổ chức đối thoại", D(2026, 4, 15)),
             task(4, "Kiểm tra công vụ", D(2026, 6, 30)),
             task(5, "Tổng kết 6 tháng cuối năm", D(2026, 7, 10)),
             task(6, "Việc đã xong", D(2026, 3, 25), status="done", completed_on=D(2026, 3, 10))]
    d = draft("q1", tasks, today)
    iv = direction(d)
    assert d.find("direction").title == "IV. Phương hướng, nhiệm vụ trọng tâm quý II năm 2026"
    rest, coming = iv.split("Triển khai thực hiện các nhiệm vụ đến hạn trong quý II năm 2026:")
    assert "Khẩn trương hoàn thành các nhiệm vụ còn lại của quý I năm 2026:" in rest
    assert "Ban hành kế hoạch kiểm tra (thời hạn ngày 20/3/2026)" in rest
    assert "Tổ chức đối thoại" in coming and "Kiểm tra công vụ" in coming
    assert "Tổng kết 6 tháng cuối năm" not in iv  # July is not quý II
    assert "Việc đã xong" not in iv
    # due on 16/3, after the window (to 14/3): the quarter's remaining work, not late work; the report
    # speaks as of its window's end, whatever day it is drafted or reprinted
    assert "Rà soát thủ tục hành chính (thời hạn ngày 16/3/2026, đã đến hạn)" in rest
    assert "quá thời hạn" not in body(d)
    dates = [dt.datetime.strptime(m, "%d/%m/%Y").date()
             for m in re.findall(r"thời hạn ngày (\d+/\d+/\d{4})", coming)]
    assert dates and all(D(2026, 4, 1) <= x <= D(2026, 6, 30) for x in dates)


def test_six_months_lists_july_to_december_and_nine_months_october_to_december():
    tasks = [task(1, "Việc tháng 6", D(2026, 6, 28)), task(2, "Việc tháng 8", D(2026, 8, 5)),
             task(3, "Việc tháng 9", D(2026, 9, 25)), task(4, "Việc tháng 11", D(2026, 11, 5)),
             task(5, "Việc năm sau", D(2027, 2, 1))]
    h1 = direction(draft("h1", tasks, D(2026, 6, 17)))
    assert "Khẩn trương hoàn thành các nhiệm vụ còn lại của 6 tháng đầu năm 2026:\n- Việc tháng 6" in h1
    assert "đến hạn trong 6 tháng cuối năm 2026:" in h1
    assert all(x in h1 for x in ("Việc tháng 8", "Việc tháng 9", "Việc tháng 11")) and "Việc năm sau" not in h1
    nine = direction(draft("9m", tasks, D(2026, 9, 17)))
    assert "Khẩn trương hoàn thành các nhiệm vụ còn lại của quý III năm 2026:\n- Việc tháng 9" in nine
    assert "đến hạn trong quý IV năm 2026:\n- Việc tháng 11" in nine
    assert "Việc tháng 8" not in nine.split("quý IV")[1] and "Việc năm sau" not in nine


# -- the year report looks forward ---------------------------------------------------------------------

def test_year_report_names_next_years_work_by_area_and_the_leftovers_apart():
    today = D(2026, 12, 2)
    tasks = [
        task(1, "Báo cáo kết quả CCHC quý, 6 tháng, năm", D(2026, 12, 31), area="1", recurrence="yearly",
             status="in_progress", plan_year=2026),
        task(2, "Công khai kết quả giải quyết hồ sơ", D(2026, 12, 31), area="3", recurrence="quarterly",
             status="done", completed_on=D(2026, 11, 1), plan_year=2026),
        task(3, "Tham mưu UBND xã ban hành kế hoạch CCHC năm 2027", D(2027, 1, 14), area="1", plan_year=2027),
        task(4, "Báo cáo kết quả CCHC quý, 6 tháng, năm", D(2027, 12, 31), area="1", recurrence="yearly",
             plan_year=2027),
        task(5, "Rà soát văn bản của các xã cũ", D(2026, 5, 31), status="in_progress", plan_year=2026),
        task(6, "Số hóa kết quả giải quyết TTHC", D(2026, 12, 20), area="7", status="in_progress", plan_year=2026),
        task(7, "Đánh giá phân cấp, ủy quyền", None, area="2", status="in_progress", plan_year=2026,
             deadline_text="Theo hướng dẫn của UBND tỉnh"),
    ]
    d = draft("year", tasks, today, next_plans=[PlanFact("", "Kế hoạch cải cách hành chính năm 2027", None)])
    iv = d.find("direction")
    assert iv.title == "IV. Phương hướng, nhiệm vụ trọng tâm năm 2027"
    assert iv.paragraphs == ["Năm 2027, Ủy ban nhân dân xã tập trung triển khai Kế hoạch cải cách hành chính năm 2027 "
                             "(đang hoàn thiện dự thảo để ban hành), trọng tâm là các nhiệm vụ sau:"]
    titles = [s.title for s in iv.subsections]
    # the year's leftovers open part IV: numbered after the areas, they read as an eighth area (round 35)
    assert titles == ["1. Hoàn thành các nhiệm vụ năm 2026 còn dở dang", "2. Công tác chỉ đạo, điều hành CCHC",
                      "3. Cải cách thể chế", "4. Cải cách thủ tục hành chính (TTHC)"]
    lead = iv.subsections[1].paragraphs
    # next year's plan first (the committee does not "tham mưu" itself), the recurring task once
    assert lead == ["- Ban hành kế hoạch CCHC năm 2027 (thời hạn ngày 14/01/2027);",
                    "- Báo cáo kết quả CCHC quý, 6 tháng, năm (thực hiện hằng năm)."]
    assert iv.subsections[2].paragraphs == ["- Đánh giá phân cấp, ủy quyền (thời hạn: theo hướng dẫn của UBND tỉnh)."]
    assert iv.subsections[3].paragraphs == ["- Công khai kết quả giải quyết hồ sơ (thực hiện hằng quý)."]
    left = iv.subsections[0].paragraphs
    assert left[0] == "Tập trung hoàn thành dứt điểm các nhiệm vụ đã quá hạn:"
    # its deadline as part II says it ("quá thời hạn (ngày 31/5/2026)"), not "quá hạn từ ngày 01/6": a second date
    assert left[1] == ("- Rà soát văn bản của các xã cũ (Phòng Văn hóa – Xã hội chủ trì; thời hạn ngày 31/5/2026, "
                       "đã quá hạn).")
    assert left[2:] == ["Khẩn trương hoàn thành các nhiệm vụ còn lại của năm 2026:",
                        "- Số hóa kết quả giải quyết TTHC (thời hạn ngày 20/12/2026)."]
    for s in iv.subsections[1:]:
        assert all(p.startswith("- ") for p in s.paragraphs)


def test_year_report_without_a_plan_for_next_year_still_looks_forward():
    d = draft("year", [task(1, "Báo cáo định kỳ", D(2026, 12, 31), area="1", recurrence="yearly",
                            status="in_progress", plan_year=2026)], D(2026, 12, 2))
    iv = d.find("direction")
    assert iv.paragraphs[0].startswith("Năm 2027, Ủy ban nhân dân xã tiếp tục triển khai")
    assert iv.subsections[0].paragraphs == ["- Báo cáo định kỳ (thực hiện hằng năm)."]


# -- what real reports state -----------------------------------------------------------------------------

def test_plan_completion_and_par_index_result_in_part_one():
    d = draft("q1", [], D(2026, 3, 17), completion=PlanCompletion(2026, D(2026, 3, 14), 7, 43),
              par_result=ParResult(2025, "100", "91,5", "87,25", "6/19"))
    lead = d.find("leadership").paragraphs
    assert ("Tính đến ngày 14/3/2026, Ủy ban nhân dân xã đã hoàn thành 7/43 nhiệm vụ theo các kế hoạch cải cách hành "
            "chính năm 2026 của xã, đạt 16,3%.") in lead
    assert ("Kết quả Chỉ số cải cách hành chính năm 2025 của xã: tự đánh giá đạt 91,5/100 điểm; kết quả thẩm định đạt "
            "87,25/100 điểm, xếp thứ 6/19.") in lead
    self_only = draft("q1", [], D(2026, 3, 17), par_result=ParResult(2025, "100", "91,5"))
    assert "Kết quả Chỉ số cải cách hành chính năm 2025 của xã: tự đánh giá đạt 91,5/100 điểm." in \
        self_only.find("leadership").paragraphs
    half = draft("q1", [], D(2026, 3, 17), completion=PlanCompletion(2026, D(2026, 3, 14), 20, 40))
    assert any(p.endswith("hoàn thành 20/40 nhiệm vụ theo các kế hoạch cải cách hành chính năm 2026 của xã, đạt 50%.")
               for p in half.find("leadership").paragraphs)


FIGS = {"dossiers.received": 1222, "dossiers.received_online": 559, "dossiers.received_full_online": 367,
        "dossiers.fee_required": 135, "dossiers.paid_online": 88, "dossiers.digitised": 1036,
        "dossiers.resolved_early": 899, "dossiers.resolved_on_time": 322, "dossiers.resolved_late": 1}


def test_service_index_rates_each_with_its_count_and_last_year_beside():
    last = figures(year=2025, **{"dossiers.received": 1348, "dossiers.received_online": 485,
                                 "dossiers.resolved_early": 1000, "dossiers.resolved_on_time": 338,
                                 "dossiers.resolved_late": 2})
    d = draft("q1", [], D(2026, 3, 17), figures=figures(**FIGS), last_year=last)
    digital = "\n".join(d.find("area:7").paragraphs)
    assert ("Kết quả các chỉ tiêu của Bộ chỉ số phục vụ người dân, doanh nghiệp: tiếp nhận trực tuyến toàn trình "
            "367/1.222 hồ sơ, đạt 30%; thanh toán trực tuyến phí, lệ phí 88/135 hồ sơ có thu phí, lệ phí, đạt 65,2%; "
            "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính 1.036/1.222 hồ sơ, đạt 84,8%.") in digital
    tthc = "\n".join(d.find("area:3").paragraphs)
    assert ("So với cùng kỳ năm 2025, số hồ sơ tiếp nhận mới giảm 9,3% (cùng kỳ: 1.348 hồ sơ); tỷ lệ hồ sơ giải quyết "
            "trước và đúng hạn không thay đổi (cùng kỳ: 99,9%); tỷ lệ hồ sơ tiếp nhận trực tuyến tăng 9,7 "
            "điểm phần trăm (cùng kỳ: 36%).") in tthc
    # the points are the difference of the rates as printed: 45,7% against 36% is 9,7 points on the page
    assert "trực tuyến 559, đạt 45,7%" in tthc
    rows = {f.code: f.text for f in d.figures}
    assert rows["dossiers.full_online_rate"] == "30%" and rows["dossiers.paid_online_rate"] == "65,2%"
    without = draft("q1", [], D(2026, 3, 17), figures=figures(**FIGS))
    assert "cùng kỳ" not in body(without)  # last year's figures do not exist: nothing is compared


# -- the words -------------------------------------------------------------------------------------------

def test_rates_and_counts_are_written_as_a_person_writes_them():
    assert rate_text(90.0) == "90%" and pct(9, 10) == "90%" and pct(1, 1) == "100%"
    assert rate_text(99.85) == "99,9%" and rate_text(45.04) == "45%" and rate_text(45.05) == "45,1%"
    assert [count(n) for n in (1, 3, 9, 10, 1240)] == ["1", "3", "9", "10", "1.240"]
    d = draft("q1", [], D(2026, 3, 17), figures=figures(**{"feedback.received": 10, "feedback.resolved": 9,
                                                               "inspections.held": 1}))
    text = body(d)
    assert "đã xử lý 9, đạt 90%" in text and "90,0%" not in text
    # every rate the report states is written one way: "đạt …%", never "chiếm …%" or "(đạt …%)"
    rich = body(draft("q1", [], D(2026, 3, 17), figures=figures(**FIGS, **{"edocs.sent": 2001, "edocs.signed": 2000,
                                                                          "feedback.received": 2,
                                                                          "feedback.resolved": 2})))
    assert "chiếm" not in rich and "(đạt" not in rich
    assert re.findall(r"\d%", rich) and all(m.group(1) == "đạt" for m in re.finditer(r"(\S+) [\d.,]+%", rich)
                                           if not m.group(0).startswith(("kỳ:", "2025:")))
    # a share is 100% only when all of it is there: 2.000 of 2.001 documents signed is 99,9%
    assert "trong đó 2.000 văn bản có ký số, đạt 99,9%" in rich
    assert not re.search(r"\b0\d (?:hồ sơ|văn bản|cuộc|nhiệm vụ|phản ánh)", text)


def test_every_sentence_of_the_strengths_has_its_verb():
    d = draft("q1", [task(1, "Ban hành kế hoạch", D(2026, 3, 1), status="done", completed_on=D(2026, 2, 20))],
              D(2026, 3, 17), figures=figures(**FIGS))
    good = d.find("strengths").paragraphs
    assert not any("đã tỷ lệ" in p or "đã 100%" in p for p in good)
    assert "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước và đúng hạn đạt 99,9%; tỷ lệ hồ sơ tiếp nhận trực tuyến " \
           "đạt 45,7%." in good


def test_the_directive_count_holds_only_directive_documents():
    docs = [DocRef("Kế hoạch", "10/KH-UBND", D(2026, 2, 1)), DocRef("Báo cáo", "20/BC-UBND", D(2026, 2, 5)),
            DocRef("Tờ trình", "03/TTr-UBND", D(2026, 2, 6)), DocRef("Quyết định", "05/QĐ-UBND", D(2026, 2, 7))]
    tasks = [task(i, f"Việc {i}", D(2026, 3, 1), status="done", completed_on=doc.issued_on, outputs=[doc])
             for i, doc in enumerate(docs, 1)]
    d = draft("q1", tasks, D(2026, 3, 17))
    lead = d.find("leadership").paragraphs[0]
    assert lead == ("Trong quý, Ủy ban nhân dân xã đã ban hành 2 văn bản chỉ đạo, triển khai công tác cải cách hành "
                    "chính (1 kế hoạch và 1 quyết định).")
    assert "Báo cáo số 20/BC-UBND" in body(d) and "Tờ trình số 03/TTr-UBND" in body(d)  # still reported as work


def test_the_same_remediation_sentence_is_not_printed_three_times():
    note = [(D(2026, 3, 10), "Đã giao các cơ quan chuyên môn xây dựng giải pháp khắc phục, đang triển khai")]
    tasks = [task(i, f"Khắc phục hạn chế, nâng cao kết quả tiêu chí {code} “{name}”", D(2026, 12, 31), area="1",
                  status="in_progress", notes=note)
             for i, (code, name) in enumerate([("1.1.2", "Mức độ hoàn thành kế hoạch"), ("1.2", "Báo cáo CCHC"),
                                                ("1.5", "Sáng kiến")], 1)]
    d = draft("q1", tasks, D(2026, 3, 17))
    text = body(d)
    assert text.count("Đã giao các cơ quan chuyên môn xây dựng giải pháp khắc phục".lower()) == 1
    assert ("- Khắc phục hạn chế, nâng cao kết quả các tiêu chí 1.1.2 “Mức độ hoàn thành kế hoạch”, 1.2 “Báo cáo "
            "CCHC” và 1.5 “Sáng kiến” (thời hạn ngày 31/12/2026): đã giao các cơ quan chuyên môn xây dựng giải pháp "
            "khắc phục, đang triển khai.") in text


# -- a ward, and a commune still using the old names ---------------------------------------------------------

def test_a_ward_speaks_as_the_ward_and_names_its_centre():
    assert level_of("Ủy ban nhân dân phường Phù Liễn") == "phường" and level_of("UBND xã Ba Giang") == "xã"
    assert one_stop_subject("Trung tâm Phục vụ hành chính công", "phường") == "Trung tâm Phục vụ hành chính công phường"
    d = draft("q1", [], D(2026, 3, 17), commune="Ủy ban nhân dân phường Phù Liễn", figures=figures(**FIGS))
    text = body(d)
    assert "Trung tâm Phục vụ hành chính công phường tiếp nhận mới 1.222 hồ sơ" in text
    assert "Ủy ban nhân dân xã" not in text
    old = draft("q1", [], D(2026, 3, 17), one_stop="Bộ phận Một cửa", figures=figures(**FIGS))
    assert "Bộ phận Một cửa xã tiếp nhận mới 1.222 hồ sơ" in body(old)


def test_a_register_far_behind_counts_its_late_work_in_part_four_instead_of_listing_it_again():
    late = [task(i, f"Nhiệm vụ quá hạn số {i}", D(2026, 5, 1), status="in_progress", plan_year=2026)
            for i in range(1, 21)]
    left = draft("year", late, D(2026, 12, 2)).find("direction").subsections[0].paragraphs
    assert left == ["Tập trung hoàn thành dứt điểm 20 nhiệm vụ đã quá hạn nêu tại mục II; không để phát sinh thêm "
                    "nhiệm vụ quá hạn."]


def test_recurring_work_is_said_as_recurring_not_as_due_on_the_last_day_of_the_year():
    every = [task(1, "Báo cáo định kỳ công tác CCHC", D(2026, 12, 31), area="1", recurrence="yearly",
                  deadline_text="Hàng năm", status="in_progress", notes=[(D(2026, 3, 1), "Đã gửi báo cáo quý I")]),
             task(2, "Theo dõi việc trả kết quả đúng hẹn", D(2026, 12, 31), area="3", recurrence="yearly",
                  deadline_text="Thường xuyên", status="in_progress")]
    d = draft("q1", every, D(2026, 3, 17))
    text = body(d)
    assert "- Báo cáo định kỳ công tác CCHC (thực hiện hằng năm): đã gửi báo cáo quý I." in text
    assert "Theo dõi việc trả kết quả đúng hẹn (thực hiện thường xuyên): đang triển khai thực hiện." in text
    assert "31/12/2026" not in text
    assert {r.deadline for r in d.appendix} == {"Hàng năm", "Thường xuyên"}


def test_a_par_index_rank_larger_than_the_count_it_is_among_is_never_printed():
    from parapp.core.report_standing import plausible_rank

    assert plausible_rank("12/96") and plausible_rank("1/1") and plausible_rank(" 05 / 96 ")
    assert not plausible_rank("45/19") and not plausible_rank("0/96") and not plausible_rank("thứ 6")
    d = draft("q1", [], D(2026, 3, 17), par_result=ParResult(2025, "100", "91,5", "87,25", "45/19"))
    lead = " ".join(d.find("leadership").paragraphs)
    assert "kết quả thẩm định đạt 87,25/100 điểm." in lead and "45/19" not in lead


def test_apology_letters_are_tied_to_the_late_dossiers_and_never_outnumber_them():
    late = {"dossiers.received": 100, "dossiers.resolved_early": 50, "dossiers.resolved_on_time": 40,
            "dossiers.resolved_late": 2, "dossiers.pending_in_time": 5, "dossiers.pending_late": 1}
    d = draft("q1", [], D(2026, 3, 17), figures=figures(**late, **{"dossiers.apologies": 3}))
    assert "Đối với 3 hồ sơ trễ hẹn, Ủy ban nhân dân xã đã gửi 3 văn bản xin lỗi tổ chức, cá nhân." in body(d)
    fewer = draft("q1", [], D(2026, 3, 17), figures=figures(**late, **{"dossiers.apologies": 2}))
    assert "Đối với 3 hồ sơ trễ hẹn, Ủy ban nhân dân xã đã gửi 2 văn bản xin lỗi tổ chức, cá nhân." in body(fewer)
    more = draft("q1", [], D(2026, 3, 17), figures=figures(**late, **{"dossiers.apologies": 10}))
    assert "xin lỗi" not in body(more)  # more letters than late dossiers: not printed, and the editor says why
    assert any("văn bản xin lỗi" in g.template for g in more.gaps)


def test_results_are_said_as_done_and_late_work_opens_as_the_commune_speaks():
    done = [task(1, "Tham mưu UBND xã bố trí khu vực chờ", D(2026, 3, 1), status="done",
                 completed_on=D(2026, 2, 20), result="Bố trí lại khu vực chờ, lắp máy lấy số thứ tự"),
            task(2, "Tham mưu ban hành kế hoạch rà soát văn bản", D(2026, 3, 1), status="in_progress",
                 delay_reason="Chờ hướng dẫn của tỉnh")]
    text = body(draft("q1", done, D(2026, 3, 17)))
    assert "- Đã bố trí lại khu vực chờ, lắp máy lấy số thứ tự." in text
    assert ("- Ban hành kế hoạch rà soát văn bản (Phòng Văn hóa – Xã hội chủ trì): chưa hoàn thành, quá thời hạn "
            "(ngày 01/3/2026).") in text
    assert "Tham mưu" not in text and text.count("chờ hướng dẫn của tỉnh") == 1  # the reason once, in part III


def test_no_two_brackets_in_a_row_and_work_whose_day_has_come_says_so():
    tasks = [task(1, "Ban hành kế hoạch rà soát văn bản quy phạm pháp luật (QPPL)", D(2026, 3, 1),
                  status="in_progress"),
             task(2, "Tổng hợp báo cáo quý", D(2026, 3, 16), status="in_progress")]
    d = draft("q1", tasks, D(2026, 3, 17))
    text = body(d)
    assert ("- Ban hành kế hoạch rà soát văn bản quy phạm pháp luật (QPPL) do Phòng Văn hóa – Xã hội chủ trì: chưa "
            "hoàn thành, quá thời hạn (ngày 01/3/2026).") in text and ") (" not in text
    # due on 16/3, after the window (to 14/3), signed on 17/3: the quarter's remaining work, its day come
    assert "- Tổng hợp báo cáo quý (thời hạn ngày 16/3/2026, đã đến hạn)" in direction(d)


def test_a_period_report_names_its_few_late_tasks_in_part_four_as_the_year_report_does():
    # The h1 report said "Tập trung hoàn thành dứt điểm 2 nhiệm vụ quá hạn nêu tại mục II": the chairman had to turn
    # back to part II to learn which; the year report names them. A few are named here too, with who leads them and
    # since when they are late; a register far behind is still counted, not listed a second time.
    late = [task(1, "Rà soát văn bản của các xã cũ", D(2026, 5, 31), status="in_progress"),
            task(2, "Lắp đặt hòm thư góp ý", D(2026, 4, 30), status="not_started",
                 lead_office="Văn phòng HĐND và UBND")]
    iv = direction(draft("h1", late, D(2026, 6, 17))).splitlines()
    assert iv[:3] == ["Tập trung hoàn thành dứt điểm các nhiệm vụ đã quá hạn:",
                      "- Lắp đặt hòm thư góp ý (Văn phòng HĐND và UBND chủ trì; thời hạn ngày 30/4/2026, đã quá hạn);",
                      "- Rà soát văn bản của các xã cũ (Phòng Văn hóa – Xã hội chủ trì; thời hạn ngày 31/5/2026, "
                      "đã quá hạn)."]
    many = [task(i, f"Nhiệm vụ quá hạn số {i}", D(2026, 5, 1), status="in_progress") for i in range(1, 21)]
    assert direction(draft("h1", many, D(2026, 6, 17))).splitlines()[0] == (
        "Tập trung hoàn thành dứt điểm 20 nhiệm vụ quá hạn nêu tại mục II; không để phát sinh thêm nhiệm vụ quá hạn.")
    brackets = [task(1, "Ban hành kế hoạch rà soát văn bản quy phạm pháp luật (QPPL)", D(2026, 3, 1),
                     status="in_progress"),
                task(2, "Cập nhật cơ sở dữ liệu (CSDL)", D(2026, 5, 10), status="in_progress")]
    iv = direction(draft("q1", brackets, D(2026, 3, 17)))
    assert ") (" not in iv
    assert ("- Ban hành kế hoạch rà soát văn bản quy phạm pháp luật (QPPL) do Phòng Văn hóa – Xã hội chủ trì, "
            "thời hạn ngày 01/3/2026, đã quá hạn.") in iv
    assert "- Cập nhật cơ sở dữ liệu (CSDL), thời hạn ngày 10/5/2026." in iv


def test_the_service_index_rates_are_compared_with_last_year_too():
    """The chairman's read (round 43): the year report compared received dossiers, on-time and online rates with
    2025, not the fully online (28,3% → 36,8%), online payment and digitisation rates the register held for both."""
    last = figures(year=2025, **{"dossiers.received": 1348, "dossiers.received_online": 485,
                                 "dossiers.received_full_online": 300, "dossiers.resolved_early": 1000,
                                 "dossiers.resolved_on_time": 338, "dossiers.resolved_late": 2})
    d = draft("q1", [], D(2026, 3, 17), figures=figures(**FIGS), last_year=last)
    tthc = "\n".join(d.find("area:3").paragraphs)
    assert "tỷ lệ hồ sơ tiếp nhận trực tuyến toàn trình tăng 7,7 điểm phần trăm (cùng kỳ: 22,3%)" in tthc, tthc

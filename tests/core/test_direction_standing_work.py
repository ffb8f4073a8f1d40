"""Part IV of a period report: standing work ("thực hiện hằng năm", "thường xuyên") under its own words, never
under "các nhiệm vụ đến hạn trong quý IV", which read as due in that quarter (the chairman-reviewer, closing13)."""

from .test_report_reading import D, direction, draft, task


def _lines_under(text: str, heading: str) -> list[str]:
    lines = text.split("\n")
    i = lines.index(heading)
    out = []
    for line in lines[i + 1:]:
        if not line.startswith("- "):
            break
        out.append(line)
    return out


def test_standing_work_is_listed_apart_from_the_quarters_dated_work():
    tasks = [task(1, "Tổ chức cuộc thi tìm hiểu về cải cách hành chính", D(2026, 10, 3), status="in_progress"),
             task(2, "Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm", D(2026, 12, 31),
                  recurrence="yearly", status="in_progress"),
             task(3, "Theo dõi hoạt động tiếp nhận, trả kết quả", D(2026, 12, 31), recurrence="yearly",
                  deadline_text="Thường xuyên", status="in_progress")]
    iv = direction(draft("q3", tasks, D(2026, 9, 14)))
    dated = _lines_under(iv, "Triển khai thực hiện các nhiệm vụ đến hạn trong quý IV năm 2026:")
    assert dated == ["- Tổ chức cuộc thi tìm hiểu về cải cách hành chính (thời hạn ngày 03/10/2026)."]
    standing = _lines_under(iv, "Tiếp tục thực hiện các nhiệm vụ thường xuyên, hằng năm:")
    assert standing == ["- Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm (thực hiện hằng năm);",
                        "- Theo dõi hoạt động tiếp nhận, trả kết quả (thực hiện thường xuyên)."]


def test_only_standing_work_ahead_names_the_quarter():
    tasks = [task(2, "Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm", D(2026, 12, 31),
                  recurrence="yearly", status="in_progress")]
    iv = direction(draft("q3", tasks, D(2026, 9, 14)))
    assert "đến hạn trong quý IV" not in iv
    assert _lines_under(iv, "Tiếp tục thực hiện các nhiệm vụ thường xuyên, hằng năm trong quý IV năm 2026:") == [
        "- Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm (thực hiện hằng năm)."]


def test_a_year_report_lists_work_next_years_plan_sets_again_once():
    """The chairman-reviewer (closing13): the year report's part IV asked to finish a late 2026 task and listed the
    2027 plan's line for the same work beside it. Where the 2027 plan repeats the line (its year changed, as plans
    copy last year's), it is listed once, as 2027's work; other late work stays among the leftovers."""
    from parapp.core.report_builder import PlanFact

    tasks = [task(5, "Rà soát văn bản quy phạm pháp luật năm 2026", D(2026, 5, 31), status="in_progress",
                  plan_year=2026),
             task(6, "Số hóa kết quả giải quyết TTHC năm 2026", D(2026, 12, 20), area="7", status="in_progress",
                  plan_year=2026),
             task(8, "Kiểm tra công vụ", D(2026, 6, 30), status="in_progress", plan_year=2026),
             task(15, "Rà soát văn bản quy phạm pháp luật năm 2027", D(2027, 5, 31), plan_year=2027),
             task(16, "Số hóa kết quả giải quyết TTHC năm 2027", D(2027, 12, 20), area="7", plan_year=2027)]
    d = draft("year", tasks, D(2026, 12, 2), next_plans=[PlanFact("", "Kế hoạch cải cách hành chính năm 2027", None)])
    iv = direction(d)
    assert iv.count("Rà soát văn bản quy phạm pháp luật") == 1 and iv.count("Số hóa kết quả giải quyết TTHC") == 1
    assert "- Rà soát văn bản quy phạm pháp luật năm 2027 (thời hạn ngày 31/5/2027)" in iv
    left = d.find("direction").subsections[0]
    assert left.title.endswith("Hoàn thành các nhiệm vụ năm 2026 còn dở dang")
    assert left.paragraphs == ["Tập trung hoàn thành dứt điểm các nhiệm vụ đã quá hạn:",
                               "- Kiểm tra công vụ (Phòng Văn hóa – Xã hội chủ trì; thời hạn ngày 30/6/2026, đã quá "
                               "hạn)."]


def test_last_years_standing_work_is_not_left_to_finish_in_the_next_years_first_quarter():
    """The chairman's read (this session): a quý I 2027 report drafted in late December listed the 2026 plan's
    "thực hiện hằng năm" work (due 31/12/2026, inside its window) under "Khẩn trương hoàn thành các nhiệm vụ còn lại
    của quý I năm 2027"; such work ends with its year (README)."""
    import datetime as dt

    from parapp.core.periods import PRESETS, periods_for_year
    from parapp.core.report_builder import ReportInput, assemble
    from parapp.core.report_words import next_span

    from .test_report_reading import AREAS

    q1 = {p.kind.value: p for p in periods_for_year(PRESETS["15-14"], 2027)}["q1"]
    tasks = [task(1, "Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm", D(2026, 12, 31), recurrence="yearly",
                  status="in_progress", plan_year=2026),
             task(2, "Kiện toàn công chức các cơ quan chuyên môn", D(2027, 3, 31), status="in_progress",
                  plan_year=2027)]
    d = assemble(ReportInput(q1, next_span(q1.kind, 2027), AREAS, tasks, [], dt.date(2026, 12, 20),
                             commune="Ủy ban nhân dân xã Ba Giang"))
    iv = direction(d)
    assert "Báo cáo kết quả thực hiện công tác CCHC" not in iv, iv
    assert "- Kiện toàn công chức các cơ quan chuyên môn (thời hạn ngày 31/3/2027)." in iv, iv

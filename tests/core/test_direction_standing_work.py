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

"""Round 35E: the year report 2026 of a commune that imported the Ba Giang plan, read as the chairman reads it."""

import datetime as dt

from tests.core.test_report_reading import D, draft, task


def test_a_task_of_several_clauses_is_not_run_into_another_in_part_iv():
    """Part IV listed three tasks that open "Triển khai thực hiện …" as one: "Triển khai thực hiện có hiệu quả công tác
    tổ chức thi hành pháp luật …; đổi mới công tác kiểm tra …; xử lý … theo thẩm quyền, có hiệu quả Kế hoạch số
    140/KH-UBND … và kết nối, liên thông hệ thống quản lý văn bản": the first task's own clauses and the others' ran
    together and nobody could tell where a task ended. A task written in clauses (";") stands on its own line."""
    long_one = ("Triển khai thực hiện có hiệu quả công tác tổ chức thi hành pháp luật và theo dõi, đánh giá tình hình "
                "thi hành pháp luật ở địa phương; đổi mới công tác kiểm tra, theo dõi; xử lý hoặc kiến nghị xử lý kết "
                "quả theo dõi thi hành pháp luật theo thẩm quyền.")
    tasks = [
        task(9, long_one, D(2026, 12, 31), area="2", status="not_started", plan_year=2026),
        task(17, "Triển khai thực hiện có hiệu quả Kế hoạch số 140/KH-UBND ngày 14/10/2021 của Chủ tịch UBND tỉnh.",
             D(2026, 12, 31), area="3", status="not_started", plan_year=2026),
        task(36, "Triển khai thực hiện kết nối, liên thông hệ thống quản lý văn bản.", D(2026, 12, 31), area="7",
             status="not_started", plan_year=2026),
    ]
    d = draft("year", tasks, dt.date(2026, 12, 5))
    left = [p for s in d.find("direction").walk() for p in s.paragraphs if p.startswith("- ")]
    alone = [p for p in left if "thi hành pháp luật" in p]
    assert len(alone) == 1 and "140/KH-UBND" not in alone[0] and "quản lý văn bản" not in alone[0], left
    assert alone[0].startswith("- Triển khai thực hiện có hiệu quả công tác tổ chức thi hành pháp luật"), left
    # the two single-clause tasks that open alike are still said once
    assert sum("140/KH-UBND" in p for p in left) == 1, left

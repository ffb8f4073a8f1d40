"""A register made to reach every way a draft speaks of a task: every status, done on time and late
(with and without a reason, a result, a note or documents, one of them a plan the draft lists), late
and open, dropped, recurring, with no date ("Theo hướng dẫn của tỉnh"), led by an official, an office,
a typed unit or nobody, contents that open alike (said together) or end in a bracket, and Vietnamese
text with line breaks and stray spaces. Deterministic: the same seed makes the same register."""

from __future__ import annotations

import datetime as dt
import random

from parapp.core.citations import DocRef
from parapp.services import demo_data
from parapp.store import officials, plans, settings, tasks
from parapp.store.report_inputs import set_outputs

_CONTENTS = [spec["content"] for spec in demo_data.TASKS] + [
    "Tham mưu UBND xã ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính năm {y}",
    "Tham mưu cho Chủ tịch UBND xã ban hành Quyết định công bố danh mục thủ tục (QPPL)",
    "Khắc phục, nâng cao kết quả tiêu chí 1.{i} “Ban hành kế hoạch”",
    "Khắc phục, nâng cao kết quả tiêu chí 2.{i} “Tổ chức thực hiện”",
    "Tổng số hồ sơ   được số hóa\ntrong kỳ",
    "đã triển khai phần mềm quản lý văn bản;",
    "Tuyên truyền cải cách hành chính trên hệ thống loa truyền thanh (đài xã)",
]
_CODES = sorted({spec["code"] for spec in demo_data.TASKS}) + ["", ""]
_REASONS = ["", "", "Chờ hướng dẫn của Sở Nội vụ.", "thiếu kinh phí thực hiện", "Cán bộ phụ trách nghỉ thai sản;"]
_RESULTS = ["", "", "Đã hoàn thành", "Hoàn thành, đạt 100% kế hoạch.", "Bố trí lại khu vực chờ tại Trung tâm",
            "Số hồ sơ trực tuyến tăng 12%"]
_NOTES = ["Đang thực hiện theo kế hoạch", "đã xây dựng dự thảo, đang lấy ý kiến", "Chưa triển khai do thiếu người"]
_DEADLINES = ["Theo hướng dẫn của tỉnh.", "Thường xuyên", "Hàng năm", "Quý II/{y}", ""]


def populate_varied(db, n: int, today: dt.date, seed: int = 7) -> None:
    rng = random.Random(seed)
    year = today.year
    with db.atomic():
        settings.save_settings(db, settings.CommuneSettings(**demo_data.SETTINGS))
        units = [officials.get_or_create_unit(db, name) for name in (demo_data.OFFICE, demo_data.SOCIETY,
                                                                     demo_data.CENTRE)]
        people = [officials.add_official(db, {"full_name": o[1], "position": o[2], "unit_id": rng.choice(units)})
                  for o in demo_data.OFFICIALS]
        people.append(officials.add_official(db, {"full_name": "Lò Văn Páo", "position": ""}))
        plan_ids = [plans.add_plan(db, {"title": f"Kế hoạch cải cách hành chính năm {y}" if i == 0 else f"Kế hoạch {i}",
                                        "number": f"{10 + i}/KH-UBND", "year": y,
                                        "issued_on": dt.date(y, 1, 5) + dt.timedelta(days=40 * i)})
                    for y in (year - 1, year) for i in range(4)]
        for i in range(n):
            content = rng.choice(_CONTENTS).format(y=year, i=i % 4, year=year, prev=year - 1)
            if rng.random() < 0.7:
                content = f"{content} ({i})" if rng.random() < 0.5 else content
            due = dt.date(year - 1, 10, 1) + dt.timedelta(days=rng.randint(0, 500))
            recurrence = rng.choice(["none"] * 8 + ["yearly", "quarterly", "monthly"])
            deadline = rng.choice(_DEADLINES).format(y=year)
            has_due = rng.random() < 0.8
            data = {"par_code": rng.choice(_CODES), "plan_id": rng.choice(plan_ids + [None]),
                    "stt": rng.choice(["", str(i + 1), f"{i % 9}.{i % 4}"]),
                    "content": content, "recurrence": recurrence,
                    "deadline_text": deadline or (f"Trước ngày {due.day}/{due.month}/{due.year}" if has_due else ""),
                    "delay_reason": rng.choice(_REASONS), "support_request": rng.choice(["", "", "", "Đề nghị tỉnh "
                                                                                          "bổ sung kinh phí"])}
            if content.startswith("Khắc phục") and i % 3:  # a remediation plan's criteria, said together
                has_due, due, recurrence = True, dt.date(year, 12, 25), "none"
                data.update(recurrence="none", deadline_text="Trước ngày 25/12")
            if has_due:
                data["due_date"] = due
            lead = rng.random()
            if lead < 0.55:
                data["lead_official_id"] = rng.choice(people)
            elif lead < 0.75:
                data["lead_unit_id"] = rng.choice(units)
            elif lead < 0.9:
                data["lead_text"] = rng.choice(["Công chức Tư pháp – Hộ tịch", "Ban Chỉ huy Quân sự xã",
                                                demo_data.CENTRE])
            status = rng.choice(["not_started", "in_progress", "done", "done", "dropped"])
            if data["deadline_text"] == "Trước ngày 25/12":
                status = "in_progress"
            data["status"] = status
            if status == "dropped":
                data["dropped_reason"] = rng.choice(["Cấp trên điều chỉnh kế hoạch", "không còn phù hợp."])
            if status == "done":
                data["completed_on"] = min(today, due + dt.timedelta(days=rng.randint(-40, 30)))
                data["result"] = rng.choice(_RESULTS)
            task_id = tasks.create_task(db, data, today=today, check_code=False)
            if status == "done" and rng.random() < 0.5:
                issued = data["completed_on"] - dt.timedelta(days=rng.choice([0, 0, 3]))
                docs = [DocRef(rng.choice(["Quyết định", "Kế hoạch", "Công văn", "Báo cáo"]),
                               rng.choice([f"{i % 90 + 1:02d}/QĐ-UBND", "11/KH-UBND", ""]), issued, "",
                               f"ban hành văn bản số {i}")]
                if rng.random() < 0.2:
                    docs.append(DocRef("Thông báo", f"{i}/TB-UBND", None, "", "kết luận"))
                set_outputs(db, task_id, docs)
            for _ in range(rng.choice([0, 0, 1, 2]) if status != "in_progress" or due.month != 12 else 0):
                day = dt.date(year - 1, 12, 1) + dt.timedelta(days=rng.randint(0, 380))
                tasks.add_note(db, task_id, rng.choice(_NOTES), note_date=min(today, day), today=today)

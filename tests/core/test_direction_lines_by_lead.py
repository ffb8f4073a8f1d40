"""Part IV says tasks together only when the line would name one lead for them all.

A fresh-eyes walk (this session) drafted quý III of an imported plan: tasks due the same day and opening alike were
said in one line, and a late line ("… do X chủ trì, thời hạn …, đã quá hạn") named only the first task's lead for
both. Tasks said together are now of one lead where the line names who leads; the criteria of one remediation plan
are still one line."""

from .test_report_reading import D, direction, draft, task


def test_one_remediation_plans_criteria_are_still_said_once():
    tasks = [task(1, "Khắc phục hạn chế, nâng cao kết quả tiêu chí 1.1.2", D(2026, 12, 31), area="1",
                  status="in_progress"),
             task(2, "Khắc phục hạn chế, nâng cao kết quả tiêu chí 1.2", D(2026, 12, 31), area="2",
                  status="in_progress")]  # one remediation plan's criteria, of two areas
    iv = direction(draft("q3", tasks, D(2026, 9, 14)))
    assert len([x for x in iv.split("\n") if x.startswith("- Khắc phục")]) == 1, iv


def test_late_work_of_two_leads_names_each():
    tasks = [task(1, "Rà soát, cập nhật quy chế làm việc của UBND xã", D(2026, 6, 30), status="in_progress",
                  lead_office="Văn phòng HĐND và UBND"),
             task(2, "Rà soát, cập nhật quy chế phối hợp với Mặt trận", D(2026, 6, 30), status="in_progress",
                  lead_office="Phòng Văn hóa – Xã hội", lead_name="Trần Văn Bình")]
    iv = direction(draft("q3", tasks, D(2026, 9, 14)))
    late = [x for x in iv.split("\n") if x.startswith("- Rà soát, cập nhật")]
    assert len(late) == 2, iv

"""Adversarial round 19B (issue 21), the plan import: a table sorted by post whose tasks name no lead or deadline.

Round 18B (582e76f, 18f7c51) ends the table at a post in capitals alone in its row ("PHÓ CHỦ TỊCH UBND XÃ") unless a
task naming a lead or a deadline follows. A plan grouped by post whose tasks leave those cells empty (or whose table
has no such columns: "STT | Nội dung | Sản phẩm | Ghi chú") had every task after the post row left out, exit 0, no
word: tasks 3 and 4 lost, or all of them. A signature is never followed by numbered tasks.
"""

from __future__ import annotations

from parapp.core.importing.parse import parse_bytes


def _read(rows: list[str]):
    return parse_bytes("\n".join(rows).encode(), "ke-hoach.csv", plan_year=2026)


def test_numbered_tasks_naming_no_lead_or_deadline_under_a_post_row_are_read():
    r = _read(["STT,Nội dung công việc,Chủ trì,Thời gian hoàn thành", ",CHỦ TỊCH UBND XÃ,,",
               "1,Chỉ đạo xây dựng kế hoạch CCHC năm 2026,,", "2,Kiểm tra công vụ,,Quý II/2026",
               ",PHÓ CHỦ TỊCH UBND XÃ,,", "3,Rà soát thủ tục hành chính,,", "4,Số hóa hồ sơ,,"])
    contents = [t.content for t in r.tasks]
    assert "Rà soát thủ tục hành chính" in contents and "Số hóa hồ sơ" in contents


def test_a_table_with_no_lead_or_deadline_column_grouped_by_post_is_read():
    r = _read(["STT,Nội dung công việc,Sản phẩm,Ghi chú", ",CHỦ TỊCH UBND XÃ,,",
               "1,Chỉ đạo xây dựng kế hoạch CCHC năm 2026,Kế hoạch,", "2,Kiểm tra công vụ,Báo cáo,",
               ",PHÓ CHỦ TỊCH UBND XÃ,,", "3,Rà soát thủ tục hành chính,Báo cáo,", "4,Số hóa hồ sơ,Dữ liệu,"])
    assert [t.stt for t in r.tasks if t.stt] == ["1", "2", "3", "4"]


def test_a_signature_after_the_last_task_still_ends_the_table():
    r = _read(["STT,Nội dung công việc,Chủ trì,Thời gian hoàn thành", "1,Rà soát văn bản QPPL,Tư pháp,Quý II/2026",
               "2,Niêm yết công khai TTHC,,", ",CHỦ TỊCH,,", ",(Đã ký),,", ",Nguyễn Văn A,,"])
    assert [t.content for t in r.tasks] == ["Rà soát văn bản QPPL", "Niêm yết công khai TTHC"]


# Round 18B (49d8ec7) kept a numbered row opening like the closing block a task; a table with no number column has
# none: "TM. UBND xã ký số 100% văn bản | Văn phòng | Quý III/2026" ended it, and it and every task after it were lost,
# exit 0. A row naming a deadline that reads as one is a task.
def test_a_task_opening_like_the_closing_block_in_a_table_with_no_numbers_is_read():
    r = _read(["Nội dung công việc,Chủ trì,Thời gian hoàn thành", "Rà soát văn bản,Tư pháp,Quý II/2026",
               "TM. UBND xã ký số 100% văn bản điện tử,Văn phòng,Quý III/2026",
               "Nơi nhận: bộ phận một cửa tiếp nhận hồ sơ trực tuyến,Văn phòng,Thường xuyên",
               "Kiểm tra công vụ,Văn phòng,Quý IV/2026", "Nơi nhận:,,TM. ỦY BAN NHÂN DÂN", "- Lưu: VT.,,Nguyễn Văn A"])
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "TM. UBND xã ký số 100% văn bản điện tử",
                                            "Nơi nhận: bộ phận một cửa tiếp nhận hồ sơ trực tuyến", "Kiểm tra công vụ"]

"""Round 26C: what an office's own plan table holds, read from Excel.

A header of two rows whose lower row only names a column again ("Thời gian thực hiện" over "Hoàn thành", the STT,
content and lead cells merged down both rows): the lower row was read as another table's header under which the
deadline column meant nothing, so every task came in with "Chưa có thời hạn" though the plan gives one, and the
table's header repeated on the next page then reset the area."""

from __future__ import annotations

import io


def _xlsx(rows, merged=(), hidden_rows=()) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append([v or None for v in row])
    for m in merged:
        ws.merge_cells(m)
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _read(data: bytes):
    from parapp.core.importing.parse import parse_bytes

    return parse_bytes(data, "ke-hoach.xlsx", plan_year=2027)


HEAD = [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027", "", "", ""],
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
        ["", "", "", "Hoàn thành"]]


def test_a_lower_header_row_naming_the_deadline_again_keeps_the_deadlines():
    body = [["I", "CẢI CÁCH THỂ CHẾ", "", ""],
            ["1", "Rà soát văn bản", "Tư pháp", "Quý I/2027"],
            ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],  # the next page
            ["", "", "", "Hoàn thành"],
            ["2", "Tuyên truyền pháp luật", "Văn hóa", "Quý II/2027"]]
    r = _read(_xlsx(HEAD + body, merged=("A2:A3", "B2:B3", "C2:C3", "A6:A7", "B6:B7", "C6:C7")))
    got = [(t.content, t.deadline_text, t.due_date.isoformat() if t.due_date else "", t.area_code) for t in r.tasks]
    assert got == [("Rà soát văn bản", "Quý I/2027", "2027-03-31", "2"),
                   ("Tuyên truyền pháp luật", "Quý II/2027", "2027-06-30", "2")]
    assert not [p for t in r.tasks for p in t.problems]


def _text(body: str):
    from parapp.core.importing.parse import parse_text

    head = "KẾ HOẠCH\nCải cách hành chính năm 2026\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\tKinh phí\n"
    return parse_text(head + body, plan_year=2026)


def test_a_totals_row_is_no_task_and_no_tasks_text():
    """"Tổng cộng | | | 15 triệu" under the table became a task "Tổng cộng" holding the whole plan's budget again;
    "Tổng số: 2 nhiệm vụ" was glued onto the last task's content."""
    body = "1\tRà soát văn bản\tTư pháp\tQuý I\t10 triệu\n2\tTuyên truyền\tVăn hóa\tQuý II\t5 triệu\n"
    for total in ("\tTổng cộng\t\t\t15 triệu\n", "\tTổng số: 2 nhiệm vụ\t\t\t\n", "\tCộng:\t\t\t15 triệu\n",
                  "\tTỔNG CỘNG (2 nhiệm vụ)\t\t\t15.000.000\n", "\tTổng cộng\t2 nhiệm vụ\t2 nhiệm vụ\t2 nhiệm vụ\n"):
        r = _text(body + total)
        assert [(t.content, t.budget) for t in r.tasks] == [("Rà soát văn bản", "10 triệu"),
                                                            ("Tuyên truyền", "5 triệu")], total


def test_a_task_about_totals_is_still_a_task():
    r = _text("1\tRà soát văn bản\tTư pháp\tQuý I\t\n\tCộng đồng dân cư góp ý thủ tục\tVăn hóa\tQuý II\t\n"
              "2\tTổng số hồ sơ trực tuyến đạt 80%\tVăn phòng\tQuý III\t\n")
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Cộng đồng dân cư góp ý thủ tục",
                                            "Tổng số hồ sơ trực tuyến đạt 80%"]


def test_a_row_saying_more_than_a_total_is_kept():
    r = _text("1\tRà soát văn bản\tTư pháp\tQuý I\t\n\tTổng cộng các nhiệm vụ rà soát\tVăn phòng\tQuý IV\t\n")
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Tổng cộng các nhiệm vụ rà soát"]


def test_a_date_cell_shown_without_its_year_takes_the_plans_year():
    """A 2027 plan typed in 2026 with "15/3" in its deadline column: Excel shows "15/03" (or "30-Jun") and stores the
    year it was typed in. It came in due 15/03/2026, a year early and overdue on import, its deadline "15/03/2026"
    a text the file never shows. A date shown with its year is read as before."""
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027"])
    ws.append(["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"])
    ws.append([1, "Rà soát văn bản", "Tư pháp", dt.datetime(2026, 3, 15)])
    ws.append([2, "Tuyên truyền", "Văn hóa", dt.datetime(2026, 6, 30)])
    ws.append([3, "Kiểm tra", "Văn hóa", dt.datetime(2027, 9, 30)])
    ws["D3"].number_format, ws["D4"].number_format, ws["D5"].number_format = "dd/mm", "d-mmm", "dd/mm/yyyy"
    buf = io.BytesIO()
    wb.save(buf)
    r = _read(buf.getvalue())
    assert [(t.deadline_text, t.due_date.isoformat()) for t in r.tasks] == [
        ("15/3", "2027-03-15"), ("30/6", "2027-06-30"), ("30/09/2027", "2027-09-30")]


def test_a_one_row_header_naming_a_start_and_an_end_column():
    """"Thời gian bắt đầu | Thời gian hoàn thành" in one row: the start column was the deadline (due 01/3 for 30/9,
    the end column called "not recognised"); "Ngày bắt đầu | Ngày hoàn thành" gave no deadline at all."""
    from parapp.core.importing.parse import parse_text

    for start, end in (("Thời gian bắt đầu", "Thời gian hoàn thành"), ("Ngày bắt đầu", "Ngày hoàn thành"),
                       ("Thời gian thực hiện", "Thời hạn hoàn thành")):
        r = parse_text(f"STT\tNội dung\tCơ quan chủ trì\t{start}\t{end}\n1\tRà soát văn bản\tTư pháp\tTháng 1/2027\t"
                       "Tháng 6/2027\n2\tTuyên truyền\tVăn hóa\t01/3/2027\t30/9/2027\n", plan_year=2027)
        assert [t.due_date.isoformat() for t in r.tasks] == ["2027-06-30", "2027-09-30"], start
        assert any(start in str(n) for n in r.notes)  # the start column is named as not read


def test_area_headings_with_no_number():
    """"CẢI CÁCH THỂ CHẾ" in bold over tasks 1, 2, with no Roman number: the first became a task, each later one was
    glued onto the task above it ("Kiểm tra văn bản CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), and no task had an area."""
    from parapp.core.importing.parse import parse_text

    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n"
                   "\tCẢI CÁCH THỂ CHẾ\t\t\n1\tRà soát văn bản\tTư pháp\tQuý I\n2\tKiểm tra văn bản\tTư pháp\tQuý II\n"
                   "\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\n3\tNiêm yết thủ tục\tVăn phòng\tThường xuyên\n"
                   "\tCải cách tổ chức bộ máy\t\t\n4\tRà soát chức năng\tVăn phòng\tQuý III\n"
                   "\tXây dựng chính quyền số\t\t\n5\tSố hóa hồ sơ\tVăn phòng\tQuý IV\n"
                   "\tvà chuyển đổi số\t\t\n", plan_year=2027)
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản", "2"), ("Kiểm tra văn bản", "2"), ("Niêm yết thủ tục", "3"), ("Rà soát chức năng", "4"),
        ("Số hóa hồ sơ và chuyển đổi số", "7")]


def test_area_headings_with_no_number_over_tasks_with_none():
    from parapp.core.importing.parse import parse_text

    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\nNội dung\tCơ quan chủ trì\tThời gian thực hiện\nCẢI CÁCH THỂ CHẾ\t\t\n"
                   "Rà soát văn bản\tTư pháp\tQuý I\nKiểm tra văn bản\tTư pháp\tQuý II\n"
                   "CẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\nNiêm yết thủ tục\tVăn phòng\tThường xuyên\n", plan_year=2027)
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản", "2"), ("Kiểm tra văn bản", "2"), ("Niêm yết thủ tục", "3")]


def test_a_content_cell_alone_under_the_header_is_not_taken_for_a_header_row():
    """Under the F2 rule a lone "Nhiệm vụ trọng tâm" (a content word) under the header would have been skipped as the
    header's second row, its text lost: it is read as before."""
    from parapp.core.importing.parse import parse_text

    r = parse_text("STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n\tNhiệm vụ trọng tâm\t\t\n"
                   "1\tRà soát văn bản\tTư pháp\tQuý I\n", plan_year=2027)
    assert "Nhiệm vụ trọng tâm" in [t.content for t in r.tasks] + [t.group for t in r.tasks]

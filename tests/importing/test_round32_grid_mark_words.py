"""Round 32C F2: a quarter grid's cell holding words beside (or instead of) its mark ("x (báo cáo)", "Trước 15/12"
under Quý IV with a mark in Quý I too) had the words dropped: the deadline kept the quarters' names alone, a date the
plan set for the task lost, not a word said (a single cell's date was kept since 30C). The words go after the period
they are written under."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text

H1 = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "", "", ""]
H2 = ["", "", "", "Quý I", "Quý II", "Quý III", "Quý IV"]


def _tasks(*rows):
    text = "KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in [H1, H2, *rows]) + "\n"
    return [(t.content, t.deadline_text, t.due_date) for t in parse_text(text, plan_year=2027).tasks]


def test_the_words_in_a_marked_cell_are_kept():
    assert _tasks(["1", "Kiểm tra", "VP", "x", "", "", "Trước 15/12"],
                  ["2", "Báo cáo", "VP", "", "x (báo cáo)", "", ""],
                  ["3", "Tuyên truyền", "Văn hóa", "x", "x (sơ kết)", "", ""]) == [
        ("Kiểm tra", "Quý I, Quý IV (Trước 15/12)", dt.date(2027, 12, 14)),
        ("Báo cáo", "Quý II (báo cáo)", dt.date(2027, 6, 30)),
        ("Tuyên truyền", "Quý I - Quý II (sơ kết)", dt.date(2027, 6, 30))]


def test_bare_marks_and_single_dates():
    """A date alone in a cell is the deadline (30C); a mark with a date keeps its period's name too (it was "x (trước
    15/5)", the quarter lost)."""
    assert _tasks(["1", "Rà soát", "Tư pháp", "", "15/5", "", ""],
                  ["2", "Kiểm tra", "VP", "X", "✓", "", "1"],
                  ["3", "Cập nhật", "VP", "", "x (trước 15/5)", "", ""]) == [
        ("Rà soát", "15/5", dt.date(2027, 5, 15)), ("Kiểm tra", "Quý I - Quý II, Quý IV", dt.date(2027, 6, 30)),
        ("Cập nhật", "Quý II (trước 15/5)", dt.date(2027, 5, 14))]


def test_a_marks_raised_footnote_is_no_words():
    assert _tasks(["1", "Rà soát", "Tư pháp", "-", "x³", "-", "-"],
                  ["2", "Kiểm tra", "VP", "x¹ (sơ kết)", "", "", ""]) == [
        ("Rà soát", "Quý II", dt.date(2027, 6, 30)), ("Kiểm tra", "Quý I (sơ kết)", dt.date(2027, 3, 31))]


def test_words_after_the_halves_keep_the_date():
    """A halves' grid with words in a marked cell: "6 tháng đầu năm - 6 tháng cuối năm (tổng kết)" was not read
    (the words kept by this round's fix made the year's half unreadable)."""
    rows = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", ""],
            ["", "", "", "6 tháng đầu năm", "6 tháng cuối năm"], ["1", "Báo cáo", "VP", "x", "x (tổng kết)"],
            ["2", "Kiểm tra", "VP", "", "Cả năm (tổng kết)"]]
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in rows) + "\n", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [
        ("6 tháng đầu năm - 6 tháng cuối năm (tổng kết)", dt.date(2027, 12, 31)),
        ("Cả năm (tổng kết)", dt.date(2027, 12, 31))]

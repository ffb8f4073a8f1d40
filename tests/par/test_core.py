"""Points, codes, reading criteria tables and the tree's arithmetic."""

import pytest
from hypothesis import given, strategies as st

from parapp.core.importing.model import Unreadable
from parapp.core.par import codes
from parapp.core.par.points import PointsError, format_points, parse_points, to_number
from parapp.core.par.reading import read_bytes, read_text
from parapp.core.par.scores import ScoresRejected, check_scores

from .province_files import (DOCX_EXPECTED, EXPECTED_AREAS, EXPECTED_LEAVES, province_docx, province_xlsx)


@pytest.mark.parametrize("text, milli", [("2,5", 2500), ("2.5", 2500), (" 0,25 điểm ", 250), ("10đ", 10000),
                                         ("1", 1000), (",5", 500), ("0,125", 125), (2.5, 2500), (3, 3000)])
def test_points_as_provinces_write_them(text, milli):
    assert parse_points(text) == milli


@pytest.mark.parametrize("text, kind", [("abc", "nan"), ("", "nan"), ("1,2,3", "nan"), ("-1", "negative"),
                                        ("-0,5", "negative"), ("0,1234", "precision"), ("2..5", "nan")])
def test_points_refused_with_the_reason(text, kind):
    with pytest.raises(PointsError) as e:
        parse_points(text)
    assert e.value.kind == kind


@given(st.integers(min_value=0, max_value=1_000_000))
def test_points_format_and_parse_back(milli):
    assert parse_points(format_points(milli)) == milli
    assert parse_points(format_points(milli, ".")) == milli


@given(st.text(max_size=30))
def test_any_text_is_points_or_a_points_error(text):
    try:
        assert parse_points(text) >= 0
    except PointsError:
        pass


def test_sums_are_exact():
    # ten times 0,1 is 1, not 0.9999999999999999
    assert sum(parse_points("0,1") for _ in range(10)) == parse_points("1")
    assert to_number(2500) == 2.5 and to_number(10000) == 10 and isinstance(to_number(10000), int)


@pytest.mark.parametrize("label, kind, code", [("I", "roman", "I"), ("IV.", "roman", "IV"), ("XII", "roman", "XII"),
                                               ("1.", "arabic", "1"), ("1.1.2", "arabic", "1.1.2"),
                                               ("2.01", "arabic", "2.1"), ("a)", "letter", "a"), ("-", "bullet", ""),
                                               ("+", "bullet", ""), ("", "none", ""), ("Tổng", "none", "")])
def test_first_column_numbers(label, kind, code):
    assert codes.classify(label) == (kind, code)


def test_code_written_in_the_name_cell():
    assert codes.split_leading_code("1.1. Kế hoạch CCHC năm") == ("1.1", "Kế hoạch CCHC năm")
    assert codes.split_leading_code("II. CẢI CÁCH THỂ CHẾ") == ("II", "CẢI CÁCH THỂ CHẾ")
    assert codes.split_leading_code("100% hồ sơ đúng hạn") is None
    assert codes.split_leading_code("3 cuộc kiểm tra") is None
    assert codes.roman_value("XIV") == 14 and codes.to_roman(14) == "XIV"


def test_province_excel_annex_reads_with_the_right_maxima():
    read = read_bytes(province_xlsx(), "Phu luc bo chi so.xlsx")
    built = read.build(2024)
    c = built.criteria
    assert {n.code: to_number(n.max_milli) for n in c.leaves()} == EXPECTED_LEAVES
    assert {a.code: to_number(a.max_total) for a in c.areas} == EXPECTED_AREAS
    assert c.max_total == 100_000 and built.stated_total == 100_000
    assert [a.display_label for a in c.areas] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert built.mismatches == [] and built.blocking == []
    # the dash lines under 1.2 are its scoring guidance, not criteria
    assert c.find("1.1.2").guidance == "- Hoàn thành 100%: 2 điểm\n- Từ 80% đến dưới 100%: 1 điểm"
    assert (read.year, read.province) == (2024, "Quảng Ngãi")
    # nothing silently dropped: the rows that are not criteria say what they became
    kinds = {r.kind for r in built.rows}
    assert kinds == {"area", "group", "criterion", "guidance", "total"}


def test_a_stated_total_that_does_not_add_up_is_reported():
    built = read_bytes(province_xlsx(wrong_area_total=True), "x.xlsx").build(2024)
    assert built.mismatches == ["II ghi 11 điểm nhưng các tiêu chí con cộng lại được 10 điểm."]
    assert built.criteria.find("2").max_total == 10_000  # the parts decide
    assert built.blocking == []


def test_self_scores_in_the_annex_are_read_and_checked():
    built = read_bytes(province_xlsx(self_scores={("I", "1.1"): 1, ("II", "2"): "3,5", ("II", "3"): "9"}),
                       "x.xlsx").build(2024)
    c = built.criteria
    assert c.find("1.1.1").self_milli == 1000 and c.find("2.2").self_milli == 3500
    assert c.find("2.3").self_milli is None
    assert any("lớn hơn điểm tối đa" in p for _, p in built.blocking)


def test_word_annex_with_full_codes_merged_cells_and_a_split_table():
    read = read_bytes(province_docx(), "Tieu chi cham diem.docx")
    built = read.build(2025)
    c = built.criteria
    assert {n.code: to_number(n.max_milli) for n in c.leaves()} == DOCX_EXPECTED
    assert [a.code for a in c.areas] == ["1", "2", "3"] and c.find("2.1").is_group
    assert c.max_total == 12_000 and built.mismatches == [] and built.blocking == []
    assert c.find("1.3").evidence_asked == "Các báo cáo quý; kế hoạch tuyên truyền"
    assert read.year == 2025


def test_pasted_html_from_word_with_rowspan_and_colspan():
    html = """<table><tr><td rowspan=2>STT</td><td rowspan=2>Tiêu chí</td><td colspan=2>Điểm</td></tr>
    <tr><td>Điểm chuẩn</td><td>Tự chấm</td></tr>
    <tr><td>I</td><td>Thể chế</td><td>3</td><td></td></tr>
    <tr><td>1</td><td>Rà soát văn bản</td><td>1,5</td><td>1</td></tr>
    <tr><td>2</td><td>Theo dõi thi hành</td><td>1,5</td><td>1,5</td></tr></table>"""
    c = read_text("", html).build(2024).criteria
    # One area: its criteria's codes are printed once each, so they are kept as printed.
    assert [(n.code, n.max_milli, n.self_milli) for n in c.leaves()] == [("1", 1500, 1000), ("2", 1500, 1500)]
    assert [a.code for a in c.areas] == ["I"]


def test_lettered_items_summing_to_the_maximum_are_sub_criteria():
    text = ("TT\tNội dung\tĐiểm tối đa\n1\tKiểm tra CCHC\t2\na)\tKiểm tra 30% đơn vị\t1\n"
            "b)\tXử lý sau kiểm tra\t1\n2\tTuyên truyền\t1\na)\tCó kế hoạch: 1 điểm\t1\nb)\tKhông có: 0 điểm\t0\n")
    c = read_text(text).build(2024).criteria
    assert [n.code for n in c.leaves()] == ["1a", "1b", "2"]
    assert "a) Có kế hoạch" in c.find("2").guidance


def test_no_criteria_table_is_unreadable():
    with pytest.raises(Unreadable):
        read_text("Kế hoạch cải cách hành chính năm 2024\nMột đoạn văn bản không có bảng.")
    with pytest.raises(Unreadable):
        read_text("STT\tNội dung\tCơ quan chủ trì\n1\tViệc\tVăn phòng\n")  # a plan, not a criteria set
    with pytest.raises(Unreadable):
        read_bytes(b"%PDF-1.4 ...", "x.pdf")


def test_missing_maximum_and_duplicate_code_block_storing():
    text = "STT\tTiêu chí\tĐiểm tối đa\n1\tA\t\n1.1\tB\t1\n1.1\tC\t1\n2\tD\t\n"
    built = read_text(text).build(2024)
    messages = " ".join(m for _, m in built.blocking)
    assert "Mã 1.1 đã có" in messages and "Tiêu chí 2 chưa có điểm tối đa" in messages


def test_score_checks_name_every_problem():
    c = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    with pytest.raises(ScoresRejected) as e:
        check_scores(c, [("1.1", "1"), ("9.9", "1"), ("1.2", "3"), ("1.3", "-1"), ("1.4", "abc"), ("1.5", "1,5")])
    text = e.value.message
    assert "1.1 là nhóm tiêu chí" in text and "“9.9”" in text and "vượt điểm tối đa 2,5" in text
    assert "không được âm" in text and "“abc” không phải là số điểm" in text
    assert "1.5" not in text.replace("1.1.", "")  # the good one is not complained about
    assert check_scores(c, [("1.5", "1,5"), ("1.4", "2.5")]) == {"1.5": 1500, "1.4": 2500}


def test_losses_by_official_score_when_there_is_one():
    c = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    a, b, d = c.find("1.2"), c.find("1.3"), c.find("1.4")
    a.self_milli, a.official_milli = 2500, 2000      # full by itself, lost by the province: a loss of 0,5
    b.self_milli, b.official_milli = 2000, 2500      # the province gave it all back: no loss
    d.self_milli = 1500                               # only self-scored: lost 1
    c.find("1.5").self_milli = 1500                   # full
    losses = {x.node.code: (x.lost_milli, x.basis) for x in c.losses()}
    assert losses == {"1.2": (500, "official"), "1.4": (1000, "self")}  # unscored criteria are not losses


cells = st.sampled_from(["I", "II", "1", "1.1", "1.1.1", "2", "a)", "b)", "-", "", "Tổng cộng", "IV.", "3.2.1",
                         "2,5", "1", "0,25", "abc", "-1", "10", "1.1. Kế hoạch", "x"])


@given(st.lists(st.lists(cells, min_size=3, max_size=3), max_size=40))
def test_any_body_builds_a_tree_and_accounts_for_every_row(body):
    text = "STT\tTiêu chí\tĐiểm tối đa\n" + "\n".join("\t".join(r) for r in body)
    read = read_text(text)
    built = read.build(2024)
    c = built.criteria
    assert all(r.kind in ("area", "group", "criterion", "guidance", "total", "ignored") for r in built.rows)
    assert c.max_total == sum(n.max_milli or 0 for n in c.leaves())
    codes_seen = [n.code for _, n in c.walk()]
    if not built.blocking:
        assert len(codes_seen) == len(set(codes_seen))  # what may be stored has unique codes


@given(st.text(max_size=300))
def test_any_paste_is_a_table_or_a_clear_refusal(text):
    try:
        built = read_text(text).build(2024)
    except Unreadable as refused:
        assert refused.message.strip()  # a refusal says why
        return
    c = built.criteria  # a table: its total is its criteria's
    assert c.max_total == sum(n.max_milli or 0 for n in c.leaves())


def test_one_criterion_given_two_scores_is_refused():
    c = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    with pytest.raises(ScoresRejected) as e:
        check_scores(c, [("1.2", "2"), ("1.2", "2,5")])
    assert "hai điểm khác nhau" in e.value.message
    assert check_scores(c, [("1.2", "2"), ("1.2", "2")]) == {"1.2": 2000}

"""The national form and the variants provinces' software writes, read end to end; the period a
file states, matched to the commune's own windows."""

import datetime as dt

import pytest

from parapp.core import figures_header as fh
from parapp.core.figures_import import read_bytes
from parapp.core.figures_period import find_period, match_period
from parapp.core.periods import PRESETS, PeriodKind

from . import onestop_files

Q = PeriodKind


@pytest.mark.parametrize("total_row", ["first", "last", None])
def test_bieu06_three_header_rows_and_column_numbers(total_row):
    r = read_bytes(onestop_files.bieu06_xlsx(total_row=total_row), "Bieu 06.xlsx")
    assert r.values == onestop_files.EXPECTED
    meanings = [c.meaning for c in r.columns]
    assert meanings == [None, None, fh.R_TOTAL, fh.ONLINE, fh.DIRECT, fh.CARRIED, fh.S_TOTAL, fh.EARLY, fh.ON_TIME,
                        fh.LATE, fh.P_TOTAL, fh.IN_TIME, fh.PENDING_LATE]
    assert r.columns[3].path == ("Số hồ sơ nhận giải quyết", "Trong đó", "Trực tuyến")
    assert r.not_understood == [] and r.notes == []
    assert r.stated.kind == Q.Q3 and r.stated.year == 2025


def test_vendor_page_saved_as_xls():
    r = read_bytes(onestop_files.vendor_html(), "BaoCao06.xls")
    assert r.values == onestop_files.VENDOR_EXPECTED
    assert [c.title for c in r.not_understood] == ["Chờ bổ sung (lũy kế cả kỳ trước)"]
    by_title = {c.path[-1]: c.meaning for c in r.columns}
    assert by_title["Trả quá hạn"] == fh.LATE and by_title["Quá hạn"] == fh.PENDING_LATE
    assert by_title["Số mới tiếp nhận qua BCCI"] == fh.POSTAL and by_title["Tỷ lệ hài lòng (%)"] == fh.RATE
    assert any("trước hạn" in n for n in r.notes)  # said, not silently assumed
    assert (r.stated.start, r.stated.end) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))


@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_group_written_into_each_title(sep):
    r = read_bytes(onestop_files.subgroup_csv(sep=sep), "thong-ke.csv" if sep != "\t" else "thong-ke.txt")
    assert r.values == onestop_files.EXPECTED
    assert [c.meaning for c in r.columns[2:]] == [fh.R_TOTAL, fh.CARRIED, fh.ONLINE, fh.DIRECT, fh.S_TOTAL, fh.EARLY,
                                                  fh.ON_TIME, fh.LATE, fh.P_TOTAL, fh.IN_TIME, fh.PENDING_LATE]


def test_one_header_row_with_numbers_in_the_titles_and_two_sections():
    r = read_bytes(onestop_files.numbered_xlsx(), "tong-hop.xlsx")
    assert r.values == onestop_files.EXPECTED
    assert r.columns[9].meaning == fh.LATE and r.columns[12].meaning == fh.PENDING_LATE
    assert "đã cộng 3 dòng" in r.rows_used
    assert (r.stated.kind, r.stated.year) == (Q.H1, 2025)


def test_word_table_with_other_wording():
    r = read_bytes(onestop_files.word_docx(), "bao-cao.docx")
    assert r.values == onestop_files.EXPECTED
    assert (r.stated.kind, r.stated.year) == (Q.Q1, 2026)


def test_wide_page_with_rates_and_payment():
    r = read_bytes(onestop_files.wide_html(), "rong.htm")
    assert r.values == onestop_files.WIDE_EXPECTED
    assert r.problems == [] and r.stated is None
    assert [c.title for c in r.not_understood] == ["Tổng hồ sơ Phải đồng bộ về Cổng DVC QG"]
    high = read_bytes(onestop_files.wide_html(rate="100,5"), "rong.htm")
    assert len(high.problems) == 3 and "100,5%" in high.problems[0]


def test_a_column_read_twice_is_counted_once_and_named():
    text = ("STT\tLĩnh vực\tTrực tuyến\tQua mạng\tĐã giải quyết đúng hạn\n"
            "1\tHộ tịch\t5\t5\t3\n")
    from parapp.core.figures_import import read_tables, tables_from_text

    r = read_tables(tables_from_text(text))
    assert r.values["dossiers.received_online"] == 5
    assert any("Qua mạng" in n and "chưa tính" in n for n in r.notes)
    again = r.reread({3: None})
    assert again.values["dossiers.received_online"] == 5 and not any("Qua mạng" in n for n in again.notes)


def test_an_old_excel_file_is_refused_with_what_to_do():
    from parapp.core.importing.model import Unreadable

    with pytest.raises(Unreadable) as e:
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "bao-cao.xls")
    assert ".xlsx" in e.value.message


@pytest.mark.parametrize("text, kind, year", [
    ("Kỳ báo cáo: Quý III/2025", Q.Q3, 2025),
    ("BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC QUÝ IV NĂM 2025", Q.Q4, 2025),
    ("Kỳ báo cáo: quý 2 năm 2026", Q.Q2, 2026),
    ("Kỳ báo cáo: 6 tháng đầu năm 2025", Q.H1, 2025),
    ("BÁO CÁO 9 THÁNG NĂM 2025", Q.NINE_MONTHS, 2025),
    ("Kỳ báo cáo: Năm 2025", Q.YEAR, 2025),
    ("(Từ ngày 15/12/2025 đến ngày 14/3/2026)", Q.Q1, 2026),
    ("Số liệu từ 15/12/2024 đến 14/12/2025", Q.YEAR, 2025),
    ("Từ ngày 01 tháng 01 năm 2025 đến ngày 30 tháng 6 năm 2025", Q.H1, 2025),
    ("Từ ngày 15/6/2025 đến hết ngày 14/9/2025", Q.Q3, 2025),
    ("Kỳ báo cáo: 01/01/2025 - 30/09/2025", Q.NINE_MONTHS, 2025),
    ("(Từ ngày 01/10/2025 đến ngày 31/12/2025)", Q.Q4, 2025),
    ("Từ ngày 15/6/2025 đến ngày 10/9/2025", Q.Q3, 2025),          # exported before the window closed
    ("Từ ngày: 01/07/2025   Đến ngày: 30/09/2025", Q.Q3, 2025),
    ("Kỳ báo cáo: QUÝ III - 2025", Q.Q3, 2025),
    ("Từ ngày 01/01/2025 đến ngày 10/09/2025", Q.NINE_MONTHS, 2025),
])
def test_the_period_a_file_states(text, kind, year):
    stated = find_period(f"UBND XÃ HÒA BÌNH\nBiểu số 06/VPCP/KSTT\nBan hành theo Thông tư số 01/2020/TT-VPCP ngày "
                         f"21/10/2020\n{text}\nĐơn vị tính: hồ sơ")
    assert stated is not None
    found = match_period(stated, PRESETS["15-14"])
    assert found is not None and (found.kind, found.year) == (kind, year)


@pytest.mark.parametrize("text", ["Kỳ báo cáo: Tháng 01/2026", "Từ ngày 01/01/2026 đến ngày 31/01/2026",
                                  "6 tháng cuối năm 2025", "Từ ngày 01/03/2025 đến ngày 30/06/2025"])
def test_a_span_no_figures_are_kept_for(text):
    stated = find_period(text)
    assert stated is not None and match_period(stated, PRESETS["15-14"]) is None


def test_no_period_in_a_title_or_a_signature_date():
    assert find_period("Biểu số 06/VPCP/KSTT ban hành theo Thông tư 01/2020/TT-VPCP ngày 21/10/2020\n"
                       "Hòa Bình, ngày 20 tháng 9 năm 2025") is None


def test_a_calendar_export_matches_the_communes_own_quarter_under_other_windows():
    stated = find_period("Từ ngày 01/07/2025 đến ngày 30/09/2025")
    for preset in ("15-14", "calendar", "tran-de-2024"):
        found = match_period(stated, PRESETS[preset])
        assert (found.kind, found.year) == (Q.Q3, 2025), preset


def test_a_communes_own_schedule_comes_first():
    from parapp.core.periods import D, PeriodRule

    rules = [PeriodRule(Q.Q1, D(20, 12, True), D(19, 3), D(25, 3)), PeriodRule(Q.YEAR, D(20, 12, True), D(19, 12))]
    found = match_period(find_period("Từ ngày 20/12/2025 đến ngày 19/03/2026"), rules)
    assert (found.kind, found.year) == (Q.Q1, 2026)
    assert found.window == (dt.date(2025, 12, 20), dt.date(2026, 3, 19))


def test_a_summary_above_the_table_is_not_its_header():
    summary = "Tổng số hồ sơ tiếp nhận;1.485;Số hồ sơ đã giải quyết;1.441\nTrong đó trực tuyến;530;Quá hạn;8\n"
    data = summary.encode("utf-8") + onestop_files.subgroup_csv()
    r = read_bytes(data, "tong-hop.csv")
    assert r.values == onestop_files.EXPECTED
    assert r.columns[2].path == ("Số hồ sơ nhận giải quyết - Tổng số",)

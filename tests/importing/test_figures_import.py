"""The one-stop system's statistics export, built the way the software writes it:
two header rows with merged group titles, a row of column numbers, one row per
field and a total row first, last or not at all."""

import io

import pytest

from parapp.core.figures_import import read_tables, tables_from_bytes, tables_from_text
from parapp.core.importing.model import Unreadable

GROUPS = [("Số hồ sơ nhận giải quyết", 4), ("Số hồ sơ đã giải quyết", 4), ("Số hồ sơ đang giải quyết", 3)]
SUBS = ["Tổng số", "Kỳ trước chuyển qua", "Mới tiếp nhận trực tuyến", "Mới tiếp nhận trực tiếp và qua bưu chính",
        "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"]
FIELDS = [  # field, carried, online, direct, early, on time, late, pending in time, pending late
    ("Hộ tịch", 10, 50, 70, 100, 18, 2, 9, 1),
    ("Chứng thực", 5, 400, 795, 1000, 185, 5, 10, 0),
    ("Đất đai", 20, 80, 55, 90, 40, 1, 24, 0),
]


def field_row(i, f):
    name, carried, online, direct, early, on_time, late, p_in, p_late = f
    return [str(i), name, carried + online + direct, carried, online, direct, early + on_time + late, early, on_time,
            late, p_in + p_late, p_in, p_late]


def total_row(label="Tổng cộng"):
    sums = [sum(r[k] for r in (field_row(0, f) for f in FIELDS)) for k in range(2, 13)]
    return ["", label, *sums]


EXPECTED = {
    "dossiers.carried_over": 35, "dossiers.received_online": 530, "dossiers.received": 530 + 920,
    "dossiers.resolved_early": 1190, "dossiers.resolved_on_time": 243, "dossiers.resolved_late": 8,
    "dossiers.pending_in_time": 43, "dossiers.pending_late": 1,
}


def xlsx_bytes(total: str | None, thousands: bool = False) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH"])
    ws.merge_cells("A1:M1")
    ws.append(["Kỳ báo cáo: từ ngày 15/12/2025 đến ngày 14/3/2026"])
    ws.append([])
    head1 = ["STT", "Lĩnh vực"]
    for title, width in GROUPS:
        head1 += [title] + [None] * (width - 1)
    ws.append(head1)
    ws.append([None, None, *SUBS])
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    col = 3
    for _, width in GROUPS:
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + width - 1)
        col += width
    ws.append([f"({i})" for i in range(1, 14)])
    rows = [field_row(i + 1, f) for i, f in enumerate(FIELDS)]
    if total == "first":
        rows.insert(0, total_row())
    elif total == "last":
        rows.append(total_row("TỔNG CỘNG"))
    for r in rows:
        ws.append([f"{v:,}".replace(",", ".") if thousands and isinstance(v, int) else v for v in r])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("total", ["first", "last", None])
def test_standard_form_in_excel(total):
    result = read_tables(tables_from_bytes(xlsx_bytes(total), "thong-ke.xlsx"))
    assert result.values == EXPECTED
    if total:
        assert "dòng tổng cộng" in str(result.rows_used)
    else:
        assert "đã cộng 3 dòng" in str(result.rows_used)


def test_a_total_row_that_disagrees_with_the_fields_is_the_one_taken():
    # The system's own total wins: it may count fields the export leaves out.
    data = xlsx_bytes("last")
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    ws = wb.active
    ws.cell(ws.max_row, 5).value = 600  # online on the total row
    buf = io.BytesIO()
    wb.save(buf)
    assert read_tables(tables_from_bytes(buf.getvalue(), "x.xlsx")).values["dossiers.received_online"] == 600


def test_numbers_with_vietnamese_thousands_separators():
    result = read_tables(tables_from_bytes(xlsx_bytes("last", thousands=True), "x.xlsx"))
    assert result.values == EXPECTED


def test_csv_export_with_its_group_titles_written_once():
    lines = [";".join(["STT", "Lĩnh vực"] + sum(([t] + [""] * (w - 1) for t, w in GROUPS), [])),
             ";".join(["", ""] + SUBS)]
    lines += [";".join(map(str, field_row(i + 1, f))) for i, f in enumerate(FIELDS)]
    data = ("\n".join(lines)).encode("utf-8-sig")
    assert read_tables(tables_from_bytes(data, "thong-ke.csv")).values == EXPECTED


def test_html_paste_with_merged_cells_and_other_wording():
    # Another province's software: "Tồn kỳ trước", "Trả trước hạn", "Trễ hạn", "Chưa đến hạn".
    head = ('<tr><th rowspan="2">TT</th><th rowspan="2">Tên lĩnh vực</th><th colspan="4">Tiếp nhận</th>'
            '<th colspan="4">Đã giải quyết</th><th colspan="3">Đang giải quyết</th></tr>'
            '<tr><th>Tổng</th><th>Tồn kỳ trước</th><th>Trực tuyến</th><th>Trực tiếp, bưu chính</th><th>Tổng</th>'
            '<th>Trả trước hạn</th><th>Trả đúng hạn</th><th>Trễ hạn</th><th>Tổng</th><th>Chưa đến hạn</th>'
            '<th>Trễ hạn</th></tr>')
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in field_row(i + 1, f)) + "</tr>"
                   for i, f in enumerate(FIELDS))
    html = f"<table>{head}{body}</table>"
    result = read_tables(tables_from_text("", html))
    assert result.values == EXPECTED


def test_word_table_with_merged_cells():
    import docx

    d = docx.Document()
    t = d.add_table(rows=2 + len(FIELDS) + 1, cols=13)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Lĩnh vực"
    col = 2
    for title, width in GROUPS:
        t.cell(0, col).merge(t.cell(0, col + width - 1)).text = title
        col += width
    for c, sub in enumerate(SUBS):
        t.cell(1, 2 + c).text = sub
    for r, row in enumerate([field_row(i + 1, f) for i, f in enumerate(FIELDS)] + [total_row("Cộng")]):
        for c, v in enumerate(row):
            t.cell(2 + r, c).text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    result = read_tables(tables_from_bytes(buf.getvalue(), "bao-cao.docx"))
    assert result.values == EXPECTED
    assert "dòng tổng cộng" in str(result.rows_used)


def test_received_from_the_total_less_carried_over_when_not_split():
    lines = ["STT\tLĩnh vực\tTổng số hồ sơ tiếp nhận\tKỳ trước chuyển qua\tĐã giải quyết đúng hạn\t"
             "Đã giải quyết quá hạn",
             "1\tHộ tịch\t130\t10\t100\t2"]
    result = read_tables(tables_from_text("\n".join(lines)))
    assert result.values["dossiers.received"] == 120
    assert result.values["dossiers.carried_over"] == 10
    assert result.values["dossiers.resolved_late"] == 2


def test_a_plan_table_is_not_a_statistics_table():
    plan = "STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n1\tRà soát TTHC\tVăn phòng\tQuý I/2026\n"
    with pytest.raises(Unreadable) as e:
        read_tables(tables_from_text(plan))
    assert "Không nhận ra cột số liệu" in e.value.message

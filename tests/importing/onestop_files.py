"""One-stop statistics exports written the way provinces' software writes them.

Biểu 06 of Thông tư 01/2020/TT-VPCP ("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC…"): three
header rows with merged cells, "(1) … (13)" under them, a title block above with the
period; and the variants seen in the field: a vendor's HTML page saved as .xls with a
"Kết quả giải quyết" group over settled and pending and columns of its own; a CSV whose
titles carry their group ("Số hồ sơ đã giải quyết - Tổng số"); a single header row with
the column numbers in the titles; a Word table; a wide page with rates and online
payment. The expected values are stated here, independently of the reader.
"""

from __future__ import annotations

import io

# field, carried, online, in person/post, early, on time, late, pending in time, pending late
FIELDS = [
    ("Hộ tịch", 10, 50, 70, 100, 18, 2, 9, 1),
    ("Chứng thực", 5, 400, 795, 1000, 185, 5, 10, 0),
    ("Đất đai", 20, 80, 55, 90, 40, 1, 24, 0),
]
EXPECTED = {
    "dossiers.carried_over": 35, "dossiers.received_online": 530, "dossiers.received": 530 + 920,
    "dossiers.resolved_early": 1190, "dossiers.resolved_on_time": 243, "dossiers.resolved_late": 8,
    "dossiers.pending_in_time": 43, "dossiers.pending_late": 1,
}


def parts(f):
    name, carried, online, direct, early, on_time, late, p_in, p_late = f
    return dict(name=name, carried=carried, online=online, direct=direct, received=carried + online + direct,
                early=early, on_time=on_time, late=late, settled=early + on_time + late, p_in=p_in, p_late=p_late,
                pending=p_in + p_late)


def total(key):
    return sum(parts(f)[key] for f in FIELDS)


def _save(wb) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# -- Biểu 06 (Thông tư 01/2020/TT-VPCP), Excel ------------------------------------------------

BIEU06_ORDER = ["received", "online", "direct", "carried", "settled", "early", "on_time", "late", "pending", "p_in",
                "p_late"]


def bieu06_xlsx(period: str = "Kỳ báo cáo: Quý III/2025", total_row: str | None = "first") -> bytes:
    """Three header rows: groups; Tổng số | Trong đó | Từ kỳ trước | …; Trực tuyến | Trực tiếp, bưu chính."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 06"
    ws["A1"] = "Biểu số 06/VPCP/KSTT"
    ws["C1"] = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC"
    ws.merge_cells("C1:J1")
    ws["K1"] = "Đơn vị báo cáo: UBND xã Hòa Bình"
    ws["A2"] = "Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020"
    ws["C2"] = period
    ws.merge_cells("C2:J2")
    ws["K3"] = "Đơn vị tính: Số hồ sơ TTHC"
    r = 4
    ws.cell(r, 1, "STT")
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    ws.cell(r, 2, "Lĩnh vực, công việc giải quyết theo cấp")
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    for col, width, title in ((3, 4, "Số hồ sơ nhận giải quyết"), (7, 4, "Số hồ sơ đã giải quyết"),
                              (11, 3, "Số lượng hồ sơ đang giải quyết")):
        ws.cell(r, col, title)
        ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + width - 1)
    for col, title in ((3, "Tổng số"), (6, "Từ kỳ trước"), (7, "Tổng số"), (8, "Trước hạn"), (9, "Đúng hạn"),
                       (10, "Quá hạn"), (11, "Tổng số"), (12, "Trong hạn"), (13, "Quá hạn")):
        ws.cell(r + 1, col, title)
        ws.merge_cells(start_row=r + 1, start_column=col, end_row=r + 2, end_column=col)
    ws.cell(r + 1, 4, "Trong đó")
    ws.merge_cells(start_row=r + 1, start_column=4, end_row=r + 1, end_column=5)
    ws.cell(r + 2, 4, "Trực tuyến")
    ws.cell(r + 2, 5, "Trực tiếp, dịch vụ bưu chính")
    for c in range(1, 14):
        ws.cell(r + 3, c, f"({c})")
    row = r + 4
    body = [[str(i + 1), p["name"], *[p[k] for k in BIEU06_ORDER]] for i, p in enumerate(map(parts, FIELDS))]
    total_cells = ["", "Tổng cộng", *[total(k) for k in BIEU06_ORDER]]
    if total_row == "first":
        body.insert(0, total_cells)
    elif total_row == "last":
        body.append(total_cells)
    body.insert(0 if total_row != "first" else 1, ["I", "Lĩnh vực thuộc thẩm quyền giải quyết của cấp xã"])
    for cells in body:
        for c, v in enumerate(cells, start=1):
            ws.cell(row, c, v)
        row += 1
    ws.cell(row + 1, 9, "Hòa Bình, ngày 20 tháng 9 năm 2025")
    return _save(wb)


# -- a vendor's page saved as .xls (HTML) ---------------------------------------------------------

def vendor_html(period: str = "(Từ ngày 01/07/2025 đến ngày 30/09/2025)", satisfaction: str = "98,5") -> bytes:
    """"Kết quả giải quyết" over settled and pending; "Trả đúng thời hạn" holds early and on time;
    columns ParApp does not keep ("Chờ bổ sung", a satisfaction rate); withdrawn dossiers."""
    head = (
        '<tr><th rowspan="3">STT</th><th rowspan="3">Tên đơn vị</th>'
        '<th colspan="5">Số hồ sơ nhận giải quyết</th><th colspan="6">Kết quả giải quyết</th>'
        '<th rowspan="3">Chờ bổ sung (lũy kế cả kỳ trước)</th><th rowspan="3">Trả lại/Rút HS</th>'
        '<th rowspan="3">Tỷ lệ hài lòng (%)</th></tr>'
        '<tr><th rowspan="2">Tổng số</th><th colspan="4">Trong đó</th><th colspan="3">Số hồ sơ đã giải quyết</th>'
        '<th colspan="3">Số hồ sơ đang giải quyết</th></tr>'
        '<tr><th>Số mới tiếp nhận trực tuyến</th><th>Số mới tiếp nhận trực tiếp</th>'
        '<th>Số mới tiếp nhận qua BCCI</th><th>Số kỳ trước chuyển qua</th>'
        '<th>Tổng số</th><th>Trả đúng thời hạn</th><th>Trả quá hạn</th>'
        '<th>Tổng số</th><th>Chưa đến hạn</th><th>Quá hạn</th></tr>')
    rows = []
    for i, p in enumerate(map(parts, FIELDS)):
        direct, post = p["direct"] - 5, 5
        cells = [i + 1, p["name"], p["received"], p["online"], direct, post, p["carried"], p["settled"],
                 p["early"] + p["on_time"], p["late"], p["pending"], p["p_in"], p["p_late"], 3, 1, satisfaction]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    html = ("<html><head><meta charset='utf-8'></head><body>"
            "<p><b>BÁO CÁO TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ</b></p>"
            f"<p>{period}</p><table border='1'>{head}{''.join(rows)}</table>"
            "<p>Người lập biểu</p></body></html>")
    return html.encode("utf-8")


VENDOR_EXPECTED = {**EXPECTED, "dossiers.resolved_early": 0, "dossiers.resolved_on_time": 1190 + 243,
                   "dossiers.withdrawn": 3}


# -- a CSV whose titles carry their group -------------------------------------------------------

SUBGROUP_TITLES = ["Số hồ sơ nhận giải quyết - Tổng số", "Số hồ sơ nhận giải quyết - Kỳ trước chuyển qua",
                   "Số hồ sơ nhận giải quyết - Mới tiếp nhận trực tuyến",
                   "Số hồ sơ nhận giải quyết - Mới tiếp nhận trực tiếp và qua bưu chính",
                   "Số hồ sơ đã giải quyết - Tổng số", "Số hồ sơ đã giải quyết - Trả trước hạn",
                   "Số hồ sơ đã giải quyết - Trả đúng thời hạn", "Số hồ sơ đã giải quyết - Trả quá hạn",
                   "Số hồ sơ đang giải quyết - Tổng số", "Số hồ sơ đang giải quyết - Chưa đến hạn",
                   "Số hồ sơ đang giải quyết - Quá hạn"]
SUBGROUP_ORDER = ["received", "carried", "online", "direct", "settled", "early", "on_time", "late", "pending", "p_in",
                  "p_late"]


def subgroup_csv(period: str = "Từ ngày 15/12/2025 đến ngày 14/3/2026", sep: str = ";") -> bytes:
    lines = ["THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH", period, "",
             sep.join(["STT", "Lĩnh vực", *SUBGROUP_TITLES])]
    for i, p in enumerate(map(parts, FIELDS)):
        lines.append(sep.join([str(i + 1), p["name"], *[str(p[k]) for k in SUBGROUP_ORDER]]))
    lines.append(sep.join(["", "Tổng cộng", *[str(total(k)) for k in SUBGROUP_ORDER]]))
    return ("\n".join(lines) + "\n").encode("utf-8-sig")


# -- one header row, the column numbers in the titles ---------------------------------------

NUMBERED_TITLES = ["Tổng số hồ sơ tiếp nhận (3)", "Trực tuyến (4)", "Trực tiếp, dịch vụ bưu chính (5)",
                   "Từ kỳ trước (6)", "Tổng số hồ sơ đã giải quyết (7)", "Trước hạn (8)", "Đúng hạn (9)",
                   "Quá hạn (10)", "Tổng số hồ sơ đang giải quyết (11)", "Trong hạn (12)", "Quá hạn (13)"]


def numbered_xlsx(period: str = "Kỳ báo cáo: 6 tháng đầu năm 2025") -> bytes:
    """No group row: the two "Quá hạn" are told apart by the columns beside them. Two sections, no total."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["TỔNG HỢP TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"])
    ws.append([period])
    ws.append([])
    ws.append(["STT", "Lĩnh vực giải quyết", *NUMBERED_TITLES])
    halves = [("I", "Trên Hệ thống của các Bộ", FIELDS[:1]), ("II", "Trên Hệ thống của tỉnh", FIELDS[1:])]
    for roman, title, fields in halves:
        ws.append([roman, title])
        for i, f in enumerate(fields):
            p = parts(f)
            ws.append([i + 1, p["name"], *[p[k] for k in BIEU06_ORDER]])
    return _save(wb)


# -- Word: two header rows, other wording, the period in a paragraph ----------------------------

WORD_SUBS = ["Tổng", "Tồn kỳ trước", "Trực tuyến", "Trực tiếp, bưu chính", "Tổng", "Trả trước hạn", "Trả đúng hạn",
             "Trễ hạn", "Tổng", "Chưa đến hạn", "Trễ hạn"]
WORD_ORDER = ["received", "carried", "online", "direct", "settled", "early", "on_time", "late", "pending", "p_in",
              "p_late"]


def word_docx(period: str = "Kỳ báo cáo: Quý I năm 2026") -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH")
    d.add_paragraph("BÁO CÁO THỐNG KÊ HỒ SƠ THỦ TỤC HÀNH CHÍNH")
    d.add_paragraph(period)
    t = d.add_table(rows=2 + len(FIELDS) + 1, cols=13)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "TT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Tên lĩnh vực"
    col = 2
    for title, width in (("Tiếp nhận", 4), ("Đã giải quyết", 4), ("Đang giải quyết", 3)):
        t.cell(0, col).merge(t.cell(0, col + width - 1)).text = title
        col += width
    for c, sub in enumerate(WORD_SUBS):
        t.cell(1, 2 + c).text = sub
    body = [[str(i + 1), p["name"], *[p[k] for k in WORD_ORDER]] for i, p in enumerate(map(parts, FIELDS))]
    body.append(["", "Cộng", *[total(k) for k in WORD_ORDER]])
    for r, cells in enumerate(body):
        for c, v in enumerate(cells):
            t.cell(2 + r, c).text = f"{v:,}".replace(",", ".") if isinstance(v, int) else str(v)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# -- a wide page: rates, pending "đúng hạn", online payment, columns ParApp does not keep ------------

def wide_html(rate: str = "99,2") -> bytes:
    head = (
        '<tr><th rowspan="3">STT</th><th rowspan="3">Tên đơn vị</th>'
        '<th rowspan="3">Tỷ lệ giải quyết của Đơn vị (%)</th>'
        '<th colspan="5">Số hồ sơ nhận giải quyết</th><th colspan="6">Kết quả giải quyết</th>'
        '<th rowspan="3">Tổng hồ sơ Phải đồng bộ về Cổng DVC QG</th><th rowspan="3">Tổng HS có nghĩa vụ tài chính</th>'
        '<th rowspan="2" colspan="2">Thanh toán trực tuyến</th></tr>'
        '<tr><th rowspan="2">Tổng số</th><th colspan="4">Trong đó</th><th colspan="3">Số hồ sơ đã giải quyết</th>'
        '<th colspan="3">Số hồ sơ đang giải quyết</th></tr>'
        '<tr><th>Số mới tiếp nhận trực tuyến</th><th>Số kỳ trước chuyển qua</th><th>Số mới tiếp nhận trực tiếp</th>'
        '<th>Số mới tiếp nhận qua BCCI</th><th>Tổng số</th><th>HS Đã xử lý đúng hạn</th><th>HS Đã xử lý quá hạn</th>'
        '<th>Tổng số</th><th>HS Đang xử lý đúng hạn</th><th>HS Đang xử lý quá hạn trên Cổng DVC QG</th>'
        '<th>Số HS đã TTTT cổng DVC QG</th><th>Tỷ lệ TTTT cổng DVC QG (%)</th></tr>'
        '<tr>' + "".join(f"<td>({i})</td>" for i in range(1, 19)) + '</tr>')
    rows = []
    for i, p in enumerate(map(parts, FIELDS)):
        cells = [i + 1, p["name"], rate, p["received"], p["online"], p["carried"], p["direct"], 0, p["settled"],
                 p["early"] + p["on_time"], p["late"], p["pending"], p["p_in"], p["p_late"], p["received"], 30, 12,
                 "40"]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table>{head}{''.join(rows)}</table>".encode("utf-8")


WIDE_EXPECTED = {**EXPECTED, "dossiers.resolved_early": 0, "dossiers.resolved_on_time": 1190 + 243,
                 "dossiers.paid_online": 36, "dossiers.fee_required": 90}

"""Criteria sets written the way a province office writes them, with the
tools it uses (Excel through openpyxl, Word through python-docx): a title
block merged across the sheet, a two-row header with "Điểm" merged over
"Tối đa | Tự đánh giá | Thẩm định", the "(1) (2) (3)" row, Roman numerals for
areas and numbering restarting inside them, maxima typed as numbers, as text
with a decimal comma, or with "điểm" after them, a maximum cell merged down
over the guidance lines under it, a total row merged across STT and name.

The expected results are stated here independently of ParApp's parser.
"""

from __future__ import annotations

import io

# (printed number, name, maximum as the province typed it, guidance lines)
# Areas in Roman numerals; inside each, criteria numbered from 1 again.
SET = [
    ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", 12, []),
    ("1", "Kế hoạch cải cách hành chính năm", 3, []),
    ("1.1", "Ban hành kế hoạch đúng thời gian quy định", 1, []),
    ("1.2", "Mức độ hoàn thành kế hoạch", 2, ["- Hoàn thành 100%: 2 điểm", "- Từ 80% đến dưới 100%: 1 điểm"]),
    ("2", "Báo cáo cải cách hành chính đúng thời gian", "2,5", []),
    ("3", "Kiểm tra công tác cải cách hành chính", "2,5 điểm", []),
    ("4", "Công tác tuyên truyền cải cách hành chính", 2.5, []),
    ("5", "Sáng kiến, giải pháp mới", "1,5", []),
    ("II", "CẢI CÁCH THỂ CHẾ", 10, []),
    ("1", "Ban hành văn bản quy phạm pháp luật", 4, []),
    ("2", "Theo dõi thi hành pháp luật", "3,5", []),
    ("3", "Rà soát, hệ thống hóa văn bản", "2,5", []),
    ("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 22, []),
    ("1", "Công khai thủ tục hành chính", 5, []),
    ("2", "Giải quyết hồ sơ thủ tục hành chính", 12, []),
    ("2.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "7,5", []),
    ("2.2", "Xin lỗi khi giải quyết trễ hạn", "4,5", []),
    ("3", "Xử lý phản ánh, kiến nghị", 5, []),
    ("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", 8, []),
    ("1", "Tổ chức bộ máy đúng quy định", 4, []),
    ("2", "Quản lý, sử dụng biên chế", 4, []),
    ("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 14, []),
    ("1", "Vị trí việc làm", "3,25", []),
    ("2", "Đào tạo, bồi dưỡng", "3,75", []),
    ("3", "Đánh giá, xếp loại công chức", 3, []),
    ("4", "Kỷ luật, kỷ cương hành chính", 4, []),
    ("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", 10, []),
    ("1", "Quy chế chi tiêu nội bộ", 5, []),
    ("2", "Giải ngân vốn đầu tư công", 5, []),
    ("VII", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 24, []),
    ("1", "Văn bản điện tử, chữ ký số", 6, []),
    ("2", "Dịch vụ công trực tuyến", 10, []),
    ("2.1", "Hồ sơ trực tuyến toàn trình", "6,5", []),
    ("2.2", "Thanh toán trực tuyến", "3,5", []),
    ("3", "Số hóa kết quả giải quyết thủ tục hành chính", "4,125", []),
    ("4", "Hệ thống quản lý chất lượng ISO", "3,875", []),
]
TOTAL = 100

# What a reader of the annex knows, written out: canonical code → maximum.
EXPECTED_LEAVES = {
    "1.1.1": 1, "1.1.2": 2, "1.2": 2.5, "1.3": 2.5, "1.4": 2.5, "1.5": 1.5,
    "2.1": 4, "2.2": 3.5, "2.3": 2.5,
    "3.1": 5, "3.2.1": 7.5, "3.2.2": 4.5, "3.3": 5,
    "4.1": 4, "4.2": 4,
    "5.1": 3.25, "5.2": 3.75, "5.3": 3, "5.4": 4,
    "6.1": 5, "6.2": 5,
    "7.1": 6, "7.2.1": 6.5, "7.2.2": 3.5, "7.3": 4.125, "7.4": 3.875,
}
EXPECTED_AREAS = {"1": 12, "2": 10, "3": 22, "4": 8, "5": 14, "6": 10, "7": 24}


def province_xlsx(*, wrong_area_total: bool = False, self_scores: dict[str, object] | None = None) -> bytes:
    """The annex as Excel. `self_scores` (printed number within its area → value) fills the self column."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws["A1"] = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    ws.merge_cells("A1:C1")
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("E1:G1")
    ws["A3"] = "BỘ CHỈ SỐ ĐÁNH GIÁ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH CỦA UBND CẤP XÃ NĂM 2024"
    ws.merge_cells("A3:G3")
    ws["A4"] = "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2024 của UBND tỉnh Quảng Ngãi)"
    ws.merge_cells("A4:G4")
    ws["A6"], ws["B6"], ws["C6"], ws["F6"], ws["G6"] = ("STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm",
                                                        "Hướng dẫn chấm điểm", "Tài liệu kiểm chứng")
    ws["C7"], ws["D7"], ws["E7"] = "Tối đa", "Tự đánh giá", "Thẩm định"
    for rng in ("A6:A7", "B6:B7", "C6:E6", "F6:F7", "G6:G7"):
        ws.merge_cells(rng)
    for c, text in enumerate(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], start=1):
        ws.cell(8, c, text)
    r = 8
    area = None
    for number, name, mx, guidance in SET:
        r += 1
        if number.isalpha():
            area = number
            if wrong_area_total and number == "II":
                mx = 11
        ws.cell(r, 1, number)
        ws.cell(r, 2, name)
        ws.cell(r, 3, mx)
        if number.isalpha():
            for c in (1, 2, 3):
                ws.cell(r, c).font = Font(bold=True)
        if self_scores and (area, number) in self_scores:
            ws.cell(r, 4, self_scores[(area, number)])
        if guidance:
            # The maximum merged down over the guidance lines, as provinces lay it out.
            start = r
            for line in guidance:
                r += 1
                ws.cell(r, 2, line)
            ws.merge_cells(start_row=start, start_column=3, end_row=r, end_column=3)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True)
    r += 1
    ws.cell(r, 1, "TỔNG CỘNG")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, TOTAL)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# Word annexes number criteria in full (1.1, 1.1.1) under "1." areas.
DOCX_SET = [
    ("1.", "Công tác chỉ đạo, điều hành", None, ""),
    ("1.1", "Kế hoạch CCHC năm", "2", "Kế hoạch CCHC"),
    ("1.2", "Báo cáo CCHC", "1,5", "Các báo cáo quý"),
    ("1.3", "Tuyên truyền CCHC", "1,5", "Kế hoạch tuyên truyền"),
    ("2.", "Cải cách thủ tục hành chính", None, ""),
    ("2.1", "Công khai thủ tục hành chính", None, ""),
    ("2.1.1", "Niêm yết tại Bộ phận Một cửa", "0,75", "Ảnh chụp nơi niêm yết"),
    ("2.1.2", "Công khai trên Cổng thông tin điện tử", "0,75", "Đường dẫn"),
    ("2.2", "Giải quyết hồ sơ đúng hạn", "3", "Sổ theo dõi hồ sơ"),
    ("3.", "Chính quyền số", None, ""),
    ("3.1", "Văn bản điện tử có ký số", "2,5", "Báo cáo thống kê"),
]


def province_docx(split_table: bool = True) -> bytes:
    """The annex as Word: full codes, area rows merged across the table, the evidence
    cell of two criteria merged down, and the table continued after a page break
    with its header repeated."""
    import docx

    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
    d.add_paragraph("TIÊU CHÍ, THANG ĐIỂM ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2025")
    header = ["TT", "Nội dung tiêu chí", "Điểm tối đa", "Tài liệu kiểm chứng"]
    parts = [DOCX_SET[:6], DOCX_SET[6:]] if split_table else [DOCX_SET]
    for k, part in enumerate(parts):
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in enumerate(header):
            t.rows[0].cells[c].text = h
        prev = None
        for code, name, mx, ev in part:
            cells = t.add_row().cells
            cells[0].text = code
            if mx is None:
                merged = cells[1].merge(cells[3])  # an area or group: its title across the row
                merged.text = name
                prev = None
                continue
            cells[1].text, cells[2].text = name, mx
            if code == "1.3" and prev is not None:
                prev[3].merge(cells[3]).text = "Các báo cáo quý; kế hoạch tuyên truyền"  # one cell for two rows
            else:
                cells[3].text = ev
            prev = cells
        if k == 0 and split_table:
            d.add_page_break()
    t = d.tables[-1]
    cells = t.add_row().cells
    cells[0].merge(cells[1]).text = "Tổng cộng"
    cells[2].text = "12"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


DOCX_EXPECTED = {"1.1": 2, "1.2": 1.5, "1.3": 1.5, "2.1.1": 0.75, "2.1.2": 0.75, "2.2": 3, "3.1": 2.5}

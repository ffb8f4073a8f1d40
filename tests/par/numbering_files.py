"""Criteria sets as provinces number them, written as their Excel annexes are.

- straight: areas I–VI holding criteria 1–30 numbered straight through, 14.1–14.3 under 14
  (the sets reissued after the 2025 merger, Lâm Đồng and Sơn La among them);
- letters: the same, with a), b), c) under 8 worth points (its parts) and a), b) under 4
  worth 2 and 0 (the levels of its scoring);
- roman_full: Roman areas, criteria in full (II → 2.1, 2.1.1);
- arabic: areas numbered 1, 2, 3, criteria 1.1, 1.1.1;
- relative: Roman areas, numbering restarting in each (II → 1, 1.1): see province_files.

Each style states the codes an official quotes, independently of the reader.
"""

from __future__ import annotations

import io

# (printed number, name, maximum or None for an area or a group)
STRAIGHT = [
    ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", None),
    ("1", "Ban hành kế hoạch cải cách hành chính năm", 2),
    ("2", "Mức độ hoàn thành kế hoạch cải cách hành chính", 3),
    ("3", "Báo cáo cải cách hành chính định kỳ", 2),
    ("4", "Kiểm tra công tác cải cách hành chính", 2),
    ("5", "Tuyên truyền cải cách hành chính", 2),
    ("II", "CẢI CÁCH THỂ CHẾ", None),
    ("6", "Ban hành văn bản quy phạm pháp luật", 3),
    ("7", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật", 3),
    ("8", "Theo dõi thi hành pháp luật", 3),
    ("9", "Kiểm tra, xử lý văn bản", 2),
    ("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", None),
    ("10", "Công khai thủ tục hành chính", 3),
    ("11", "Rà soát, đơn giản hóa thủ tục hành chính", 2),
    ("12", "Thực hiện cơ chế một cửa, một cửa liên thông", 3),
    ("13", "Tiếp nhận, xử lý phản ánh, kiến nghị", 2),
    ("14", "Kết quả giải quyết hồ sơ thủ tục hành chính", None),
    ("14.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", 4),
    ("14.2", "Xin lỗi khi giải quyết quá hạn", 1),
    ("14.3", "Tỷ lệ hồ sơ trực tuyến toàn trình", 3),
    ("15", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 3),
    ("16", "Thanh toán trực tuyến phí, lệ phí", 2),
    ("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", None),
    ("17", "Sắp xếp tổ chức bộ máy theo quy định", 3),
    ("18", "Quản lý, sử dụng biên chế", 3),
    ("19", "Thực hiện phân cấp, ủy quyền", 2),
    ("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", None),
    ("20", "Vị trí việc làm", 3),
    ("21", "Tuyển dụng, bố trí công chức", 3),
    ("22", "Đào tạo, bồi dưỡng cán bộ, công chức", 3),
    ("23", "Đánh giá, xếp loại cán bộ, công chức", 3),
    ("24", "Kỷ luật, kỷ cương hành chính", 3),
    ("VI", "CẢI CÁCH TÀI CHÍNH CÔNG VÀ XÂY DỰNG CHÍNH QUYỀN SỐ", None),
    ("25", "Quy chế chi tiêu nội bộ", 5),
    ("26", "Quản lý, sử dụng tài sản công", 5),
    ("27", "Giải ngân vốn đầu tư công", 5),
    ("28", "Văn bản điện tử, chữ ký số", 6),
    ("29", "Hệ thống quản lý văn bản và điều hành", 6),
    ("30", "Hệ thống quản lý chất lượng TCVN ISO 9001:2015", 5),
]
STRAIGHT_LEAVES = [c for c, _, m in STRAIGHT if m is not None]

LETTERS = []
for row in STRAIGHT:
    LETTERS.append(row)
    if row[0] == "4":
        LETTERS += [("a)", "Kiểm tra đủ số đơn vị theo kế hoạch: 2 điểm", 2), ("b)", "Không kiểm tra: 0 điểm", 0)]
    if row[0] == "8":
        LETTERS += [("a)", "Ban hành kế hoạch theo dõi thi hành pháp luật", 1),
                    ("b)", "Thực hiện kế hoạch đúng tiến độ", 1), ("c)", "Báo cáo kết quả đúng thời hạn", 1)]
LETTERS_LEAVES = [c for c in STRAIGHT_LEAVES if c != "8"]
LETTERS_LEAVES[LETTERS_LEAVES.index("9"):LETTERS_LEAVES.index("9")] = ["8a", "8b", "8c"]

ROMAN_FULL = [
    ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", None), ("1.1", "Kế hoạch cải cách hành chính", None),
    ("1.1.1", "Ban hành kế hoạch đúng thời gian", 10), ("1.1.2", "Mức độ hoàn thành kế hoạch", 15),
    ("1.2", "Báo cáo cải cách hành chính", 10),
    ("II", "CẢI CÁCH THỂ CHẾ", None), ("2.1", "Ban hành văn bản quy phạm pháp luật", 15),
    ("2.2", "Rà soát văn bản", 10),
    ("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", None), ("3.1", "Công khai thủ tục hành chính", 20),
    ("3.2", "Giải quyết hồ sơ đúng hạn", 20),
]
ROMAN_FULL_LEAVES = ["1.1.1", "1.1.2", "1.2", "2.1", "2.2", "3.1", "3.2"]

ARABIC = [(c if not c.isalpha() else {"I": "1", "II": "2", "III": "3"}[c], n, m) for c, n, m in ROMAN_FULL]
ARABIC_LEAVES = ROMAN_FULL_LEAVES

# The codes a test scores: a criterion that loses points in each style, and one kept whole.
STYLES = {
    "straight": (STRAIGHT, STRAIGHT_LEAVES, ["I", "II", "III", "IV", "V", "VI"], {"14.3": "1,5", "8": "2", "1": "2"}),
    "letters": (LETTERS, LETTERS_LEAVES, ["I", "II", "III", "IV", "V", "VI"], {"8b": "0", "14.3": "1,5", "1": "2"}),
    "roman_full": (ROMAN_FULL, ROMAN_FULL_LEAVES, ["1", "2", "3"], {"1.1.2": "10", "3.2": "15", "2.1": "15"}),
    "arabic": (ARABIC, ARABIC_LEAVES, ["1", "2", "3"], {"1.1.2": "10", "3.2": "15", "2.1": "15"}),
}


def annex_xlsx(rows, *, province: str = "LÂM ĐỒNG", year: int = 2025) -> bytes:
    """The annex as a province office writes it: title block, STT | Tiêu chí | Điểm tối đa | …"""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws["A1"] = f"ỦY BAN NHÂN DÂN TỈNH {province}"
    ws["A2"] = f"BỘ CHỈ SỐ ĐÁNH GIÁ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH CỦA UBND CẤP XÃ NĂM {year}"
    ws.merge_cells("A2:E2")
    ws.append([])
    ws.append(["STT", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá",
               "Tài liệu kiểm chứng"])
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)"])
    for code, name, mx in rows:
        ws.append([code, name, mx, None, "Kế hoạch, báo cáo" if mx else None])
        if mx is None and not code[0].isdigit():
            ws.cell(ws.max_row, 2).font = Font(bold=True)
    ws.append(["", "TỔNG CỘNG", 100])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

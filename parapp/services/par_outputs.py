"""What the self-assessment gives out: the ND30 report (PDF, and .docx for Word)
and the table as .xlsx for the province's upload. Shared by the command line and the window;
no Qt."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.core.messages import Msg, N_, ValidationError
from parapp.core.par.points import to_number
from parapp.core.par.tree import CriteriaSet
from parapp.store.par_index import require_set
from parapp.store.settings import load_settings

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class ParPrinted:
    pdf: bytes
    font: str
    warnings: list[Msg | str]


def _options(db: Database, today: dt.date):
    from parapp.document.options import ParPrintOptions

    s = load_settings(db)
    if not s.is_set_up:
        raise ValidationError(N_("errors", "Chưa nhập thông tin của xã (tên xã, địa danh, người ký). "
                                           "Hãy mở Tệp → Thông tin của xã trước khi in."))
    return ParPrintOptions(commune_name=s.commune_name, place_name=s.place_name, chairman=s.chairman,
                           superior=s.superior_body, parent=s.header_parent, recipients=s.kinh_gui, cc=s.noi_nhan,
                           drafting_unit=s.drafting_unit, month_year=(today.month, today.year))


def _printable(db: Database, year: int) -> CriteriaSet:
    """The year's set, if it has criteria to give out. One whose criteria were all deleted printed "Tổng điểm tự
    đánh giá: 0/0 điểm (đạt 0%)" and "Các tiêu chí đã chấm đều đạt điểm tối đa", ready to sign (round 22A)."""
    cset = require_set(db, year)
    if not cset.has_criteria:
        raise ValidationError(N_("errors", "Bộ tiêu chí Chỉ số CCHC năm {0} chưa có tiêu chí nào: không có gì để in "
                                           "hay xuất. Hãy thêm tiêu chí vào bộ, hoặc nhập lại bộ tiêu chí của tỉnh."),
                              year)
    return cset


def _warnings(cset: CriteriaSet, o) -> list[Msg | str]:
    warnings: list[Msg | str] = []
    unscored = cset.unscored()
    if unscored:
        warnings.append(Msg(N_("par", "Còn {0} tiêu chí chưa chấm điểm; báo cáo ghi rõ các mã đó."), len(unscored)))
    if not o.chairman:
        warnings.append(Msg(N_("par", "Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống.")))
    return warnings


def par_pdf(db: Database, year: int, today: dt.date) -> ParPrinted:
    """The year's self-assessment as a draft for signature: number and day left blank."""
    from parapp.pdf.fonts import choose
    from parapp.pdf.par_pdf import render_par

    cset = _printable(db, year)
    o = _options(db, today)
    font = choose()
    return ParPrinted(render_par(cset, o, font, dt.date(today.year, today.month, 1)), font.name, _warnings(cset, o))


def par_docx(db: Database, year: int, today: dt.date):
    """The same self-assessment as par_pdf, as an editable Word document (a printing.WordCopy)."""
    from parapp.document.par_document import par_document
    from parapp.docx.document_docx import write_document
    from parapp.services.printing import WordCopy

    cset = _printable(db, year)
    o = _options(db, today)
    data = write_document(par_document(cset, o, dt.date(today.year, today.month, 1)))
    return WordCopy(data, "par", None, _warnings(cset, o))


XLSX_HEAD = ["STT", "Mã tiêu chí", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá",
             "Điểm thẩm định", "Tài liệu kiểm chứng", "Giải trình"]
HEADER_ROW = 4  # rows 1–3: the commune, the title, a blank line


def xlsx_bytes(cset: CriteriaSet, commune: str) -> bytes:
    """The scoring table as a workbook: values, not formulas, so the province's upload
    form (and any reader) sees the numbers; groups and the total in bold."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = f"Tự đánh giá {cset.year}"
    ws["A1"] = commune
    ws["A1"].font = Font(bold=True)
    ws["A2"] = f"BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {cset.year}"
    ws["A2"].font = Font(bold=True, size=13)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for c, h in enumerate(XLSX_HEAD, start=1):
        cell = ws.cell(HEADER_ROW, c, h)
        cell.font, cell.border = Font(bold=True), border
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r = HEADER_ROW
    for _, n in cset.walk():
        r += 1
        group = n.is_group
        values = [n.display_label, n.code, n.name, to_number(n.max_total),
                  to_number(n.self_total) if group and n.scored else to_number(n.self_milli),
                  to_number(n.official_total) if group and n.has_official else to_number(n.official_milli),
                  "; ".join(n.evidence), n.explanation]
        for c, v in enumerate(values, start=1):
            cell = ws.cell(r, c, v)
            cell.border, cell.alignment = border, wrap
            if group:
                cell.font = Font(bold=True)
    r += 1
    for c, v in enumerate(["", "", "Tổng cộng", to_number(cset.max_total), to_number(cset.self_total),
                           to_number(cset.official_total) if cset.has_official else None, "", ""], start=1):
        cell = ws.cell(r, c, v)
        cell.font, cell.border = Font(bold=True), border
    for col, width in zip("ABCDEFGH", (7, 10, 60, 10, 11, 11, 40, 45)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def par_xlsx(db: Database, year: int) -> bytes:
    cset = _printable(db, year)
    return xlsx_bytes(cset, load_settings(db).commune_name)

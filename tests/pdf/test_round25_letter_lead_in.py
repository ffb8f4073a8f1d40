"""Round 25C: the urging letter ended a page with a line leading into a list, the list on the next page: "Nhiệm vụ đã
quá hạn, chưa hoàn thành:" (a letter of 20/09/2027) or "… Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị, công chức
được giao chủ trì:" (15/03 and 10/06/2027), the asks on page 3. As in reports (layout 3), such a line keeps with the
first line under it; a letter is not hashed, so it needs no layout of its own."""

import datetime as dt
import io

import pdfplumber

from parapp.core.urging_letter import UrgingLetter
from parapp.document.letter_document import letter_document
from parapp.pdf.document_pdf import render_document

from .conftest import bundled, options

LEAD = "Nhiệm vụ đã quá hạn, chưa hoàn thành:"


def _letter(filler: int) -> UrgingLetter:
    paras = [("body", f"- Nhiệm vụ thứ {k} của kế hoạch cải cách hành chính, ghi đủ một dòng chữ in (hạn hoàn thành: "
                      f"31/12/2026, đã quá hạn {k} ngày);") for k in range(filler)]
    paras += [("body", LEAD)] + [("body", f"- Tham mưu ban hành văn bản số {k} (hạn hoàn thành: 30/6/2027).")
                                  for k in range(3)]
    paras += [("body", "Để bảo đảm tiến độ, Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị được giao chủ trì:"),
              ("body", "1. Khẩn trương hoàn thành các nhiệm vụ đã quá hạn."),
              ("body", "2. Báo cáo kết quả thực hiện về Ủy ban nhân dân xã trước ngày 12/02/2027.")]
    return UrgingLetter(["Phòng Kinh tế", "Phòng Văn hóa – Xã hội"], paras, "Đề nghị thực hiện nghiêm túc./.")


def _ends_a_page(pdf: bytes) -> bool:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages[:-1]:
            lines = [t for t in (page.extract_text() or "").splitlines() if t.strip() and not t.strip().isdigit()]
            if lines and lines[-1].rstrip().endswith(":"):
                return True
    return False


def test_a_lead_in_never_ends_a_page_of_the_letter():
    o = options(number=None, date=None, month_year=(1, 2027))
    split = [f for f in range(10, 40) if _ends_a_page(render_document(letter_document(_letter(f), o,
                                                                                    dt.date(2027, 1, 29)), bundled()))]
    assert not split, split

"""A scored PAR INDEX set and print options, shared by the PDF tests and the Word copy's."""

from parapp.core.par.reading import read_bytes
from parapp.document.options import ParPrintOptions

from .province_files import province_xlsx

LONG = "Báo cáo quý III gửi chậm do công chức phụ trách đi học; đã chấn chỉnh. " * 6


def scored_set():
    c = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    for i, n in enumerate(c.leaves()):
        n.self_milli = n.max_milli - (500 if i % 4 == 1 else 0)
        n.explanation = LONG if i % 4 == 1 else ""
        n.evidence = [f"Tài liệu {n.code}.pdf"] if i % 3 == 0 else []
    c.find("7.4").self_milli = None  # one not scored yet
    return c


def options(**kw):
    base = dict(commune_name="Ủy ban nhân dân xã Ba Giang", place_name="Ba Giang", chairman="Phạm Văn Thật",
                superior="Ủy ban nhân dân huyện Ba Tơ", recipients=["Ủy ban nhân dân huyện Ba Tơ"],
                cc=["Như trên", "Phòng Nội vụ huyện"], month_year=(1, 2025))
    base.update(kw)
    return ParPrintOptions(**base)

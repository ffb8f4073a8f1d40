"""The `parapp par` command line, apart from the commands themselves: building
the parser must not import the PAR INDEX code (the window starts through it)."""

from __future__ import annotations

import argparse


def add_parser(sub, db_option) -> None:
    """The `par` command and its subcommands (called from cli/main.py)."""
    par = sub.add_parser("par", help="Chỉ số CCHC: bộ tiêu chí, tự chấm điểm, báo cáo, kế hoạch khắc phục")
    db_option(par)
    _year(par)
    par.add_argument("--json", action="store_true", help="in dạng JSON")
    psub = par.add_subparsers(dest="par_command", metavar="VIỆC")
    im = psub.add_parser("import-set", help="nhập bộ tiêu chí của tỉnh từ tệp Word, Excel, CSV")
    im.add_argument("file", metavar="FILE")
    im.add_argument("--province", default=None, help="tên tỉnh (mặc định: đọc từ tệp nếu có)")
    im.add_argument("--replace", action="store_true", help="thay bộ tiêu chí đã có của năm (giữ điểm theo mã)")
    im.add_argument("--dry-run", action="store_true", help="chỉ đọc và báo cáo, không ghi gì")
    im.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="in dạng JSON")
    sc = psub.add_parser("score", help="ghi điểm tự đánh giá: MÃ=ĐIỂM (dấu phẩy hoặc dấu chấm)")
    sc.add_argument("assignments", nargs="+", metavar="MÃ=ĐIỂM")
    sc.add_argument("--official", action="store_true", help="ghi điểm thẩm định (chính thức) thay cho điểm tự đánh giá")
    pdf = psub.add_parser("pdf", help="xuất báo cáo tự đánh giá (kèm phụ lục bảng điểm) ra PDF")
    pdf.add_argument("--out", required=True, metavar="FILE.pdf")
    wd = psub.add_parser("docx", help="xuất báo cáo tự đánh giá (kèm phụ lục bảng điểm) ra tệp Word (.docx) để sửa")
    wd.add_argument("--out", required=True, metavar="FILE.docx")
    xl = psub.add_parser("xlsx", help="xuất bảng điểm ra Excel để tải lên hệ thống của tỉnh")
    xl.add_argument("--out", required=True, metavar="FILE.xlsx")
    psub.add_parser("remedy", help="lập kế hoạch khắc phục năm sau từ các tiêu chí bị mất điểm")
    psub.add_parser("remove-set", help="xóa bộ tiêu chí của một năm cùng điểm, giải trình và liên kết tài liệu của nó "
                                       "(kể cả năm không hiển thị được)")
    for p in (im, sc, pdf, wd, xl, psub.choices["remedy"], psub.choices["remove-set"]):
        db_option(p)
        _year(p)


def _year(p) -> None:
    p.add_argument("--year", type=int, default=argparse.SUPPRESS, metavar="YYYY", help="năm được đánh giá")

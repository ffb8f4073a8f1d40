"""The `parapp remind`, `parapp letter` and `parapp lists` command lines, apart from the commands themselves."""

from __future__ import annotations

import argparse

LETTER_KINDS = ["don-doc"]


def today_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--today", metavar="DD/MM/YYYY", default=argparse.SUPPRESS,
                   help="tính như thể hôm nay là ngày này (mặc định: ngày của máy)")


def add_parser(sub, db_option) -> None:
    """`remind`, `letter` and `lists` (called from cli/main.py)."""
    rm = sub.add_parser("remind", help="nhắc việc: nhiệm vụ quá hạn, sắp đến hạn và báo cáo phải gửi")
    db_option(rm)
    rm.add_argument("--json", action="store_true", help="in dạng JSON")
    rm.add_argument("--days", type=int, default=None, metavar="N",
                    help="nhìn trước N ngày (mặc định: 14)")
    today_option(rm)

    lt = sub.add_parser("letter", help="công văn: đôn đốc thực hiện nhiệm vụ cải cách hành chính")
    lsub = lt.add_subparsers(dest="letter_command", metavar="VIỆC", required=True)
    lp = lsub.add_parser("pdf", help="xuất công văn ra PDF theo thể thức Nghị định 30/2020")
    lp.add_argument("--out", required=True, metavar="FILE.pdf")
    lw = lsub.add_parser("docx", help="xuất công văn ra tệp Word (.docx) để sửa")
    lw.add_argument("--out", required=True, metavar="FILE.docx")
    for x in (lp, lw):
        db_option(x)
        x.add_argument("--kind", choices=LETTER_KINDS, default="don-doc", help="loại công văn (mặc định: don-doc)")
        x.add_argument("--office", action="append", default=None, metavar="TÊN",
                       help="chỉ gửi đơn vị (hoặc người) này; lặp lại để gửi nhiều nơi (mặc định: mọi nơi có việc "
                            "quá hạn, sắp đến hạn)")
        x.add_argument("--days", type=int, default=None, metavar="N",
                       help="việc sắp đến hạn trong N ngày (mặc định: 14)")
        x.add_argument("--reply-by", metavar="DD/MM/YYYY", default=None,
                       help="hạn báo cáo kết quả về UBND xã (mặc định: 7 ngày sau)")
        x.add_argument("--signer", metavar="TÊN", default=None,
                       help="người ký: tên một Phó Chủ tịch (KT. CHỦ TỊCH), hoặc “chu-tich” (mặc định: Phó Chủ tịch "
                            "đầu tiên trong Thông tin của xã)")
        today_option(x)

    ls = sub.add_parser("lists", help="danh sách việc từng đơn vị (hoặc từng người) cho cuộc họp giao ban")
    lsub2 = ls.add_subparsers(dest="lists_command", metavar="VIỆC", required=True)
    mp = lsub2.add_parser("pdf", help="xuất ra PDF, mỗi đơn vị (người) một trang")
    mp.add_argument("--out", required=True, metavar="FILE.pdf")
    mw = lsub2.add_parser("docx", help="xuất ra tệp Word (.docx)")
    mw.add_argument("--out", required=True, metavar="FILE.docx")
    for x in (mp, mw):
        db_option(x)
        x.add_argument("--by", choices=["office", "person"], default="office",
                       help="mỗi trang một đơn vị (office, mặc định) hay một người chủ trì (person)")
        x.add_argument("--office", action="append", default=None, metavar="TÊN",
                       help="chỉ in đơn vị (hoặc người) này; lặp lại để in nhiều nơi")
        x.add_argument("--days", type=int, default=None, metavar="N", help="sắp đến hạn trong N ngày (mặc định: 14)")
        today_option(x)

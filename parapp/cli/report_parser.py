"""The `parapp report` command line, apart from the commands themselves (cli/main.py is the rest)."""

from __future__ import annotations


def add_parser(sub, db_option, record_id) -> None:
    """The `report` command and its subcommands (called from cli/main.py)."""
    r = sub.add_parser("report", help="dự thảo và chốt báo cáo định kỳ")
    rsub = r.add_subparsers(dest="report_command", metavar="VIỆC", required=True)
    kinds = ["q1", "h1", "q2", "q3", "9m", "q4", "year"]
    rd = rsub.add_parser("draft", help="in bản nháp mới nhất của kỳ (hoặc tạo bản nháp từ sổ nhiệm vụ)")
    rf = rsub.add_parser("finalize", help="chốt bản nháp: không sửa được nữa, in mã băm")
    rp = rsub.add_parser("pdf", help="xuất báo cáo ra PDF theo thể thức Nghị định 30/2020")
    rp.add_argument("--out", required=True, metavar="FILE.pdf")
    rw = rsub.add_parser("docx", help="xuất báo cáo ra tệp Word (.docx) để sửa, đúng thể thức Nghị định 30/2020")
    rw.add_argument("--out", required=True, metavar="FILE.docx")
    rsg = rsub.add_parser("signed", help="gắn bản đã ký (PDF ký số, hoặc bản quét với --scan) vào báo cáo đã chốt")
    rsg.add_argument("file", metavar="FILE")
    rsg.add_argument("--scan", action="store_true", help="bản giấy ký tay, đóng dấu rồi quét: không kiểm tra chữ ký số")
    rse = rsub.add_parser("sent", help="ghi nhận đã gửi báo cáo đã chốt: ngày gửi và số văn bản")
    rse.add_argument("--on", required=True, metavar="DD/MM/YYYY", help="ngày gửi")
    rse.add_argument("--number", metavar="SỐ", help="số văn bản, ví dụ 39/BC-UBND")
    rse.add_argument("--via", default="", metavar="NƠI", help="gửi qua (ví dụ: Hệ thống quản lý văn bản và điều hành)")
    for x in (rd, rf, rp, rw, rsg, rse):
        db_option(x)
        x.add_argument("--period", choices=kinds, required=True)
        x.add_argument("--year", type=int, required=True)
    rd.add_argument("--json", action="store_true", help="in dạng JSON")
    rd.add_argument("--save", action="store_true", help="lưu bản nháp vừa tạo")
    rd.add_argument("--refresh", action="store_true",
                    help="bản nháp đã lưu: cập nhật các mục chưa sửa tay theo sổ nhiệm vụ và số liệu hôm nay")
    rf.add_argument("--draft", type=record_id, metavar="ID", help="số của bản nháp (mặc định: bản mới nhất)")
    rf.add_argument("--refresh-figures", action="store_true",
                    help="bản nháp lưu trước khi số liệu thay đổi: đưa số liệu hiện nay vào rồi chốt")
    rf.add_argument("--keep-draft", action="store_true",
                    help="bản nháp lưu trước khi số liệu thay đổi: chốt đúng như đã lưu")
    rf.add_argument("--number", metavar="SỐ", help="số văn bản văn thư cấp, khi xã in sẵn số (Thông tin của xã)")

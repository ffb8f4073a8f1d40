"""Entry point. Imports Qt only when the window is actually opened, so every
subcommand runs on a machine with no display."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from parapp import __version__
from parapp.cli.output import OutputFailed, drop_pending, guard_stdout, unguard_stdout
from parapp.cli.window_start import said_in_a_box, window_only, window_options
from parapp.core.messages import LANGUAGES, N_, ParAppError, ValidationError

if TYPE_CHECKING:  # argparse is loaded for the commands, not for the window's usual start
    import argparse
    from types import SimpleNamespace


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    import argparse

    # Accepted before or after the subcommand: `parapp --db X tasks` and
    # `parapp tasks --db X` both work. SUPPRESS keeps the subcommand's
    # absent option from overwriting the top-level one.
    parser.add_argument(
        "--db", metavar="PATH", default=None if top else argparse.SUPPRESS,
        help="tệp dữ liệu (mặc định: trong thư mục dữ liệu của người dùng)",
    )


def record_id(text: str) -> int:
    """The number of a plan or a draft: 1, 2, 3 … (a number past what SQLite holds ended in
    'Python int too large to convert to SQLite INTEGER')."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n < 1 << 63:
        import argparse

        raise argparse.ArgumentTypeError(f"“{text}” không phải là số của một bản ghi (1, 2, 3…)")
    return n


def _top_parser() -> argparse.ArgumentParser:
    from parapp.cli.arguments import Parser

    p = Parser(prog="parapp", description="ParApp – theo dõi nhiệm vụ cải cách hành chính cấp xã.")
    p.add_argument("--version", action="version", version=f"ParApp {__version__}", help="in số phiên bản rồi thoát")
    _db_option(p, top=True)
    p.add_argument("--lang", choices=LANGUAGES, help="ngôn ngữ giao diện (mặc định: theo cài đặt, tiếng Việt)")
    p.add_argument("--minimized", action="store_true",
                   help="mở cửa sổ thu nhỏ (hoặc xuống khay hệ thống nếu đã chọn trong Tệp → Thông tin của xã…, thẻ "
                        "Nhắc việc): dùng khi khởi động cùng Windows")
    return p


def parse_args(argv: list[str] | None = None) -> argparse.Namespace | SimpleNamespace:
    """The command line. Opening the window, the usual start, reads its three options without
    building every command's parser first: that took a tenth of the start-up on the 2-core PC."""
    args = sys.argv[1:] if argv is None else argv
    if window_only(args):
        window = window_options(args)
        if window is not None:
            return window
        top = _top_parser()
        top.set_defaults(command=None)
        return top.parse_args(args)
    return build_parser().parse_args(args)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    p = _top_parser()
    sub = p.add_subparsers(dest="command", metavar="LỆNH")

    d = sub.add_parser("demo", help="tạo một xã mẫu với cán bộ, kế hoạch và nhiệm vụ")
    _db_option(d)
    d.add_argument("--open", action="store_true", help="mở cửa sổ sau khi tạo")

    t = sub.add_parser("tasks", help="liệt kê nhiệm vụ")
    _db_option(t)
    t.add_argument("--json", action="store_true", help="in dạng JSON")
    t.add_argument("--status", choices=["overdue", "due-soon", "done", "open"], help="lọc theo tình trạng")
    from parapp.cli import chasing_parser
    from parapp.cli.chasing_parser import today_option

    today_option(t)

    pe = sub.add_parser("periods", help="các kỳ báo cáo của một năm")
    _db_option(pe)
    pe.add_argument("--year", type=int, required=True)
    pe.add_argument("--json", action="store_true", help="in dạng JSON")

    from parapp.cli import report_parser

    report_parser.add_parser(sub, _db_option, record_id)

    rl = sub.add_parser("reports", help="các báo cáo của một năm: dự thảo, đã chốt, đã ký, đã gửi")
    _db_option(rl)
    rl.add_argument("--year", type=int, required=True)
    rl.add_argument("--json", action="store_true", help="in dạng JSON")

    im = sub.add_parser("import", help="nhập nhiệm vụ từ tệp (bảng Word/Excel, CSV, XLSX, DOCX, danh sách)")
    im.add_argument("file", metavar="FILE")
    _db_option(im)
    im.add_argument("--plan", type=record_id, metavar="ID", help="nhập vào kế hoạch đã có (mặc định: tạo kế hoạch mới)")
    im.add_argument("--dry-run", action="store_true", help="chỉ đọc và báo cáo, không ghi gì")
    im.add_argument("--again", action="store_true",
                    help="vẫn nhập khi mọi nhiệm vụ trong tệp đã có trong sổ (tệp đã nhập rồi)")
    im.add_argument("--json", action="store_true", help="in dạng JSON")

    bk = sub.add_parser("backup", help="sao lưu dữ liệu và tệp kiểm chứng ra một tệp .parapp-backup")
    _db_option(bk)
    bk.add_argument("--to", required=True, metavar="FOLDER", help="thư mục (ví dụ USB) để ghi tệp sao lưu")
    rs = sub.add_parser("restore", help="khôi phục từ tệp .parapp-backup hoặc một bản sao lưu tự động "
                                       "(backups/auto/parapp-….db); dữ liệu hiện có được sao lưu trước")
    rs.add_argument("file", metavar="FILE")
    _db_option(rs)
    ck = sub.add_parser("check", help="kiểm tra dữ liệu có nguyên vẹn không (không ghi gì)")
    _db_option(ck)
    _db_option(sub.add_parser("repair", help="sửa chữ bị hỏng (không đọc được) trong dữ liệu, giữ bản sao lưu tự "
                                             "động trước khi sửa"))

    sub.add_parser("selftest", help="tự kiểm tra bản cài đặt (không cần màn hình)")

    fg = sub.add_parser("figures", help="số liệu của kỳ báo cáo (hồ sơ TTHC, phản ánh kiến nghị, văn bản…)")
    fsub = fg.add_subparsers(dest="figures_command", metavar="VIỆC")
    fs = fsub.add_parser("set", help="nhập số liệu: MÃ=GIÁ_TRỊ … (tất cả hoặc không gì cả)")
    fs.add_argument("values", nargs="+", metavar="MÃ=GIÁ_TRỊ")
    fi = fsub.add_parser("import", help="nhập số liệu từ biểu thống kê của Hệ thống giải quyết TTHC")
    fi.add_argument("file", metavar="FILE")
    fi.add_argument("--dry-run", action="store_true", help="chỉ đọc và báo cáo, không ghi gì")
    fi.add_argument("--column", action="append", metavar="SỐ=MÃ",
                    help="đặt nghĩa cho một cột (số cột như biểu in: 1, 2, 3…), ví dụ 10=late hoặc 14=skip")
    for x in (fg, fs, fi):
        _db_option(x)
        # Not required here: given before or after "set"/"import", checked in _run.
        x.add_argument("--period", choices=["q1", "q2", "q3", "q4", "h1", "9m", "year"], default=argparse.SUPPRESS)
        x.add_argument("--year", type=int, default=argparse.SUPPRESS)
    for x in (fg, fi):
        x.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="in dạng JSON")

    pl = sub.add_parser("plan", help="kế hoạch")
    plsub = pl.add_subparsers(dest="plan_command", metavar="VIỆC", required=True)
    pp = plsub.add_parser("pdf", help="xuất bảng phân công nhiệm vụ của kế hoạch ra PDF")
    _db_option(pp)
    pp.add_argument("--plan", type=record_id, required=True, metavar="ID")
    pp.add_argument("--out", required=True, metavar="FILE.pdf")
    pw = plsub.add_parser("docx", help="xuất bảng phân công nhiệm vụ của kế hoạch ra tệp Word (.docx)")
    _db_option(pw)
    pw.add_argument("--plan", type=record_id, required=True, metavar="ID")
    pw.add_argument("--out", required=True, metavar="FILE.docx")

    from parapp.cli import par_parser

    par_parser.add_parser(sub, _db_option)
    chasing_parser.add_parser(sub, _db_option)
    from parapp.cli import carry_commands

    carry_commands.add_parser(sub, _db_option)
    return p


def _db_path(args) -> Path:
    if args.db is not None and not args.db.strip():
        # `--db ""` (a script's empty variable) read the user's own data file: an import or a restore went into
        # data other than the one named (round 10).
        raise ValidationError(N_("errors", "Sau --db chưa có tên tệp dữ liệu. Hãy ghi đường dẫn tệp, ví dụ --db "
                                           "D:\\ParApp\\parapp.db, hoặc bỏ --db để dùng dữ liệu của người dùng này."))
    if args.db and args.db.endswith(("/", os.sep)) and not os.path.isdir(args.db):  # a folder meant: never a file of
        from parapp.core.shell_words import shell_arg  # its name, evidence/ beside it where the command ran (29A)

        raise ValidationError(N_("errors", "“{0}” là tên một thư mục nhưng thư mục đó chưa có; chưa làm gì. Hãy tạo "
                                           "thư mục đó rồi dùng tệp dữ liệu trong nó: --db {1}"), args.db,
                              shell_arg(os.path.join(args.db, "parapp.db")))
    if args.db:
        from parapp.store.link_errors import no_link_loop

        return no_link_loop(Path(args.db))
    from parapp.datadir import default_db_path

    path = default_db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        # The user's data folder cannot be made: %APPDATA% redirected to a network share that is offline, a full or
        # read-only disk, XDG_DATA_HOME naming a file. Round 11: "Lỗi không mong đợi: [Errno 20] Not a directory".
        raise ValidationError(N_("errors", "Không tạo được thư mục dữ liệu “{0}”: ổ đĩa hoặc thư mục đó không dùng "
                                           "được (ổ mạng mất kết nối, ổ đầy, không được phép ghi, hoặc trùng tên một "
                                           "tệp). Hãy kiểm tra ổ đĩa đó, hoặc ghi --db với tệp dữ liệu ở thư mục khác, "
                                           "ví dụ --db D:\\ParApp\\parapp.db."), str(path.parent)) from None
    from parapp.store.link_errors import no_link_loop

    return no_link_loop(path)  # the user's own parapp.db a link that loops: said, as for a --db (round 18)


def _today(args) -> dt.date:
    """The day a command counts from: the machine's, or the one --today gives (DD/MM/YYYY)."""
    given = getattr(args, "today", None)
    if given is None:
        return dt.date.today()
    from parapp.core.dates import parse_user_date

    day = parse_user_date(given, "today")
    if day is None:  # `--today ""` (a script's empty variable) ended in an assertion's English, exit 1
        raise ValidationError(N_("errors", "Sau --today chưa có ngày. Hãy ghi ngày, ví dụ --today 15/03/2026, hoặc "
                                           "bỏ --today để tính từ hôm nay."))
    return day


def _open_window(db_path: Path, lang: str | None = None, minimized: bool = False) -> int:
    from parapp.ui.pyside_features import skip_source_scan

    skip_source_scan()  # before the window's imports: see that module
    from parapp.ui.app import run_app

    return run_app(db_path, lang, minimized)


def _run(args) -> int:
    if args.command == "demo":
        from parapp.cli.commands import cmd_demo

        with said_in_a_box(args.lang, window=args.open):  # asked for by the window: no stderr to say it on
            code = cmd_demo(_db_path(args), today=dt.date.today())
        if args.open and code in (0, 3):
            return _open_window(_db_path(args), args.lang)
        return 0 if code == 0 else 2
    if args.command == "tasks":
        from parapp.cli.commands import cmd_tasks

        return cmd_tasks(_db_path(args), as_json=args.json, status=args.status, today=_today(args))
    if args.command == "periods":
        from parapp.cli.report_commands import cmd_periods

        return cmd_periods(_db_path(args), args.year, as_json=args.json)
    if args.command == "report":
        from parapp.cli import report_commands

        if args.report_command == "draft":
            return report_commands.cmd_report_draft(_db_path(args), args.period, args.year, as_json=args.json,
                                       save=args.save, today=dt.date.today(), refresh=args.refresh)
        if args.report_command in ("pdf", "docx"):
            from parapp.cli.pdf_commands import cmd_report_docx, cmd_report_pdf

            cmd = cmd_report_pdf if args.report_command == "pdf" else cmd_report_docx
            return cmd(_db_path(args), args.period, args.year, Path(args.out), today=dt.date.today())
        if args.report_command in ("signed", "sent"):
            from parapp.cli import delivery_commands

            if args.report_command == "signed":
                return delivery_commands.cmd_report_signed(_db_path(args), args.period, args.year, Path(args.file),
                                                           scan=args.scan)
            return delivery_commands.cmd_report_sent(_db_path(args), args.period, args.year, args.on, args.number,
                                                     args.via, today=dt.date.today())
        return report_commands.cmd_report_finalize(_db_path(args), args.period, args.year, args.draft,
                                                   today=dt.date.today(), number=args.number,
                                                   keep_draft=args.keep_draft, refresh=args.refresh_figures)
    if args.command == "reports":
        from parapp.cli.delivery_commands import cmd_reports

        return cmd_reports(_db_path(args), args.year, as_json=args.json, today=dt.date.today())
    if args.command == "import":
        from parapp.cli.import_command import cmd_import

        return cmd_import(Path(args.file), _db_path(args), plan_id=args.plan, dry_run=args.dry_run,
                          as_json=args.json, today=dt.date.today(), again=args.again)
    if args.command == "selftest":
        from parapp.cli.selftest import run_selftest

        return run_selftest()
    if args.command in ("backup", "restore", "check", "repair"):
        from parapp.cli import safety_commands

        if args.command == "backup":
            return safety_commands.cmd_backup(_db_path(args), Path(args.to))
        if args.command == "restore":
            return safety_commands.cmd_restore(Path(args.file), _db_path(args))
        return (safety_commands.cmd_check if args.command == "check" else safety_commands.cmd_repair)(_db_path(args))
    if args.command == "figures":
        from parapp.cli import figures_commands

        period, year = getattr(args, "period", None), getattr(args, "year", None)
        if args.figures_command == "import":  # the file states its period; a given one must agree with it
            return figures_commands.cmd_figures_import(Path(args.file), _db_path(args), period, year,
                                                       dry_run=args.dry_run, as_json=getattr(args, "json", False),
                                                       columns=args.column)
        if period is None or year is None:
            raise ValidationError(N_("errors", "Hãy cho biết kỳ và năm, ví dụ: --period q1 --year 2026."))
        if args.figures_command == "set":
            return figures_commands.cmd_figures_set(_db_path(args), period, year, args.values)
        return figures_commands.cmd_figures(_db_path(args), period, year, as_json=getattr(args, "json", False))
    if args.command == "plan":
        from parapp.cli.pdf_commands import cmd_plan_docx, cmd_plan_pdf

        return (cmd_plan_pdf if args.plan_command == "pdf" else cmd_plan_docx)(_db_path(args), args.plan,
                                                                               Path(args.out))
    if args.command == "par":
        from parapp.cli import par_commands

        return par_commands.run(args, _db_path(args))
    if args.command == "remind":
        from parapp.cli.chasing_commands import cmd_remind

        return cmd_remind(_db_path(args), as_json=args.json, days=args.days, today=_today(args))
    if args.command in ("letter", "lists"):
        from parapp.cli import chasing_commands

        return getattr(chasing_commands, f"cmd_{args.command}")(_db_path(args), args, today=_today(args))
    if args.command == "carry":
        from parapp.cli.carry_commands import cmd_carry

        return cmd_carry(_db_path(args), args, today=_today(args))
    with said_in_a_box(args.lang):
        db_path = _db_path(args)
    return _open_window(db_path, args.lang, args.minimized)


def _unreadable_values(args):
    from parapp.datadir import default_db_path
    from parapp.services.safety import unreadable_values

    try:  # the last line of defence never fails itself
        path = Path(args.db) if getattr(args, "db", None) else default_db_path()
        return unreadable_values(path) if path.is_file() else None
    except Exception:  # noqa: BLE001
        return None


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # None without a console (the windowed bundle, pythonw)
        if hasattr(stream, "reconfigure"):
            # Windows consoles default to a legacy code page; Vietnamese must survive.
            stream.reconfigure(encoding="utf-8")
    args = parse_args(argv)
    guard_stdout()
    try:
        return _run_flushed(args)
    except OutputFailed as exc:
        drop_pending()
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 2
    except ParAppError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return getattr(exc, "exit_code", 2)  # 75: busy, try again (sysexits' EX_TEMPFAIL)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `parapp tasks | head`: the reader has what it wanted. Nothing more is written, and
        # Python's own flush at exit must not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        if os.environ.get("PARAPP_DEBUG"):
            raise
        from parapp.store.errors import explain

        known = explain(exc, str(getattr(args, "db", None) or ""))
        if known is not None:  # busy, disk full: said in words, with what to do
            print(f"Lỗi: {known.message}", file=sys.stderr)
            return getattr(known, "exit_code", 2)
        known = _unreadable_values(args)
        if known is not None:  # a value another program put in the database: said, with the way back
            print(f"Lỗi: {known.message}", file=sys.stderr)
            return 2
        print(
            f"Lỗi không mong đợi: {exc}. Dữ liệu đã lưu không bị ảnh hưởng. "
            "Chạy lại với biến môi trường PARAPP_DEBUG=1 để xem chi tiết và gửi cho người hỗ trợ.",
            file=sys.stderr,
        )
        return 1
    finally:
        unguard_stdout()


def _run_flushed(args) -> int:
    """The command, its printing done before main returns: a full disk met at the exit's flush is said (round 42B)."""
    code = _run(args)
    if sys.stdout is not None:
        sys.stdout.flush()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
